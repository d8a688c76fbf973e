/**
 * Dates as the three languages print them, turned into ISO `YYYY-MM-DD`:
 * `27.12.2024`, `2012.12.21` (Kazakh footnotes), `September 7, 2011`, `7 September 2011`,
 * `7 сентября 2011 года`, `2011 жылғы 7 қыркүйектегі`.
 */
import { MONTHS } from './keywords.js';

/**
 * What a month word starts with, whatever its form: the first three letters of its English and
 * Russian names (abbreviations, cases: "Sep", "сентября", "сентябрь"), the whole Kazakh name
 * (case endings follow it: "қыркүйектегі").
 */
const MONTH_STEMS: Array<{ stems: string[]; month: number }> = MONTHS.map((m, i) => ({
  stems: [m.en.slice(0, 3), m.ru[0].slice(0, 3), m.ru[1].slice(0, 3), m.kk].map((s) => s.toLowerCase()),
  month: i + 1,
}));

export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTH_STEMS.find((m) => m.stems.some((s) => w.startsWith(s)))?.month;
}

const LETTER = 'A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі';
/**
 * A whole word that may name a month: it starts after a non-letter and is at most 20 letters
 * long ("желтоқсандағы" has 13). Both bounds matter for speed: unanchored and unbounded, the
 * pattern retried every position of a long run of letters, each time to its end (quadratic).
 */
const MONTH_WORD = `(?<![${LETTER}])([${LETTER}]{3,20})`;

/** Every date format we read, each with a function from its match to [year, month, day]. */
const PATTERNS: Array<{ re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] | undefined }> = [
  // 27.12.2024
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/g, ymd: (m) => [+m[3]!, +m[2]!, +m[1]!] },
  // 2012.12.21
  { re: /\b(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d])/g, ymd: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // 2024-12-27
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, ymd: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // September 7, 2011
  {
    re: new RegExp(`${MONTH_WORD}\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'gu'),
    ymd: (m) => withMonth(m[1]!, +m[3]!, +m[2]!),
  },
  // 7 September 2011 / 7 сентября 2011 года
  {
    re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH_WORD}\\s+(\\d{4})`, 'gu'),
    ymd: (m) => withMonth(m[2]!, +m[3]!, +m[1]!),
  },
  // 2011 жылғы 7 қыркүйектегі
  {
    re: new RegExp(`\\b(\\d{4})\\s+жылғы\\s+(\\d{1,2})\\s+${MONTH_WORD}`, 'gu'),
    ymd: (m) => withMonth(m[3]!, +m[1]!, +m[2]!),
  },
];

function withMonth(word: string, year: number, day: number): [number, number, number] | undefined {
  const month = monthNumber(word);
  return month ? [year, month, day] : undefined;
}

function iso([y, m, d]: [number, number, number]): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** Every date in the text, in order of appearance (overlapping readings resolved left to right). */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, ymd } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const parts = ymd(m);
      const value = parts && iso(parts);
      if (value) found.push({ iso: value, index: m.index, length: m[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const result: FoundDate[] = [];
  let end = -1;
  for (const d of found) {
    if (d.index >= end) {
      result.push(d);
      end = d.index + d.length;
    }
  }
  return result;
}

/** The first date in the text, as ISO, if any. */
export function parseDate(text: string): string | undefined {
  return findDates(text)[0]?.iso;
}
