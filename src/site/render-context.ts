import type { Amendment } from '../schemas/amendment.js';
import type { BorrowedUnit, VersionDocument } from '../schemas/data.js';
import type { DefinedTerm, Edition, EditionCitation } from '../schemas/edition.js';
import type { Language } from '../schemas/language.js';
import type { Node, Provision } from '../schemas/tree.js';
import { unitAnchor } from './pages/compare.js';
import { historySections } from './pages/history.js';
import { citationText } from './citation.js';
import type { InlineContext } from './inline.js';
import { latestEdition, type ActRecord, type Library } from '../model/library.js';
import { LANGUAGES, LANGUAGE_FACTS } from '../model/languages.js';
import type { ToolsPage } from './tools.js';
import { t } from '../i18n/index.js';
import { disputedNotes, termsShown } from '../versioning/assemble.js';
import { actPath, historyPath, readingPath, textPath, versionPath } from '../model/paths.js';
import { joinSplitTables } from '../model/table.js';
import { actLink } from './pages/site.js';

/** Everything the tree renderer needs to know about the page it renders into. */
/**
 * Children grouped so that runs of sub-paragraphs become one list (`<ol>`): a sub-paragraph may
 * stand directly in an act, an attachment or a chapter, not only in a paragraph.
 */
export function subparagraphRuns(children: Node[]): Array<{ list: Provision[] } | { node: Node }> {
  const out: Array<{ list: Provision[] } | { node: Node }> = [];
  for (const child of joinSplitTables(children)) {
    if (child.type === 'provision' && child.kind === 'subparagraph') {
      const last = out[out.length - 1];
      if (last && 'list' in last) last.list.push(child);
      else out.push({ list: [child] });
    } else out.push({ node: child });
  }
  return out;
}

export interface RenderContext {
  library: Library;
  act: ActRecord;
  /** The edition the nodes being rendered come from. */
  edition: Edition;
  /** The language of the nodes' words (the edition's). */
  lang: Language;
  /**
   * The language of the page around them: its interface words (Cite, History, notes) stay in it
   * where a unit is shown in another language's words.
   */
  ui: Language;
  /** The date the text is cited "as in force on". */
  date: string;
  amendments: Map<string, Amendment>;
  /** Notes of this edition whose claim the editions contradict (by amendment id). */
  disputed: Set<string>;
  inline: InlineContext;
  historyHref: (eId: string) => string;
  /** Where another act is read by this page's reader (src/site/pages/site.ts, actLink). */
  actHref: (slug: string) => string;
  /** The same provision in the act's other languages, where it exists. */
  otherLanguages: (eId: string) => Array<{ lang: Language; href: string }>;
  citation: (ancestors: Provision[], inAttachment: boolean) => string;
  /** The id an eId gets on this page (prefixed where several texts share a page). */
  id: (eId: string) => string;
  /** The permanent link of an eId: on its act's page. */
  pageHref: (eId: string) => string;
  /**
   * The dated permanent link of an eId on a version page (`/acts/{act}/{lang}/{date}/#{eId}`):
   * what a citation points to, since the undated address follows the act as it changes.
   */
  permalink: (eId: string) => string;
  /** On a version page: the units the version document shows from another edition, and those no edition holds. */
  version?: { borrowed: Map<string, BorrowedUnit>; missing: Set<string>; unknown: Map<string, VersionDocument['unknown'][number]> };
  /** A context for the nodes of another edition shown on this page (a borrowed unit). */
  forEdition: (edition: string) => RenderContext;
  /** What the tools of the text's provisions share (src/site/tools.ts), written once with the text. */
  tools: ToolsPage;
  /**
   * Set for another period's wording shown apart: it offers no citation or permalink, which
   * would present its words as the page date's.
   */
  apart?: boolean;
  /** A context for another period's wording shown apart (its ids prefixed, its terms unlinked). */
  forNearest: (edition: string) => RenderContext;
}

export function renderContext(options: {
  library: Library;
  act: ActRecord;
  edition: Edition;
  /**
   * For a provision embedded in another page: the page of its full text (term definitions and
   * permalinks point there) and a prefix that keeps its ids unique on the embedding page.
   */
  embed?: { page: string; prefix: string };
  /** The date citations give ("as in force on"): the version's, else the edition's. */
  date?: string;
  /** On a version page: the version document the page shows (its tree is what is rendered). */
  doc?: VersionDocument;
  /** The page's language, where it is not the edition's (a borrowed unit). */
  ui?: Language;
}): RenderContext {
  const { library, act, edition, embed, doc } = options;
  const date = options.date ?? edition.date;
  const lang = edition.lang;
  const ui = options.ui ?? lang;
  const amendments = new Map(edition.amendments.map((a) => [a.id, a]));
  const historyUnits = historySections(library, act).ids;
  const current = new Map<Language, VersionDocument>();
  const currentIn = (l: Language) => {
    let d = current.get(l);
    if (!d) current.set(l, (d = library.version(act, l, library.timeline(act.slug).versions.at(-1)!.date)));
    return d;
  };
  // On a page put together from several editions, a term links to the unit that defines it
  // (always on the page) rather than to the definition's words (which may come from another
  // edition); elsewhere, to the definition itself.
  const assembled = doc && !doc.verbatim;
  const termHref = (term: DefinedTerm) => (assembled ? `#${(embed?.prefix ?? '') + term.eId}` : `${embed?.page ?? ''}#${term.id}`);
  const id = (eId: string) => `${embed?.prefix ?? ''}${eId}`;
  const timeline = doc ? library.timeline(act.slug) : undefined;
  const units = timeline ? new Set(timeline.units.map((u) => u.eId)) : undefined;
  const otherLanguages = LANGUAGES.filter((l) => l !== lang && l !== ui && act.languages.includes(l));
  // On a version page a provision's links keep the date; elsewhere they follow the act.
  const dated = timeline !== undefined && !embed;
  const tools: ToolsPage = {
    permalink: dated ? versionPath(act.slug, ui, date) : (embed?.page ?? ''),
    history: historyPath(act.slug, ui),
    others: otherLanguages.map((l) => ({ lang: l, href: dated ? readingPath(act.slug, l, date, timeline.versions) : textPath(act.slug, l) })),
    prefix: embed?.prefix ?? '',
    words: {
      copy: t(ui, 'copy'),
      copied: t(ui, 'copied'),
      history: t(ui, 'history'),
      autonyms: Object.fromEntries(otherLanguages.map((l) => [l, LANGUAGE_FACTS[l].autonym])),
    },
  };
  return {
    library,
    tools,
    act,
    edition,
    lang,
    ui,
    date,
    amendments,
    disputed: new Set(
      [...disputedNotes(library.timeline(act.slug))].filter((k) => k.startsWith(`${edition.id}#`)).map((k) => k.slice(edition.id.length + 1)),
    ),
    inline: {
      lang,
      // A term whose defining unit is not on this version's page in this edition's words links nowhere.
      terms: doc ? termsShown(doc, edition, units!) : edition.terms,
      termHref,
      actHref: (slug) => (library.acts.has(slug) ? actLink(library, slug, ui) : undefined),
      citations: citationsByLeaf(edition.citations),
      titles: library.titles.get(lang) ?? new Map(),
      self: act.slug,
    },
    // The history page has a section for every provision and preamble; an attachment's notes
    // are told with the act.
    historyHref: (eId) => `${historyPath(act.slug, ui)}#${historyUnits.has(eId) ? eId : 'act'}`,
    actHref: (slug) => actLink(library, slug, ui),
    otherLanguages: (eId) => {
      // On a version page, the same version in that language: the date is kept. The unit may be
      // printed there inside another (an article without numbered paragraphs): the link lands on
      // what that page shows, and there is no link where it shows nothing of it.
      if (dated) {
        return otherLanguages.flatMap((l) => {
          const anchor = unitAnchor(library.version(act, l, date), eId);
          return anchor ? [{ lang: l, href: `${readingPath(act.slug, l, date, timeline.versions)}${anchor}` }] : [];
        });
      }
      return otherLanguages
        .filter((l) => latestEdition(act, l)?.eIds.has(eId))
        .map((l) => ({ lang: l, href: `${textPath(act.slug, l)}${unitAnchor(currentIn(l), eId)}` }));
    },
    citation: (ancestors, inAttachment) => citationText({ act, lang, ancestors, inAttachment, date }),
    id,
    pageHref: (eId) => `${embed?.page ?? ''}#${eId}`,
    permalink: (eId) => `${tools.permalink}#${eId}`,
    ...(doc ? { version: { borrowed: new Map(doc.borrowed.map((b) => [b.eId, b])), missing: new Set(doc.missing), unknown: new Map(doc.unknown.map((u) => [u.eId, u])) } } : {}),
    forEdition: (other) => {
      const ctx = renderContext({ ...options, edition: library.edition(other), date, ui });
      // Another language's words on this page: cited in the page's language, naming theirs.
      // Its tools are written with this text's, against this text's shared links.
      return ctx.lang === lang ? { ...ctx, tools } : { ...ctx, tools, citation: (ancestors, inAttachment) => citationText({ act, lang, ancestors, inAttachment, date, wording: ctx.lang }) };
    },
    forNearest: (other) => {
      const { doc: _doc, ...rest } = options;
      const ctx = renderContext({ ...rest, edition: library.edition(other), date, ui, embed: { page: embed?.page ?? '', prefix: `${embed?.prefix ?? ''}nearest-` } });
      return { ...ctx, apart: true, inline: { ...ctx.inline, terms: [] } };
    },
  };
}

/** Once per edition: a page renders many nodes of the same edition through `forEdition`. */
const byLeafCache = new WeakMap<readonly EditionCitation[], Map<number, EditionCitation[]>>();

function citationsByLeaf(citations: readonly EditionCitation[]): Map<number, EditionCitation[]> {
  const cached = byLeafCache.get(citations);
  if (cached) return cached;
  const byLeaf = new Map<number, EditionCitation[]>();
  byLeafCache.set(citations, byLeaf);
  for (const c of citations) {
    const list = byLeaf.get(c.offset);
    if (list) list.push(c);
    else byLeaf.set(c.offset, [c]);
  }
  return byLeaf;
}
