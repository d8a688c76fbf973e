import type { VersionDocument } from '../../schemas/data.js';
import { parentEId } from '../../model/provisions.js';
import { eIdsOf } from '../../versioning/assemble.js';
import type { UnitComparison } from '../../versioning/compare.js';
import type { Language } from '../../schemas/language.js';
import { DICTIONARIES } from '../../i18n/index.js';

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


/**
 * What happened to a changed unit, as precisely as the records allow: a wording changed by
 * recorded changes of known kinds is named by them ("reworded", "words replaced", or both); a
 * wording that changed with no note recording it says so; otherwise what the texts show.
 */
export function changeKind(u: Pick<UnitComparison, 'reason' | 'changes'>, lang: Language): string {
  const c = DICTIONARIES[lang].compare;
  if (u.reason !== undefined && u.reason !== 'text') return c.reasons[u.reason];
  if (!u.changes.length) return c.unrecordedKind;
  const kinds = [...new Set(u.changes.map((x) => x.action))].map((a) => c.kinds[a]);
  return kinds.every((k) => k !== undefined) ? kinds.join(', ') : c.reasons.text;
}

/** The share of a diff's words left as they were, below which two wordings are shown side by side. */
export const SIDE_BY_SIDE_BELOW = 0.5;

/**
 * Whether a change is a rewording rather than an edit: less than half of either wording's
 * letters survive into the other. Such a change reads better as the two wordings side by side
 * than as one text struck through and underlined throughout.
 */
export function sideBySide(parts: Array<{ value: string; added?: boolean; removed?: boolean }>): boolean {
  const size = (s: string) => s.replace(/\s+/g, '').length;
  let kept = 0;
  let removed = 0;
  let added = 0;
  for (const p of parts) {
    if (p.added) added += size(p.value);
    else if (p.removed) removed += size(p.value);
    else kept += size(p.value);
  }
  if (!added || !removed) return false;
  return kept < SIDE_BY_SIDE_BELOW * Math.max(kept + removed, kept + added);
}
