import type { Heading, List, Paragraph, RootContent, Text } from 'mdast';
import type { Position } from 'unist';

/*
 * Blocks that need no Markdown parser. Most of a legal text is numbered paragraphs, each a
 * stretch of its own between blank lines, with nothing in it that Markdown reads as markup:
 * `1. Текст…`, a heading `### Статья 1`, a paragraph of words. For such a stretch the mdast
 * remark-parse gives is written here directly — a paragraph, a heading, or an ordered list of one
 * item of one paragraph, each holding one text node — and micromark, most of the parse's time,
 * is not run. The rules are narrower than CommonMark's: whatever they do not recognise goes to
 * remark. `test/pipeline/markdown-simple.test.ts` holds them to remark's output on every stretch
 * of the real editions and on generated ones.
 */

/**
 * Characters that can open or end inline markup or change the text remark gives (escapes, code,
 * emphasis, links, HTML and autolinks, character references), and tabs, carriage returns and
 * other control characters, whose handling differs by place.
 */
const MARKUP = /[\\`*_[\]<&\u0000-\u0009\u000b-\u001f]/;
/** A line may open a block of words only with a letter, an opening quote or a parenthesis: none starts a Markdown block. */
const WORD_START = /^[\p{L}«"„“(]/u;
/** An ordered list marker (CommonMark: up to nine digits, `.` or `)`, then a space, a tab or the line's end). */
const LIST_MARKER = /^\d{1,9}[.)](?:[ \t]|$)/;
const LIST_ITEM = /^(\d{1,9})[.)] /;
const HEADING = /^(#{1,6}) /;

/**
 * The mdast of the stretch `text[start, end)` (lines from `line` on), as remark-parse would give
 * it, if the stretch is one simple block; else `undefined`. Trailing blank lines are the
 * stretch's own (they end it) and belong to no node.
 */
export function simpleBlock(text: string, start: number, end: number, line: number): RootContent | undefined {
  // The block's lines: up to the first blank line, after which there must be only blank lines.
  let contentEnd = end;
  while (contentEnd > start && isBlankChar(text.charCodeAt(contentEnd - 1))) contentEnd--;
  // Spaces closing the last line are in remark's block but not in its text: left to remark.
  if (contentEnd === start || text.charCodeAt(contentEnd) === 32) return undefined;
  const body = text.slice(start, contentEnd);
  if (MARKUP.test(body)) return undefined;
  const lines = body.split('\n');
  for (const [i, l] of lines.entries()) {
    // No blank line inside, no line ending in spaces (a hard break, or spaces remark drops).
    if (l === '' || l.charCodeAt(l.length - 1) === 32) return undefined;
    // A later line only continues the paragraph if it cannot start a block of its own.
    if (i > 0 && !WORD_START.test(l)) return undefined;
  }
  const first = lines[0]!;
  const at = (offset: number) => point(text, start, line, offset);
  // Each node has a position of its own, as remark gives them.
  const whole = (): Position => ({ start: at(0), end: at(body.length) });

  const heading = HEADING.exec(first);
  if (heading) {
    // One line; a `#` in it could close the heading, so any `#` sends it to remark.
    if (lines.length > 1 || first.includes('#', heading[0].length) || first.length === heading[0].length || first.charCodeAt(heading[0].length) === 32) return undefined;
    const node: Heading = { type: 'heading', depth: heading[1]!.length as Heading['depth'], children: [textNode(body.slice(heading[0].length), { start: at(heading[0].length), end: at(body.length) })], position: whole() };
    return node;
  }
  const item = LIST_ITEM.exec(first);
  if (item) {
    // What follows the marker must itself start a paragraph of words (`1. 2. a` is a list in a list).
    if (!WORD_START.test(first.slice(item[0].length))) return undefined;
    const inner = (): Position => ({ start: at(item[0].length), end: at(body.length) });
    const paragraph: Paragraph = { type: 'paragraph', children: [textNode(body.slice(item[0].length), inner())], position: inner() };
    const node: List = {
      type: 'list',
      ordered: true,
      start: Number(item[1]),
      spread: false,
      children: [{ type: 'listItem', spread: false, checked: null, children: [paragraph], position: whole() }],
      position: whole(),
    };
    return node;
  }
  if (LIST_MARKER.test(first)) return undefined;
  if (!WORD_START.test(first) && !/^\d/.test(first)) return undefined;
  const node: Paragraph = { type: 'paragraph', children: [textNode(body, whole())], position: whole() };
  return node;
}

function isBlankChar(c: number): boolean {
  return c === 10 || c === 32;
}

function textNode(value: string, position: Position): Text {
  return { type: 'text', value, position };
}

/** The point at `offset` into the stretch that starts at `start` on `line` (columns count UTF-16 units, as micromark's do). */
function point(text: string, start: number, line: number, offset: number) {
  let l = line;
  let lineStart = start;
  for (let i = text.indexOf('\n', start); i >= 0 && i < start + offset; i = text.indexOf('\n', i + 1)) {
    l++;
    lineStart = i + 1;
  }
  return { line: l, column: start + offset - lineStart + 1, offset: start + offset };
}
