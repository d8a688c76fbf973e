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

