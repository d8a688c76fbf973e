import type { ActRecord, Library } from '../../model/library.js';
import type { Language } from '../../schemas/language.js';
import type { Disagreement, Source } from '../../versioning/timeline.js';
import { DICTIONARIES, actName, formatDate, languageName } from '../../i18n/index.js';

/*
 * The history page's words for what the sources say and where they disagree, in the page's
 * language, computed here so that the page only renders them.
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
export function recordedIn(sources: Source[], lang: Language): string {
  const byLang = new Map<Source['lang'], string[]>();
  for (const s of sources) byLang.set(s.lang, [...(byLang.get(s.lang) ?? []), s.date]);
  const d = DICTIONARIES[lang].history;
  return [...byLang.entries()].map(([l, ds]) => d.editionsIn(languageName(l, lang), [...new Set(ds)].sort().join(', '))).join('; ');
}

/** One disagreement between the sources, told in a sentence in the page's language. */
export function describeDisagreement(d: Disagreement, library: Library, lang: Language): string {
  // A sentence may end in a date that ends in its own full stop ("2019 г.").
  return disagreementText(d, library, lang).replace(/(\S)\.\.(?!\.)/gu, '$1.');
}

function disagreementText(d: Disagreement, library: Library, lang: Language): string {
  const name = (slug: string) => {
    const a = library.acts.get(slug);
    return a ? actName(a, lang) : slug;
  };
  const words = DICTIONARIES[lang].history.disagreement;
  const language = (l: Language) => languageName(l, lang);
  const edition = (l: Language, date: string) => words.edition(language(l), formatDate(date, lang));
  switch (d.kind) {
    case 'footnote-omits-act':
      return capitalize(words.omits(edition(d.omittedIn.lang, d.omittedIn.date), actName(d.act, lang), recordedIn(d.recordedIn, lang)));
    case 'unrecorded-change':
      return words.unrecorded(language(d.lang), formatDate(d.from, lang), formatDate(d.to, lang));
    case 'change-not-visible':
      return words.notVisible(recordedIn(d.change.sources, lang), actName(d.change.by, lang), language(d.lang));
    case 'footnote-target':
      return words.target(edition(d.source.lang, d.source.date), d.stated);
    case 'repealer-list': {
      const names = (slugs: string[]) => slugs.map(name).join(', ');
      const who = name(d.repealer);
      if (!d.listedOnly.length && !d.recordedOnly.length) return words.listAgrees(who, names(d.agreed));
      return [
        words.listDiffers(who, names([...d.agreed, ...d.listedOnly]), names([...d.agreed, ...d.recordedOnly])),
        ...(d.listedOnly.length ? [words.listedOnly(names(d.listedOnly))] : []),
        ...(d.recordedOnly.length ? [words.recordedOnly(names(d.recordedOnly))] : []),
      ].join(' ');
    }
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
