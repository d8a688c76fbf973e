import { LANGUAGES, type Language } from '../model/languages.js';

/**
 * The indexes a query is searched in: the language the reader chose; else, for a query with
 * letters only Kazakh has (ә ғ қ ң ө ұ ү һ і), Kazakh alone, since the Russian index would cut
 * those words into Russian fragments and find them everywhere; else every language.
 */
export function queryLanguages(query: string, chosen: Language | undefined): Language[] {
  if (chosen) return [chosen];
  if (/[әғқңөұүһі]/iu.test(query)) return ['kk'];
  return [...LANGUAGES];
}

