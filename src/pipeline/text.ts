/** Small text utilities shared by the parsers. */

const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А', a: 'а', B: 'В', C: 'С', c: 'с', E: 'Е', e: 'е', H: 'Н', K: 'К', M: 'М', O: 'О', o: 'о',
  P: 'Р', p: 'р', T: 'Т', X: 'Х', x: 'х', y: 'у', I: 'І', i: 'і',
  // Kazakh texts also carry the Latin schwa for ә.
  ə: 'ә', Ə: 'Ә',
};

const LOOKALIKE = /[A-Za-zəƏ]/;
const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * Sources mix Latin and Cyrillic look-alikes inside one word ("Cтатья" with a Latin C). For
 * classification and comparison only (never for the text shown), map Latin look-alikes to Cyrillic inside
 * words that are otherwise Cyrillic.
 */
export function normalizeHomoglyphs(text: string): string {
  // Most texts are in one script: nothing to map, and no word to look at.
  if (!LOOKALIKE.test(text) || !CYRILLIC.test(text)) return text;
  return text.replace(/[\p{L}]+/gu, (word) => {
    if (!CYRILLIC.test(word) || !LOOKALIKE.test(word)) return word;
    return word.replace(/[A-Za-zəƏ]/g, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch);
  });
}

/** Roman numerals in act numbers are often typed with Cyrillic look-alikes (`123-VІ`): map them to Latin. */
export function normalizeActNumber(num: string): string {
  return num
    .replace(/[–—]/g, '-')
    .replace(/І/g, 'I')
    .replace(/Х/g, 'X')
    .replace(/С/g, 'C')
    .replace(/М/g, 'M')
    .replace(/Л/g, 'L')
    .replace(/\.$/, '')
    .trim();
}

/** True when the first letter of the text is lowercase. */
export function startsLowercase(text: string): boolean {
  const m = /\p{L}/u.exec(text);
  return !!m && m[0] === m[0].toLowerCase() && m[0] !== m[0].toUpperCase();
}

/** True when every letter in the text is uppercase (and there is at least one). */
export function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu);
  return !!letters && letters.every((l) => l === l.toUpperCase() && l !== l.toLowerCase());
}
