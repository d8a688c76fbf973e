import type { Language } from '../schemas/language.js';

/** Letters only Kazakh uses among Cyrillic alphabets. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;
const CYRILLIC = /[\u0400-\u04FF]/gu;

/** Guesses the language of a text: Kazakh if its Cyrillic has Kazakh letters, Russian if Cyrillic, else English. */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20000);
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  if (cyrillic < latin) return 'en';
  const kazakh = sample.match(KAZAKH_LETTERS)?.length ?? 0;
  return kazakh > cyrillic * 0.01 ? 'kk' : 'ru';
}
