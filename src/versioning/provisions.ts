import type { Language } from '../schemas/language.js';
import { WORDING_ORDER } from '../model/languages.js';
import type { Provision } from '../schemas/tree.js';

/** What this module needs of an edition: its outline (provisions in document order). */
interface OutlinedEdition {
  id: string;
  lang: Language;
  date: string;
  outline: Array<{ eId: string; kind: Provision['kind'] | 'preamble'; num?: string }>;
}

/*
 * The provisions of an act across all its editions and languages, aligned by eId (which follows
 * a provision's place, not its printed number), in document order.
 */

export interface ProvisionEntry {
  eId: string;
  kind: Provision['kind'] | 'preamble';
  num?: string;
  /** The editions that have it, by id. */
  editions: string[];
}

/**
 * One document order from several editions' orders (newest first): the first edition's order,
 * with what only older editions have slotted in after its predecessor there (or first). Linear:
 * a linked list, not array splices.
 */
export function mergeOrder(sequences: Iterable<Iterable<string>>): string[] {
  const HEAD = '';
  const next = new Map<string, string | undefined>([[HEAD, undefined]]);
  for (const sequence of sequences) {
    let previous = HEAD;
    for (const id of sequence) {
      if (!next.has(id)) {
        next.set(id, next.get(previous));
        next.set(previous, id);
      }
      previous = id;
    }
  }
  const order: string[] = [];
  for (let id = next.get(HEAD); id !== undefined; id = next.get(id)) order.push(id);
  return order;
}

export function provisionIndex(editions: OutlinedEdition[]): ProvisionEntry[] {
  const entries = new Map<string, ProvisionEntry>();
  // Newest editions first: their order is the act's latest order.
  const sorted = [...editions].sort((a, b) => b.date.localeCompare(a.date) || langRank(a.lang) - langRank(b.lang));
  for (const edition of sorted) {
    for (const unit of edition.outline) {
      let entry = entries.get(unit.eId);
      if (!entry) {
        entry = { eId: unit.eId, kind: unit.kind, editions: [] };
        if (unit.num) entry.num = unit.num;
        entries.set(unit.eId, entry);
      }
      entry.editions.push(edition.id);
    }
  }
  return mergeOrder(sorted.map((e) => e.outline.map((u) => u.eId))).map((eId) => entries.get(eId)!);
}

function langRank(lang: Language): number {
  return WORDING_ORDER.indexOf(lang);
}
