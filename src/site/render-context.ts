import type { Amendment } from '../schemas/amendment.js';
import type { DefinedTerm, Edition } from '../schemas/edition.js';
import type { Language } from '../schemas/language.js';
import type { Provision } from '../schemas/tree.js';
import { citationText } from './citation.js';
import type { InlineContext } from './inline.js';
import { latestEdition, type ActRecord, type Library } from './library.js';
import { LANGUAGES } from './i18n.js';
import { actPath, historyPath, textPath } from './paths.js';

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
}): RenderContext {
  const { library, act, edition, embed } = options;
  const lang = edition.lang;
  const amendments = new Map(edition.amendments.map((a) => [a.id, a]));
  const termHref = (term: DefinedTerm) => `${embed?.page ?? ''}#${term.id}`;
  const id = (eId: string) => `${embed?.prefix ?? ''}${eId}`;
  return {
    library,
    act,
    edition,
    lang,
    date: edition.date,
    amendments,
    inline: {
      lang,
      terms: edition.terms,
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
    citation: (ancestors, inAttachment) => citationText({ act, lang, ancestors, inAttachment, date: edition.date }),
    id,
    pageHref: (eId) => `${embed?.page ?? ''}#${eId}`,
  };
}
