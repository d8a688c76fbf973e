import type { VersionDocument } from '../../schemas/data.js';
import type { Node } from '../../schemas/tree.js';
import { parentEId } from '../../model/provisions.js';

const present = new WeakMap<VersionDocument, Set<string>>();

/** The eIds a version page shows (its units, wherever their words come from). */
function eIdsOf(doc: VersionDocument): Set<string> {
  let ids = present.get(doc);
  if (!ids) {
    const found = new Set<string>();
    const walk = (n: Node) => {
      if ('eId' in n && typeof n.eId === 'string') found.add(n.eId);
      if ('children' in n) for (const c of n.children as Node[]) walk(c);
    };
    walk(doc.tree);
    present.set(doc, (ids = found));
  }
  return ids;
}

/**
 * Where a link to a unit lands on a version page: the unit, else the nearest unit that contains
 * it on that page (an edition of this language may print an article without numbered paragraphs
 * that another language's edition numbers), else the top of the page.
 */
export function unitAnchor(doc: VersionDocument, eId: string): string {
  const ids = eIdsOf(doc);
  for (let e: string | undefined = eId; e; e = parentEId(e)) if (ids.has(e)) return `#${e}`;
  return '';
}
