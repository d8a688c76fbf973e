import { DICTIONARIES, actName, changeSummary, eIdLabel, formatDate, kindName, languageName } from '../../i18n/index.js';
import { eIdSegments, isGrouping } from '../../model/provisions.js';
import { LANGUAGES, LANGUAGE_FACTS, WORDING_ORDER, withLanguage, type Language } from '../../model/languages.js';
import { latestChanges, type ActRecord, type Library } from '../../model/library.js';
import { actPath, historyPath, orgPath, siteFeedPath, sitePath, textPath } from '../../model/paths.js';

/*
 * The data of the site's own pages (home, /acts/), in the reader's language. A title the act has
 * not in that language is given in an official one, marked with its language.
 */

/** A text in some language: the page marks it with `lang` where it is not the page's. */
export interface Worded {
  text: string;
  lang: Language;
}

/** An act's title in `lang`, or else in the first official language that has it. */
export function titleIn(act: ActRecord, lang: Language): Worded | undefined {
  const found = withLanguage(act.meta?.titles as Partial<Record<Language, string>> | undefined, lang);
  return found && { text: found.value, lang: found.lang };
}

/**
 * Where a reader of `lang` reads an act: its text in an official language the reader reads in;
 * from an English page, the act's own address, which opens an official language unless the
 * reader chose English (an unofficial translation is read by choice); the page of an act known
 * by reference in the reader's language.
 */
export function actHref(act: ActRecord, lang: Language): string {
  if (!act.inCollection || (LANGUAGE_FACTS[lang].official && act.languages.includes(lang))) return textPath(act.slug, lang);
  return actPath(act.slug);
}

/** The address of the act `slug` for a reader of `lang` (`actHref`), or its own address if the library does not know it. */
export function actLink(library: Library, slug: string, lang: Language): string {
  const act = library.acts.get(slug);
  return act ? actHref(act, lang) : actPath(slug);
}

/**
 * The languages of an act's pages at `/acts/{act}/{lang}/`: those of its texts; an act with no
 * text in the collection (known only by reference, or whose editions are yet to come) has its
 * page of what is known in every language of the interface.
 */
export function textLanguages(act: ActRecord): readonly Language[] {
  return act.languages.length ? act.languages : LANGUAGES;
}

/**
 * The act's history for a reader of `lang`: in that language where the act has it, else in its
 * default language. Straight to the page rather than through \`/acts/{act}/history/\`, so that a
 * provision's anchor (\`#eId\`) holds without JavaScript.
 */
export function historyHref(library: Library, slug: string, lang: Language): string {
  const act = library.acts.get(slug);
  return historyPath(slug, act?.languages.includes(lang) ? lang : act?.defaultLanguage);
}

export type ActStatus = 'in-force' | 'repealed' | 'not-in-force';

export function actStatus(act: ActRecord): ActStatus {
  return act.meta?.status.abrogated ? 'repealed' : act.meta?.status.inForce ? 'in-force' : 'not-in-force';
}

/** An act's status as a short phrase in `lang`: "In force", "No longer in force since 1 May 2024". */
export function statusText(act: ActRecord, lang: Language): string {
  const d = DICTIONARIES[lang];
  const abrogated = act.meta?.status.abrogated;
  if (abrogated) return d.pages.acts.repealedSince(formatDate(abrogated.date, lang));
  return act.meta?.status.inForce ? d.strings.inForce : d.pages.acts.notInForce;
}

/** One row of /acts/: an act with its text in the collection. */
export interface ActRow {
  slug: string;
  href: string;
  title: Worded | undefined;
  /** "Decree No. 12 of 5 January 2015": the act's name, standing for its title where it has none. */
  name: string;
  kind: string;
  kindName: string;
  number: string;
  date: string;
  dateText: string;
  year: string;
  status: ActStatus;
  statusText: string;
  languages: Array<{ lang: Language; name: string; href: string }>;
  history: string;
  org?: string;
}

/** The acts with their text, oldest first, as a reader of `lang` sees them. */
export function actRows(library: Library, lang: Language, charts: ReadonlySet<string> = new Set()): ActRow[] {
  const d = DICTIONARIES[lang];
  return [...library.acts.values()]
    .filter((a) => a.inCollection)
    .sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug))
    .map((a) => ({
      slug: a.slug,
      href: actHref(a, lang),
      title: titleIn(a, lang),
      name: actName(a, lang),
      kind: a.kind,
      kindName: kindName(a.kind, lang),
      number: a.number,
      date: a.date,
      dateText: formatDate(a.date, lang),
      year: a.date.slice(0, 4),
      status: actStatus(a),
      statusText: statusText(a, lang),
      languages: a.languages.map((l) => ({ lang: l, name: d.languageTitles[l], href: textPath(a.slug, l) })),
      history: historyHref(library, a.slug, lang),
      // Every org chart has its page in every language.
      ...(charts.has(a.slug) ? { org: orgPath(a.slug, lang) } : {}),
    }));
}

/** The acts known only by reference, each with what is known of it, in `lang`. */
export function referencedActs(library: Library, lang: Language): Array<{ href: string; name: string; known: string }> {
  const d = DICTIONARIES[lang].pages.acts;
  return [...library.acts.values()]
    .filter((a) => !a.inCollection)
    .sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug))
    .map((a) => ({ href: textPath(a.slug, lang), name: actName(a, lang), known: a.changesMade.length ? d.changes(a.changesMade.length) : d.cited(a.citedIn.length) }));
}

/** The latest changes across the collection, each said in `lang`. */
export function latestChangeLines(library: Library, lang: Language, shownPerAct = 4) {
  const d = DICTIONARIES[lang].pages.home;
  return latestChanges(library).map((set) => {
    const target = library.acts.get(set.act)!;
    const shown = set.changes.slice(0, shownPerAct);
    return {
      date: formatDate(set.by.date, lang),
      by: { name: actName(set.by, lang), href: actHref(library.acts.get(set.by.slug) ?? target, lang) },
      changes: shown.map((c) => ({
        // A change of no one unit (an abrogation) is a change of the whole act.
        text: c.unit ? changeSummary(c, lang) : DICTIONARIES[lang].format.didTo(DICTIONARIES[lang].verbs[c.action], d.wholeAct, { heading: false, whole: true }),
        href: c.unit ? `${historyHref(library, set.act, lang)}#${c.unit}` : undefined,
      })),
      more: set.changes.length > shown.length ? d.more(set.changes.length - shown.length) : undefined,
      target: { name: actName(target, lang), href: actHref(target, lang) },
    };
  });
}

/** The languages of the filter on /acts/, by their name in `lang`. */
export function languageOptions(rows: ActRow[], lang: Language): Array<{ lang: Language; name: string }> {
  return WORDING_ORDER.filter((l) => rows.some((r) => r.languages.some((x) => x.lang === l)))
    .map((l) => ({ lang: l, name: DICTIONARIES[lang].languageTitles[l] }));
}

/**
 * What the search script writes, in the page's language: its sentences, and the filter values
 * the index holds in English (act names, languages, statuses, chapters) as this language says
 * them. The index is one for every page language; its words are translated where shown.
 */
export function searchUi(library: Library, lang: Language) {
  const d = DICTIONARIES[lang];
  const labels: Record<string, string> = { ...d.pages.search.script.values };
  for (const l of WORDING_ORDER) labels[DICTIONARIES.en.languageTitles[l]] = d.languageTitles[l];
  for (const act of library.acts.values()) {
    labels[actName(act, 'en')] = actName(act, lang);
    if (!act.languages.length) continue;
    for (const unit of library.timeline(act.slug).units) {
      const last = eIdSegments(unit.eId).at(-1);
      if (last?.kind && isGrouping(last.kind)) labels[eIdLabel(unit.eId, 'en')] = eIdLabel(unit.eId, lang);
    }
  }
  // Languages as a sentence names them («поиск на казахском языке»).
  const inSentence = Object.fromEntries(WORDING_ORDER.map((l) => [l, languageName(l, lang)])) as Record<Language, string>;
  // Version dates as the language writes them ("7 September 2011", «2011 жылғы 7 қыркүйек»).
  const dates: Record<string, string> = {};
  for (const act of library.acts.values()) if (act.languages.length) for (const v of library.timeline(act.slug).versions) dates[v.date] = formatDate(v.date, lang);
  return { lang, ...d.pages.search.script, labels, inSentence, dates };
}
export type SearchUi = ReturnType<typeof searchUi>;

/**
 * The header's and footer's words and addresses in `lang`, by their `data-site` key (src/layouts/
 * Base.astro): `[text]`, `[text, href]`, or for the search form `[null, action]`.
 */
export function siteWords(lang: Language) {
  const ui = DICTIONARIES[lang].site;
  return {
    skip: [DICTIONARIES[lang].strings.skip],
    name: [ui.name, sitePath('home', lang)],
    acts: [ui.acts, sitePath('acts', lang)],
    search: [ui.search, sitePath('search', lang)],
    guides: [ui.guides, '/guides/'],
    data: [ui.data, sitePath('data', lang)],
    'search-form': [null, sitePath('search', lang)],
    'search-label': [ui.searchLabel],
    'search-input': [ui.searchLabel],
    'search-button': [ui.search],
    sources: [ui.sources],
    'sources-link': [ui.sourcesLink, '/guides/sources/'],
    'all-acts': [ui.allActs, sitePath('acts', lang)],
    'open-data': [ui.openData, sitePath('data', lang)],
    feed: [ui.feed, siteFeedPath()],
    'build-report': [ui.buildReport, '/build-report.json'],
  } satisfies Record<string, [string | null, string?]>;
}
