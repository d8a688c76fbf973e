import type { Reporter } from './report.js';
import { SourceText } from './source.js';

/**
 * Checks that a source is text at all, before parsing: a NUL byte means a binary file, U+FFFD
 * means bytes that were not valid UTF-8 (the build reads sources as UTF-8). Both are errors:
 * the text would be published corrupted.
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
}
