import type { ActRecord, Library } from '../../model/library.js';
import { LANGUAGE_FACTS } from '../../model/languages.js';
import type { Disagreement, Source } from '../../versioning/timeline.js';
import { actName, formatDate } from '../../i18n/index.js';

/*
 * The history page's words for what the sources say and where they disagree, computed here so
 * that the page only renders them.
 */

const sectionsOf = new WeakMap<ActRecord, { ids: Set<string>; attachments: string[] }>();
const ATTACHMENT = /^att_[^_]+$/;

/**
 * The sections of an act's history page (its `#eId` anchors): every provision and preamble of
 * every edition, and every attachment, any edition's or any a change names as a whole.
 */
export function historySections(library: Library, act: ActRecord): { ids: Set<string>; attachments: string[] } {
  let sections = sectionsOf.get(act);
  if (!sections) {
    const editions = Object.values(act.editions).flat();
    const attachments = [...new Set([...editions.flatMap((e) => [...e.eIds]), ...library.timeline(act.slug).changes.map((c) => c.unit ?? '')].filter((id) => ATTACHMENT.test(id)))];
    attachments.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    sections = { ids: new Set([...editions.flatMap((e) => e.outline.map((u) => u.eId)), ...attachments]), attachments };
    sectionsOf.set(act, sections);
  }
  return sections;
}

/** "Russian (2017-05-05, 2019-01-24), Kazakh (2021-01-18)": which editions record a fact. */
export function recordedIn(sources: Source[]): string {
  const byLang = new Map<Source['lang'], string[]>();
  for (const s of sources) byLang.set(s.lang, [...(byLang.get(s.lang) ?? []), s.date]);
  return [...byLang.entries()].map(([l, ds]) => `${LANGUAGE_FACTS[l].english} (${[...new Set(ds)].sort().join(', ')})`).join(', ');
}

/** One disagreement between the sources, told in a sentence. */
export function describeDisagreement(d: Disagreement, library: Library): string {
  const name = (slug: string) => {
    const a = library.acts.get(slug);
    return a ? actName(a, 'en') : slug;
  };
  const lang = (l: Source['lang']) => LANGUAGE_FACTS[l].english;
  switch (d.kind) {
    case 'footnote-omits-act':
      return `The ${lang(d.omittedIn.lang)} edition of ${formatDate(d.omittedIn.date, 'en')} does not record ${actName(d.act, 'en')}, which the notes of the ${recordedIn(d.recordedIn)} editions record.`;
    case 'unrecorded-change':
      return `The ${lang(d.lang)} texts of ${formatDate(d.from, 'en')} and ${formatDate(d.to, 'en')} differ, but no footnote records a change between them.`;
    case 'change-not-visible':
      return `The notes of the ${recordedIn(d.change.sources)} editions record that ${actName(d.change.by, 'en')} changed the ${lang(d.lang)} text, but the ${lang(d.lang)} texts before and after it are the same.`;
    case 'footnote-target':
      return `The footnote under it in the ${lang(d.source.lang)} edition of ${formatDate(d.source.date, 'en')} names “${d.stated}”; it is kept with what it follows.`;
    case 'repealer-list': {
      const names = (slugs: string[]) => slugs.map(name).join(', ');
      const who = name(d.repealer);
      if (!d.listedOnly.length && !d.recordedOnly.length) return `${who} lists, in its appendix, the acts repealed with this one; they are the amending acts the notes record: ${names(d.agreed)}.`;
      return `${who} lists in its appendix ${names([...d.agreed, ...d.listedOnly])}; the notes record ${names([...d.agreed, ...d.recordedOnly])}.${d.listedOnly.length ? ` Listed but not in the notes: ${names(d.listedOnly)}.` : ''}${d.recordedOnly.length ? ` In the notes but not listed: ${names(d.recordedOnly)}.` : ''}`;
    }
  }
}
