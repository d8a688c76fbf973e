import type { Amendment } from '../schemas/amendment.js';
import type { DefinedTerm, Edition } from '../schemas/edition.js';
import type { Language } from '../schemas/language.js';
import type { Provision } from '../schemas/tree.js';
import { citationText } from './citation.js';
import type { InlineContext } from './inline.js';
import { latestEdition, type ActRecord, type Library } from './library.js';
import { LANGUAGES } from '../model/languages.js';
import { actPath, historyPath, textPath } from './paths.js';
import type { VersionHooks } from './versions.js';

/** Everything the tree renderer needs to know about the page it renders into. */
export interface RenderContext {
  library: Library;
  act: ActRecord;
  edition: Edition;
  lang: Language;
  /** The date the text is cited "as in force on". */
  date: string;
  amendments: Map<string, Amendment>;
  inline: InlineContext;
  historyHref: (eId: string) => string;
  /** The same provision in the act's other languages, where it exists. */
  otherLanguages: (eId: string) => Array<{ lang: Language; href: string }>;
  citation: (ancestors: Provision[], inAttachment: boolean) => string;
  /** The id an eId gets on this page (prefixed where several texts share a page). */
  id: (eId: string) => string;
  /** The permanent link of an eId: on its act's page. */
  pageHref: (eId: string) => string;
  /** On a version page put together from several editions: what to show for each unit. */
  version?: VersionHooks;
  /** A context for rendering a unit from another edition onto this page. */
  forEdition: (edition: Edition) => RenderContext;
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
  version?: VersionHooks;
}): RenderContext {
  const { library, act, edition, embed } = options;
  const date = options.date ?? edition.date;
  const lang = edition.lang;
  const amendments = new Map(edition.amendments.map((a) => [a.id, a]));
  // On a page put together from several editions, a term links to the unit that defines it
  // (always on the page) rather than to the definition's words (which may come from another
  // edition); elsewhere, to the definition itself.
  const termHref = (term: DefinedTerm) =>
    options.version ? `#${(embed?.prefix ?? '') + term.eId}` : `${embed?.page ?? ''}#${term.id}`;
  const id = (eId: string) => `${embed?.prefix ?? ''}${eId}`;
  return {
    library,
    act,
    edition,
    lang,
    date,
    amendments,
    inline: {
      lang,
      // A term whose defining unit is not on this version's page links nowhere.
      // (The definition's unit must be shown from this edition: another edition's wording of it may not define the term.)
      terms: options.version ? edition.terms.filter((t) => options.version!.fromEdition(t.eId, edition)) : edition.terms,
      termHref,
      actHref: (slug) => (library.acts.has(slug) ? actPath(slug) : undefined),
      titles: library.titles.get(lang) ?? new Map(),
      self: act.slug,
    },
    historyHref: (eId) => `${historyPath(act.slug)}#${eId}`,
    otherLanguages: (eId) =>
      LANGUAGES.filter((l) => l !== lang)
        .map((l) => ({ l, e: latestEdition(act, l) }))
        .filter(({ e }) => e && e.eIds.has(eId))
        .map(({ l }) => ({ lang: l, href: `${textPath(act.slug, l)}#${eId}` })),
    citation: (ancestors, inAttachment) => citationText({ act, lang, ancestors, inAttachment, date }),
    id,
    pageHref: (eId) => `${embed?.page ?? ''}#${eId}`,
    ...(options.version ? { version: options.version } : {}),
    forEdition: (other) => {
      const ctx = renderContext({ ...options, edition: other, date });
      // Text shown in another language than the page's gets no links to the page's terms.
      return other.lang === edition.lang ? ctx : { ...ctx, inline: { ...ctx.inline, terms: [] } };
    },
  };
}
