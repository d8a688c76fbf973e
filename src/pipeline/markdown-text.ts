import { decodeString } from 'micromark-util-decode-string';

/*
 * How a Markdown text leaf reads its source: the one normalisation a leaf's value may make.
 * CommonMark text decodes backslash escapes (`25\.` reads `25.`) and character references
 * (`&amp;` reads `&`); micromark's own `decodeString` does both, so a leaf's value is exactly
 * what remark reads there. Everything else in a leaf is its source slice, verbatim.
 */

/** The reading of a slice of Markdown text: escapes and references decoded, ends trimmed. */
export function markdownValue(raw: string): string {
  return decodeString(raw).trim();
}

const ESCAPE_OR_REFERENCE = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;

/**
 * How many characters of `raw` read as the first `length` characters of `value`, where `value`
 * is `raw` itself or its Markdown reading. An escape or reference is never cut in two.
 */
export function rawLength(raw: string, value: string, length: number): number {
  if (value === raw) return length;
  const decoded = decodeString(raw);
  const want = length + decoded.length - decoded.trimStart().length;
  const re = new RegExp(ESCAPE_OR_REFERENCE.source, 'gi');
  let r = 0;
  let v = 0;
  while (v < want) {
    const m = re.exec(raw);
    const at = m ? m.index : raw.length;
    if (v + (at - r) >= want) return r + (want - v);
    v += at - r;
    if (!m) return raw.length;
    v += decodeString(m[0]).length;
    r = at + m[0].length;
  }
  return r;
}
