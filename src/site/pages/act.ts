import type { Language } from '../../schemas/language.js';
import type { VersionDocument } from '../../schemas/data.js';
import type { Edition } from '../../schemas/edition.js';
import type { ActRecord, Library } from '../../model/library.js';
import { LANGUAGE_FACTS } from '../../model/languages.js';
import type { ChangeRecord, Version } from '../../versioning/timeline.js';
import { documentTitle } from '../../versioning/assemble.js';
import type { VersionIndex } from '../../versioning/on-date.js';
import { DICTIONARIES, actName, changeSummary, currencyStatement, endSentence, formatDate, languageName, onOrAfter, publishedOn, sinceDate, t } from '../../i18n/index.js';
import { actPath, comparePath, historyPath, orgPath, readingPath, textPath } from '../../model/paths.js';
import { actLink } from './site.js';

/*
 * What the page of an act's text shows, computed here so that the component only renders it:
 * the version and its neighbours, the act's status in words, the changes that made the version,
 * the links a reader needs, the languages and versions to switch to.
 */

export interface ActPage {
  lang: Language;
  title: string;
  /** The `<title>` and meta description. */
  pageTitle: string;
  description: string;
  version: Version;
  isCurrent: boolean;
  doc: VersionDocument;
  base: Edition;
  /** The repeal, in the page's language: "No longer in force since 27 December 2024." */
  repeal?: { headline: string; sentence: string; by?: { href: string; name: string } };
  inForce: boolean;
  /** "Current version. In force from 21 July 2021 until the act lost force on 27 December 2024." */
  versionLine: string;
  /** The changes dated on the version's first day, one entry per amending act. */
  changes: Array<{
    href: string;
    name: string;
    summary?: string;
    /** The entry-into-force rule as a note states it. */
    rule?: { lang: Language; text: string };
    /** Where the start is only bounded: why the collection does not give the day. */
    bounded?: string;
    /** The amending act's official publication, where the collection has it: "published on …", and where that is recorded. */
    published?: { text: string; source: string };
  }>;
  original: boolean;
  /** How current the collection is: the date of its latest edition of the act, and when the texts were taken. */
  currency: string;
  /** Where the text comes from: one edition as published, or put together provision by provision. */
  assembly: string;
  /** On an earlier version: the current one. */
  currentLink?: { href: string; label: string };
  links: Array<{ href: string; label: string }>;
  /** Every version, in order, and whether it is the one shown. */
  versions: Array<{ href: string; label: string; date: string; shown: boolean }>;
  languages: Array<{ lang: Language; href: string; name: string; shown: boolean }>;
  /** The date field: the act's version index, and what it says of a date outside the act's life. */
  dateField: { index: VersionIndex; base: string; before: string; after?: string };
}

/** The changes of a version, grouped by amending act, with what each did (English) and its entry-into-force rule. */
export function versionChanges(version: Version, lang: Language, href: (slug: string) => string = actPath): ActPage['changes'] {
  const byAct = new Map<string, ChangeRecord[]>();
  for (const c of version.changes) byAct.set(c.by.slug, [...(byAct.get(c.by.slug) ?? []), c]);
  return [...byAct.values()].map((changes) => {
    const by = changes[0]!.by;
    const rules = changes.flatMap((c) => c.rules);
    // The rule as the page's language states it, else as another does.
    const rule = rules.find((r) => r.lang === lang) ?? rules[0];
    const entry: ActPage['changes'][number] = { href: href(by.slug), name: actName(by, lang) };
    if (lang === 'en') entry.summary = [...new Set(changes.map((c) => changeSummary(c, 'en')))].join(', ');
    if (rule) entry.rule = rule;
    const inForce = changes[0]!.inForce;
    if (inForce.published) entry.published = { text: publishedOn(inForce.published.date, lang), source: inForce.published.source };
    if (!inForce.exact) {
      const read = inForce.rule?.read.kind;
      entry.bounded = t(lang, read === 'publication' ? 'publicationUnknown' : read === 'elsewhere' ? 'ruleInAct' : 'noRuleStated');
    }
    return entry;
  });
}

/**
 * The currency statement: the latest edition the collection holds of the act (in any language),
 * and the last day its texts were taken from their sources, where recorded.
 */
export function currency(act: ActRecord, lang: Language): string {
  const editions = Object.values(act.editions).flat();
  const latest = editions.reduce((a, e) => (e.date > a ? e.date : a), '');
  const retrieved = editions.reduce<string | undefined>((a, e) => (e.provenance?.retrieved && (!a || e.provenance.retrieved > a) ? e.provenance.retrieved : a), undefined);
  return currencyStatement(latest, retrieved, lang);
}

export function actPage(library: Library, act: ActRecord, lang: Language, date: string | undefined, variant: 'latest' | 'version', orgChart: boolean): ActPage {
  const timeline = library.timeline(act.slug);
  const current = timeline.versions[timeline.versions.length - 1]!;
  const version = timeline.versions.find((v) => v.date === (date ?? current.date))!;
  const doc = library.version(act, lang, version.date);
  const base = library.edition(doc.base.edition);
  const isCurrent = version === current;
  const previous = timeline.versions[timeline.versions.indexOf(version) - 1];
  const title = documentTitle(doc);
  const abrogated = act.meta?.status.abrogated;
  const repealer = abrogated?.by ? library.acts.get(abrogated.by) : undefined;
  const fallbacks = doc.borrowed.filter((b) => b.fallback).length;
  const missingUnits = doc.missing.filter((e) => !/^att_[^_]+$/.test(e)).length;

  const to = version.to ? ` ${t(lang, abrogated && version.to === abrogated.date ? 'lostForceOn' : 'until')} ${formatDate(version.to, lang)}` : '';
  const page: ActPage = {
    lang,
    title,
    pageTitle: `${title} — ${actName(act, lang)}${isCurrent ? '' : ` (${formatDate(version.date, lang)})`}`,
    description: `${actName(act, lang)}: ${title}. ${endSentence(DICTIONARIES[lang].format.textInForce(languageName(lang, lang), formatDate(version.date, lang)))}`,
    version,
    isCurrent,
    doc,
    base,
    inForce: !abrogated && act.meta?.status.inForce === true,
    versionLine: endSentence(`${isCurrent && !abrogated ? `${t(lang, 'currentVersion')}. ` : ''}${version.exact ? `${t(lang, 'inForceFrom')} ${formatDate(version.date, lang)}` : onOrAfter(version.date, lang)}${to}`),
    changes: versionChanges(version, lang, (slug) => actLink(library, slug, lang)),
    original: version.changes.length === 0 && timeline.versions[0] === version,
    currency: currency(act, lang),
    assembly: [
      doc.verbatim ? t(lang, 'versionAsPublished') : t(lang, 'versionAssembled'),
      fallbacks ? DICTIONARIES[lang].format.fallbackCount(fallbacks) : '',
      // An appendix whose title is unknown is said where it stands; the count is of provisions.
      missingUnits ? DICTIONARIES[lang].format.missingCount(missingUnits) : '',
    ]
      .filter(Boolean)
      .join(' '),
    links: [
      ...(previous ? [{ href: comparePath(act.slug, lang, previous.date, version.date), label: t(lang, 'compareWithPrevious') }] : []),
      ...(!isCurrent ? [{ href: comparePath(act.slug, lang, version.date, current.date), label: t(lang, abrogated ? 'compareWithLast' : 'compareWithCurrent') }] : []),
      { href: historyPath(act.slug, lang), label: t(lang, 'history') },
      ...(orgChart ? [{ href: `${orgPath(act.slug, lang)}#v-${version.date}`, label: t(lang, 'orgChart') }] : []),
    ],
    versions: timeline.versions.map((v) => ({ href: readingPath(act.slug, lang, v.date, timeline.versions), label: formatDate(v.date, lang), date: v.date, shown: v === version })),
    languages: act.languages.map((l) => ({
      lang: l,
      href: variant === 'latest' ? textPath(act.slug, l) : readingPath(act.slug, l, version.date, timeline.versions),
      name: LANGUAGE_FACTS[l].autonym,
      shown: l === lang,
    })),
    dateField: {
      index: { act: act.slug, start: timeline.start, ...(timeline.end ? { end: { date: timeline.end.date } } : {}), versions: timeline.versions.map((v) => ({ date: v.date, exact: v.exact })) },
      base: textPath(act.slug, lang),
      before: `${t(lang, 'beforeAdoption')} ${formatDate(timeline.start, lang)}.`,
      ...(timeline.end ? { after: endSentence(`${t(lang, 'afterRepeal')} ${formatDate(timeline.end.date, lang)}`) } : {}),
    },
  };
  // A repealed act has no current version: its last one is the one it had when it lost force.
  if (!isCurrent) page.currentLink = { href: textPath(act.slug, lang), label: `${t(lang, abrogated ? 'lastVersion' : 'currentVersion')}: ${formatDate(current.date, lang)}` };
  if (abrogated) {
    page.repeal = {
      headline: t(lang, 'noLongerInForce'),
      sentence: endSentence(sinceDate(abrogated.date, lang)),
    };
    if (abrogated.by) page.repeal.by = { href: actLink(library, abrogated.by, lang), name: repealer ? actName(repealer, lang) : abrogated.by };
  }
  return page;
}
