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

export function provisionIndex(editions: OutlinedEdition[]): ProvisionEntry[] {
  const entries = new Map<string, ProvisionEntry>();
  const order: string[] = [];
  // Newest editions first: their order is the act's latest order; older units slot in after
  // their predecessor.
  const sorted = [...editions].sort((a, b) => b.date.localeCompare(a.date) || langRank(a.lang) - langRank(b.lang));
  for (const edition of sorted) {
    let previous: string | undefined;
    for (const unit of edition.outline) {
      const eId = unit.eId;
      let entry = entries.get(eId);
      if (!entry) {
        entry = { eId, kind: unit.kind, editions: [] };
        if (unit.num) entry.num = unit.num;
        entries.set(eId, entry);
        const at = previous ? order.indexOf(previous) + 1 : 0;
        order.splice(at, 0, eId);
      }
      entry.editions.push(edition.id);
      previous = eId;
    }
  }
  return order.map((eId) => entries.get(eId)!);
}

function langRank(lang: Language): number {
  return WORDING_ORDER.indexOf(lang);
}
