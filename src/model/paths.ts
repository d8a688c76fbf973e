import type { Language } from '../schemas/language.js';

/** The URL scheme (PRODUCT.md): part of the product, kept stable. */
export const actPath = (act: string) => `/acts/${act}/`;
export const textPath = (act: string, lang: Language) => `/acts/${act}/${lang}/`;
/** A version's own address: permanent, the one a citation gives. */
export const versionPath = (act: string, lang: Language, date: string) => `/acts/${act}/${lang}/${date}/`;
/**
 * Where a version is read. The latest version's text is rendered once, at the act's address in
 * the language (`/acts/{act}/{lang}/`); its dated address leads there (a moved page) until a
 * later version makes it a page of its own. Links go straight to where the text is, so that a
 * provision's anchor holds without JavaScript.
 */
export const readingPath = (act: string, lang: Language, date: string, versions: ReadonlyArray<{ date: string }>) =>
  date === versions[versions.length - 1]?.date ? textPath(act, lang) : versionPath(act, lang, date);
/** The chooser of two versions: a plain GET form lands there (`?from=…&to=…`). */
export const compareChooserPath = (act: string, lang: Language) => `/acts/${act}/${lang}/compare/`;
export const comparePath = (act: string, lang: Language, from: string, to: string) => `/acts/${act}/${lang}/compare/${from}/${to}/`;
/** The act's history, in an interface language; without one, in the act's default language. */
export const historyPath = (act: string, lang?: string) => (lang ? `/acts/${act}/${lang}/history/` : `/acts/${act}/history/`);
/** The org chart page: in a language, or in the act's default one. */
export const orgPath = (act: string, lang?: Language) => (lang ? `/acts/${act}/${lang}/org/` : `/acts/${act}/org/`);

/** Open data: one file per act, language, version and format; feeds; the downloads page. */
export const DATA_EXTENSIONS = { json: 'json', akn: 'akn.xml', txt: 'txt' } as const;
export type DataFormat = keyof typeof DATA_EXTENSIONS;
export const dataPath = (act: string, lang: Language, date: string, format: DataFormat) => `/data/acts/${act}/${lang}/${date}.${DATA_EXTENSIONS[format]}`;
/** The archive of every data file. */
export const archivePath = () => '/data/kz-legislation-data.zip';
export const actFeedPath = (act: string) => `/acts/${act}/feed.xml`;
export const siteFeedPath = () => '/feed.xml';

/**
 * The site's own pages in a reader's language: English at the addresses the site has always had
 * (`/`, `/acts/`, `/search/`, `/data/`), Russian and Kazakh under their code (`/ru/acts/`).
 */
export type SitePage = 'home' | 'acts' | 'search' | 'data';
export const SITE_PAGE_LANGUAGES: readonly Language[] = ['en', 'ru', 'kk'];
export const sitePath = (page: SitePage, lang: Language = 'en') => `${lang === 'en' ? '' : `/${lang}`}/${page === 'home' ? '' : `${page}/`}`;
/** The same site page in every language, for a language switch and hreflang links. */
export const siteAlternates = (page: SitePage): Record<Language, string> =>
  Object.fromEntries(SITE_PAGE_LANGUAGES.map((l) => [l, sitePath(page, l)])) as Record<Language, string>;
/** The route parameters of the site pages in a language of their own (`/ru/…`, `/kk/…`). */
export const siteLanguagePaths = () => SITE_PAGE_LANGUAGES.filter((l) => l !== 'en').map((lang) => ({ params: { lang } }));
/**
 * The language of the page an address names, existing or not: a site page's (`/ru/acts/` → ru),
 * an act page's (`/acts/{act}/kk/…` → kk); English elsewhere.
 */
export const addressLanguage = (path: string): Language =>
  SITE_PAGE_LANGUAGES.find((l) => l !== 'en' && new RegExp(`^/(?:acts/[^/]+/)?${l}(?:/|$)`).test(path)) ?? 'en';
