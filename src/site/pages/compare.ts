import type { VersionDocument } from '../../schemas/data.js';
import { parentEId } from '../../model/provisions.js';
import { eIdsOf } from '../../versioning/assemble.js';

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

