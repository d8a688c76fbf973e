import type { Reporter } from './report.js';
import { SourceText } from './source.js';

/**
 * Checks that a source is text at all, before parsing: a NUL byte means a binary file, U+FFFD
 * means bytes that were not valid UTF-8 (the build reads sources as UTF-8), and a control
 * character cannot be published. All are errors: the text would be published corrupted.
 */
export function checkSource(text: string, report: Reporter): void {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    report.error('binary-source', 'the source contains NUL bytes: it is not a text file', new SourceText(text).point(nul));
    return;
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    report.error('invalid-encoding', 'the source is not valid UTF-8 (replacement character found)', new SourceText(text).point(bad));
  }
  const control = findControlCharacter(text);
  if (control) {
    report.error('control-character', `the control character ${codePointName(control.codePoint)} cannot be published; remove it`, new SourceText(text).point(control.index));
  }
}

/** Every noncharacter of Unicode: U+FDD0–U+FDEF and the last two code points of each plane. */
const NONCHARACTERS = Array.from({ length: 17 }, (_, plane) => {
  const base = plane * 0x10000;
  return `\\u{${(base + 0xfffe).toString(16)}}\\u{${(base + 0xffff).toString(16)}}`;
}).join('');

/**
 * Characters HTML treats as parse errors in text: C0 controls other than tab, line feed, form feed
 * and carriage return, DEL, C1 controls and noncharacters (U+FFFE). A browser shows them as
 * boxes or drops them, and a terminal escape (U+001B) in a data file reaches whoever prints it.
 * NUL and U+FFFD are not here: the pipeline reports those as a binary or mis-encoded file.
 */
const CONTROL = new RegExp(`[\\u0001-\\u0008\\u000B\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF${NONCHARACTERS}]`, 'u');

/** The first control character or noncharacter of a text: its index and code point, if any. */
export function findControlCharacter(text: string): { index: number; codePoint: number } | undefined {
  const m = CONTROL.exec(text);
  return m ? { index: m.index, codePoint: m[0].codePointAt(0)! } : undefined;
}

/** `U+001B`. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

