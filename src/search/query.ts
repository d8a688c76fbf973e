import { LANGUAGES, LANGUAGE_FACTS, type Language } from '../model/languages.js';

/**
 * The indexes a query is searched in: the language the reader chose; else, for a query with
 * letters only Kazakh has (ә ғ қ ң ө ұ ү һ і), Kazakh alone, since the Russian index would cut
 * those words into Russian fragments and find them everywhere; else the languages whose texts
 * are written in the query's one script (Latin: English; Cyrillic: Russian and Kazakh), so that
 * a query fetches only the indexes that can match it; else (both scripts, or no letters) every
 * language. The search page says so where one language is searched.
 */
export function queryLanguages(query: string, chosen: Language | undefined): Language[] {
  if (chosen) return [chosen];
  if (/[әғқңөұүһі]/iu.test(query)) return ['kk'];
  const scripts = new Set(LANGUAGES.map((l) => LANGUAGE_FACTS[l].script).filter((script) => new RegExp(`\\p{Script=${script}}`, 'u').test(query)));
  if (scripts.size === 1) return LANGUAGES.filter((l) => scripts.has(LANGUAGE_FACTS[l].script));
  return [...LANGUAGES];
}


/** The letters a word's ending in a language may begin with: shortened to the prefix its forms share, a word loses them. */
const FINAL_VOWELS: Partial<Record<Language, RegExp>> = { ru: /[аеёиоуыэюяйь]+$/iu };
/** A shortened word keeps at least this many letters (shorter stems would find unrelated words). */
const MIN_PREFIX = 5;

/**
 * The queries a language's index is searched with: the query as typed, and, where the
 * language's stemmer gives the forms of one word different stems, the query with each word
 * outside quotes shortened to the prefix its forms share. Pagefind stems a query's words and
 * matches each stem as a prefix; the Russian stemmer (Snowball) reads some endings as a noun's
 * and others as an adjective's, so a noun in -ея keeps its е in some forms and loses it in
 * others («идея», «идеей» → "иде"; «идеи», «идею» → "ид"), and the nominative alone would miss
 * most of the word's forms. Results of both are merged: never fewer hits.
 */
export function queryVariants(query: string, lang: Language): string[] {
  const vowels = FINAL_VOWELS[lang];
  if (!vowels) return [query];
  // Quoted phrases are exact: only the words between them are shortened.
  const shortened = query
    .split(/("[^"]*")/)
    .map((part) =>
      part.startsWith('"')
        ? part
        : part.replace(/[\p{L}-]+/gu, (word) => {
            const prefix = word.replace(vowels, '');
            return prefix.length >= MIN_PREFIX ? prefix : word;
          }),
    )
    .join('');
  return shortened === query ? [query] : [query, shortened];
}
