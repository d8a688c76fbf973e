import type { VersionDocument } from '../../schemas/data.js';
import { parentEId } from '../../model/provisions.js';
import { eIdsOf } from '../../versioning/assemble.js';
import { comparableTimeline } from '../../versioning/compare.js';
import type { Language } from '../../schemas/language.js';
import type { ActRecord, Library } from '../../model/library.js';
import type { CompareData, ComparisonLinks } from './comparison.js';
import { actLink } from './site.js';

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


/** A comparison's links on the site: amending acts in the page's language, units where each version's page shows them. */
export function comparisonLinks(library: Library, act: ActRecord, lang: Language): ComparisonLinks {
  return { act: (slug) => actLink(library, slug, lang), anchor: (date, eId) => unitAnchor(library.version(act, lang, date), eId) };
}

/** The act's compare data (`CompareData`), published as `/acts/{act}/compare.json`. */
export function compareData(library: Library, act: ActRecord): CompareData {
  const timeline = library.timeline(act.slug);
  const data: CompareData = { timeline: comparableTimeline(timeline), acts: {}, anchors: {} };
  const amending = [...new Set(timeline.changes.map((c) => c.by.slug))].sort();
  for (const lang of act.languages) {
    data.acts[lang] = Object.fromEntries(amending.map((slug) => [slug, actLink(library, slug, lang)]));
    const anchors: Record<string, Record<string, string>> = {};
    for (const { date } of timeline.versions) {
      const doc = library.version(act, lang, date);
      const moved = timeline.units.map((u) => [u.eId, unitAnchor(doc, u.eId)] as const).filter(([eId, anchor]) => anchor !== `#${eId}`);
      if (moved.length) anchors[date] = Object.fromEntries(moved);
    }
    data.anchors[lang] = anchors;
  }
  return data;
}
