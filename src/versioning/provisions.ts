import { visit } from 'unist-util-visit';
import type { Edition } from '../schemas/edition.js';
import type { Language } from '../schemas/language.js';
import type { Provision } from '../schemas/tree.js';

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

export function provisionIndex(editions: Edition[]): ProvisionEntry[] {
  const entries = new Map<string, ProvisionEntry>();
  const order: string[] = [];
  // Newest editions first: their order is the act's latest order; older units slot in after
  // their predecessor.
  const sorted = [...editions].sort((a, b) => b.date.localeCompare(a.date) || langRank(a.lang) - langRank(b.lang));
  for (const edition of sorted) {
    let previous: string | undefined;
    visit(edition.tree, (node) => {
      if (node.type !== 'provision' && node.type !== 'preamble') return;
      const eId = (node as { eId: string }).eId;
      let entry = entries.get(eId);
      if (!entry) {
        entry = { eId, kind: node.type === 'preamble' ? 'preamble' : (node as Provision).kind, editions: [] };
        const num = node.type === 'provision' ? (node as Provision).num : undefined;
        if (num) entry.num = num;
        entries.set(eId, entry);
        const at = previous ? order.indexOf(previous) + 1 : 0;
        order.splice(at, 0, eId);
      }
      entry.editions.push(edition.id);
      previous = eId;
    });
  }
  return order.map((eId) => entries.get(eId)!);
}

function langRank(lang: Language): number {
  return lang === 'ru' ? 0 : lang === 'kk' ? 1 : 2;
}
