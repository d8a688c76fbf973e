/*
 * The languages the site publishes, and what the rest of the code needs to know of each. Adding
 * a language is adding it here, plus its interface dictionary (src/i18n/, registered in
 * src/i18n/index.ts) and, for the parser to read texts in it, its words (src/pipeline/keywords.ts).
 */

/** Site order: the order of language switches and of data listings. */
export const LANGUAGES = ['en', 'ru', 'kk'] as const;

/** A language of the site, as an ISO 639-1 code. */
export type Language = (typeof LANGUAGES)[number];

export interface LanguageFacts {
  /** ISO 639-2/B code, as Akoma Ntoso URIs use it (`rus@2019-01-24`). */
  iso6392: string;
  /** The language's name in itself, for language switches ("Қазақша"). */
  autonym: string;
  /** The language's name in English, for search filters and English pages. */
  english: string;
  /** Whether texts in it have legal force in Kazakhstan (Kazakh and Russian); English texts are translations. */
  official: boolean;
  /** The script the collection's texts in it are written in (a Unicode script name): a query in another script cannot match them. */
  script: 'Latin' | 'Cyrillic';
}

export const LANGUAGE_FACTS: Record<Language, LanguageFacts> = {
  en: { iso6392: 'eng', autonym: 'English', english: 'English', official: false, script: 'Latin' },
  ru: { iso6392: 'rus', autonym: 'Русский', english: 'Russian', official: true, script: 'Cyrillic' },
  kk: { iso6392: 'kaz', autonym: 'Қазақша', english: 'Kazakh', official: true, script: 'Cyrillic' },
};

/**
 * Where a wording is looked for when no edition of a page's language holds it: the official
 * languages first (Russian, in which most consolidated editions are made, then Kazakh), then
 * the translations.
 */
export const WORDING_ORDER: readonly Language[] = [
  ...LANGUAGES.filter((l) => LANGUAGE_FACTS[l].official),
  ...LANGUAGES.filter((l) => !LANGUAGE_FACTS[l].official),
];

/** A multilingual value in `lang`, else in the first language of WORDING_ORDER that has it. */
export function inLanguage<T>(values: Partial<Record<Language, T>> | undefined, lang: Language): T | undefined {
  return withLanguage(values, lang)?.value;
}

/** The same, with the language the value is in (a page marks a value not in its own language). */
export function withLanguage<T>(values: Partial<Record<Language, T>> | undefined, lang: Language): { value: T; lang: Language } | undefined {
  if (!values) return undefined;
  for (const l of [lang, ...WORDING_ORDER]) if (values[l] !== undefined) return { value: values[l]!, lang: l };
  return undefined;
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
