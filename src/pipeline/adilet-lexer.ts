import type { Leaf } from '../schemas/tree.js';
import type { SourceBlock } from './blocks.js';
import { textOf } from './blocks.js';
import { makeLeaf, trimRange } from './leaves.js';
import type { SourceText } from './source.js';
import type { Reporter } from './report.js';
import { FOOTNOTE } from './keywords.js';

/*
 * Lexer for adilet plain text. Pre-parse guarantees: one block per non-blank line, except that
 * a footnote glued to the next provision on one line ("…publication).12. The Assemblies…") or
 * text glued to a following footnote ("…law.Footnote. …") is split in two; table cells (`|`)
 * and cells separated by wide gaps become separate leaves with the `|` kept as markup.
 * Indentation is recorded, not interpreted here.
 */

/** A provision number glued after the end of a footnote: `).12. The`, `2012.26. In`, `2012.27. Excluded`. */
const GLUED_PROVISION = /(?<=[.)])\s?(?=\d{1,4}(?:-\d{1,3})?\s?[.)]\s*["«“(]?\p{Lu})/gu;
/** A footnote starting mid-line after text. */
const GLUED_FOOTNOTE = /(?<=\S)(?=(?:Footnote|Сноска|Ескерту)\s*\.\s)/gu;
/** Cell separators: a pipe, a tab, or a gap of three or more spaces inside a line. */
const CELL_GAP = /\s*\|\s*|\t+|\s{3,}/gu;

export function lexAdilet(source: SourceText, report: Reporter, from = 0, to = source.text.length): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const text = source.text;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    const range = trimRange(source, lineStart, lineEnd);
    if (range) {
      for (const [s, e] of splitGlued(source, range[0], range[1], report)) {
        blocks.push(lineBlock(source, s, e, s - lineStart));
      }
    }
    lineStart = lineEnd + 1;
  }
  return blocks;
}

/** Splits one line at glued footnote/provision boundaries, reporting each split. */
function splitGlued(source: SourceText, start: number, end: number, report: Reporter): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  for (;;) {
    const line = source.slice(s, end);
    let cut = -1;
    let what = '';
    if (FOOTNOTE.test(line)) {
      // The footnote's own text names dates and numbers; a provision glued after it starts with
      // a number right after the footnote's closing dot or parenthesis.
      GLUED_PROVISION.lastIndex = 0;
      const m = GLUED_PROVISION.exec(line);
      if (m) {
        cut = m.index + m[0].length;
        what = 'footnote glued to the provision that follows it on the same line; split';
      }
    } else {
      GLUED_FOOTNOTE.lastIndex = 0;
      const m = GLUED_FOOTNOTE.exec(line);
      if (m) {
        cut = m.index;
        what = 'footnote glued to the text before it on the same line; split';
      }
    }
    const left = cut > 0 ? trimRange(source, s, s + cut) : undefined;
    const right = cut > 0 ? trimRange(source, s + cut, end) : undefined;
    if (!left || !right) {
      out.push([s, end]);
      return out;
    }
    report.warn('glued-footnote', what, source.point(right[0]));
    out.push(left);
    s = right[0];
  }
}

function lineBlock(source: SourceText, start: number, end: number, indent: number): SourceBlock {
  const leaves: Leaf[] = [];
  const line = source.slice(start, end);
  let cells = false;
  let last = 0;
  CELL_GAP.lastIndex = 0;
  let m: RegExpExecArray | null;
  const pushText = (a: number, b: number) => {
    const r = trimRange(source, start + a, start + b);
    if (r) leaves.push(makeLeaf(source, 'text', r[0], r[1]));
  };
  while ((m = CELL_GAP.exec(line))) {
    if (m[0].length === 0) {
      CELL_GAP.lastIndex++;
      continue;
    }
    cells = true;
    pushText(last, m.index);
    const pipe = m[0].indexOf('|');
    if (pipe >= 0) leaves.push(makeLeaf(source, 'markup', start + m.index + pipe, start + m.index + pipe + 1));
    last = m.index + m[0].length;
  }
  pushText(last, line.length);
  return {
    form: 'line',
    indent,
    leaves,
    text: textOf(leaves),
    emphasized: false,
    cells,
    position: source.position(start, end),
  };
}
