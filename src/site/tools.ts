import type { Language } from '../model/languages.js';

/*
 * A provision's tools (Cite): the citation is printed with the provision; the rest (copy button,
 * dated permanent link, history, the provision in the act's other languages) the browser builds
 * when the tools are opened, from what the text's tools share, written once per text
 * (`data-tools`), and the provision's eId. A provision whose links are not the shared ones and its
 * eId carries them itself (`data-links`). Without JavaScript the citation is there; the page's
 * own links (its dated address, history, language switch) stand for the rest.
 */

/** The links of one provision's tools. */
export interface ToolLinks {
  /** The dated permanent link: what a citation points to. */
  permalink: string;
  history: string;
  others: Array<{ lang: Language; href: string }>;
}

/** What the tools of every provision of a text share: each link is a base and `#eId`. */
export interface ToolsPage {
  permalink: string;
  history: string;
  others: Array<{ lang: Language; href: string }>;
  /** The prefix of the ids on the page, where several texts share it (the eId follows it). */
  prefix: string;
  /** In the page's language. */
  words: { copy: string; copied: string; history: string; autonyms: Partial<Record<Language, string>> };
}

/** A provision's links as the shared bases give them. */
export function sharedLinks(page: Pick<ToolsPage, 'permalink' | 'history' | 'others'>, eId: string): ToolLinks {
  return {
    permalink: `${page.permalink}#${eId}`,
    history: `${page.history}#${eId}`,
    others: page.others.map((o) => ({ lang: o.lang, href: `${o.href}#${eId}` })),
  };
}

/** The links a provision must carry itself: none where the shared bases give them. */
export function ownLinks(page: Pick<ToolsPage, 'permalink' | 'history' | 'others'>, eId: string, links: ToolLinks): ToolLinks | undefined {
  const shared = sharedLinks(page, eId);
  const same =
    shared.permalink === links.permalink &&
    shared.history === links.history &&
    shared.others.length === links.others.length &&
    shared.others.every((o, i) => o.lang === links.others[i]!.lang && o.href === links.others[i]!.href);
  return same ? undefined : links;
}

/** The eId of a provision from its id on the page. */
export function eIdOf(id: string, page: Pick<ToolsPage, 'prefix'>): string {
  return page.prefix && id.startsWith(page.prefix) ? id.slice(page.prefix.length) : id;
}
