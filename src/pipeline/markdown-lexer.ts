import type { Literal, Root, RootContent, Nodes, PhrasingContent } from 'mdast';
import type { Leaf } from '../schemas/tree.js';
import type { SourceBlock } from './blocks.js';
import { textOf } from './blocks.js';
import { makeLeaf, pushAll, runLeaves, trimRange } from './leaves.js';
import type { SourceText } from './source.js';
import type { Reporter } from './report.js';
import { lexAdilet } from './adilet-lexer.js';
import { FOOTNOTE, PARAGRAPH_NUM, SUBPARAGRAPH_NUM, matchHeading } from './keywords.js';
import { normalizeHomoglyphs } from './text.js';
import { markdownValue } from './markdown-text.js';

/*
 * Lexer for Markdown editions, over the mdast that remark-parse (with remark-frontmatter) gives.
 * Each block-level node becomes a SourceBlock. Its words are the text nodes remark found; every
 * other non-blank character inside the block's span (`#`, `>`, `*`, `\`, list markers) becomes
 * markup, except a list item's number, which becomes the block's `num` leaf. Spans of nested
 * blocks are widened to their container's prefix (`>`, indentation), so no character falls
 * between blocks. Indented code (text indented four spaces outside a list) is plain text that
 * Markdown misread: it is lexed line by line as adilet text, and so are `plainLines` (text nested
 * too deep to be given to remark, see markdown-pieces.ts).
 *
 * The words of a text node never take in a `>`: a quoted paragraph continues on the next line
 * after its containers' prefixes (`> a` / `> b`), and those are markup. The walk over the mdast
 * is iterative (a stack of tasks), so no input nests deep enough to exhaust the stack.
 */

/** Text that was not given to remark (nested too deep for it, see markdown-parse.ts): read as plain lines. */
export interface PlainLines extends Literal {
  type: 'plainLines';
}

declare module 'mdast' {
  interface RootContentMap {
    plainLines: PlainLines;
  }
}

interface Span {
  start: number;
  end: number;
}

function spanOf(node: Nodes): Span | undefined {
  const p = node.position;
  if (!p || p.start.offset === undefined || p.end.offset === undefined) return undefined;
  return { start: p.start.offset, end: p.end.offset };
}

/** Bare anchors, comments and empty tags carry no words: they are markup. Other HTML is text. */
const WORDLESS_HTML = /^(?:\s*(?:<!--[\s\S]*?-->|<\/?[a-zA-Z][^>]*>)\s*)+$/;
function htmlIsWordless(value: string): boolean {
  return WORDLESS_HTML.test(value) && !/<(?:script|style|img|iframe|object|embed)\b/i.test(value);
}

export function lexMarkdown(source: SourceText, tree: Root, report: Reporter): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const lexer: Lexer = { source, report, out: blocks, tasks: [] };
  lexChildren(lexer, tree.children, { start: 0, end: source.text.length }, false);
  // Each task lexes one node or finishes a container after its children; children are pushed
  // last-first, so they run in document order, before their container's finishing task.
  while (lexer.tasks.length) lexer.tasks.pop()!();
  return blocks.flatMap((b) => splitAtStructuralLines(source, b));
}

interface Lexer {
  source: SourceText;
  report: Reporter;
  out: SourceBlock[];
  tasks: Array<() => void>;
}

/** A line that starts a unit of its own: a heading, a numbered provision, a footnote. */
function startsUnit(text: string): boolean {
  const t = normalizeHomoglyphs(text);
  return FOOTNOTE.test(t) || !!matchHeading(t) || PARAGRAPH_NUM.test(t) || SUBPARAGRAPH_NUM.test(t);
}

/**
 * Markdown from corpora that did not mark structure joins lines into one paragraph: a table of
 * contents ("Глава 1…" / "Статья 1…" / …), or a footnote on the line after its provision. Such a
 * paragraph is cut before every line that starts a unit; the other lines stay together.
 */
function splitAtStructuralLines(source: SourceText, block: SourceBlock): SourceBlock[] {
  if ((block.form !== 'paragraph' && block.form !== 'quote') || block.position.start.line === block.position.end.line) return [block];
  // Cut every leaf at line ends.
  const pieces: Leaf[] = [];
  for (const leaf of block.leaves) {
    if (leaf.position.start.line === leaf.position.end.line) {
      pieces.push(leaf);
      continue;
    }
    const start = leaf.position.start.offset;
    const end = leaf.position.end.offset;
    // A leaf read verbatim stays verbatim; a decoded one (escapes) is decoded line by line.
    const verbatim = leaf.value === source.slice(start, end);
    let lineStart = start;
    while (lineStart < end) {
      let lineEnd = source.text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > end) lineEnd = end;
      const r = trimRange(source, lineStart, lineEnd);
      if (r) {
        const raw = source.slice(r[0], r[1]);
        pieces.push(makeLeaf(source, leaf.type, r[0], r[1], verbatim ? raw : markdownValue(raw)));
      }
      lineStart = lineEnd + 1;
    }
  }
  const byLine = new Map<number, Leaf[]>();
  for (const piece of pieces) {
    const line = piece.position.start.line;
    const onLine = byLine.get(line);
    if (onLine) onLine.push(piece);
    else byLine.set(line, [piece]);
  }
  const lines = [...byLine.keys()].sort((a, b) => a - b);
  const cuts = new Set(lines.filter((line, i) => i > 0 && startsUnit(textOf(byLine.get(line)!))));
  if (!cuts.size) return [block];
  const groups: Leaf[][] = [];
  for (const line of lines) {
    if (!groups.length || cuts.has(line)) groups.push([]);
    const group = groups[groups.length - 1]!;
    for (const leaf of byLine.get(line)!) group.push(leaf);
  }
  return groups.map((leaves, i) => ({
    ...block,
    leaves,
    text: textOf(leaves),
    indent: i === 0 ? block.indent : leaves[0]!.position.start.column - 1,
    position: source.position(leaves[0]!.position.start.offset, leaves[leaves.length - 1]!.position.end.offset),
  }));
}

/**
 * Schedules a container's children. Inside a container, a child's span reaches back to where the
 * previous one ended, so that the container's own prefix characters (`>` on every line) belong
 * to some block. Spans are also clamped so siblings never overlap (micromark lets an unclosed
 * fence's list item run into the next item's marker).
 */
function lexChildren(lexer: Lexer, children: RootContent[], container: Span, widen: boolean, marker?: Span) {
  lexer.tasks.push(() => {
    const { source, out } = lexer;
    const firstIndex = out.length;
    const spans = children.map(spanOf);
    // The next defined span after each child, found in one backward pass.
    const nextSpans: Array<Span | undefined> = new Array(children.length);
    let following: Span | undefined;
    for (let i = children.length - 1; i >= 0; i--) {
      nextSpans[i] = following;
      if (spans[i]) following = spans[i];
    }
    const childTasks: Array<() => void> = [];
    let prevEnd = container.start;
    children.forEach((child, i) => {
      const span = spans[i];
      if (!span) return;
      const next = nextSpans[i];
      const start = widen ? prevEnd : Math.max(span.start, prevEnd);
      let end = widen && i === children.length - 1 ? container.end : span.end;
      if (next) end = Math.min(end, next.start);
      end = Math.max(end, start);
      const childSpan = { start, end };
      childTasks.push(() => lexNode(lexer, child, childSpan, i === 0 ? marker : undefined));
      prevEnd = end;
    });
    lexer.tasks.push(() => {
      if (widen && out.length === firstIndex && container.end > container.start) {
        // An empty container (`>` alone, an empty list item): keep its characters.
        const leaves = prefixLeaves(source, container, container.end, marker);
        if (leaves.length) out.push(block(source, 'markup', container, leaves, false, column(source, container.start)));
      }
    });
    for (let i = childTasks.length - 1; i >= 0; i--) lexer.tasks.push(childTasks[i]!);
  });
}

/** Schedules `after` to run once the tasks scheduled by `body` (a container's children) are done. */
function thenAfter(lexer: Lexer, body: () => void, after: () => void) {
  lexer.tasks.push(after);
  body();
}

function column(source: SourceText, offset: number): number {
  return source.point(offset).column - 1;
}

function numFromMarker(source: SourceText, marker: Span): Leaf[] {
  const r = trimRange(source, marker.start, marker.end);
  if (!r) return [];
  const raw = source.slice(r[0], r[1]);
  return [makeLeaf(source, /^\d/.test(raw) ? 'num' : 'markup', r[0], r[1])];
}

function lexNode(lexer: Lexer, node: RootContent, span: Span, marker?: Span) {
  const { source, out, report } = lexer;
  switch (node.type) {
    case 'yaml': {
      const own = spanOf(node)!;
      const leaves: Leaf[] = [...runLeaves(source, 'markup', span.start, own.start), makeLeaf(source, 'frontmatter', own.start, own.end)];
      out.push(block(source, 'frontmatter', span, leaves, false, 0));
      return;
    }
    case 'blockquote': {
      const own = spanOf(node)!;
      const onlyParagraph = node.children.length === 1 && node.children[0]!.type === 'paragraph';
      if (onlyParagraph) {
        const para = node.children[0] as Extract<RootContent, { type: 'paragraph' }>;
        out.push(phrasingBlock(source, 'quote', span, para.children, marker, column(source, own.start)));
        return;
      }
      const before = out.length;
      thenAfter(
        lexer,
        () => lexChildren(lexer, node.children, { start: marker ? marker.end : span.start, end: span.end }, true),
        () => {
          if (marker) prependMarker(source, out, before, span, marker);
          for (let i = before; i < out.length; i++) if (out[i]!.form === 'paragraph') out[i]!.form = 'quote';
        },
      );
      return;
    }
    case 'list': {
      const before = out.length;
      thenAfter(
        lexer,
        () => lexChildren(lexer, node.children as RootContent[], { start: marker ? marker.end : span.start, end: span.end }, true),
        () => {
          if (marker) prependMarker(source, out, before, span, marker);
        },
      );
      return;
    }
    case 'listItem': {
      const own = spanOf(node)!;
      // The marker runs from the item's start to its first child (`5. `, `1) `, `- `).
      const firstChild = node.children[0] ? spanOf(node.children[0]) : undefined;
      const markerEnd = firstChild ? firstChild.start : own.end;
      lexChildren(lexer, node.children, span, true, { start: own.start, end: markerEnd });
      return;
    }
    case 'heading':
      out.push(phrasingBlock(source, 'heading', span, node.children, marker, column(source, (marker ?? spanOf(node)!).start), node.depth));
      return;
    case 'paragraph':
      // A list item's indentation is its marker's column: text indented past it belongs to the item.
      out.push(phrasingBlock(source, 'paragraph', span, node.children, marker, column(source, (marker ?? spanOf(node)!).start)));
      return;
    case 'code':
    case 'plainLines': {
      const own = spanOf(node)!;
      const before = out.length;
      const inner = lexAdilet(source, report, own.start, own.end);
      if (node.type === 'code') {
        report.info('preformatted-text', `${inner.length} lines printed as a preformatted block; read line by line, as an adilet text`, source.position(own.start, own.end).start);
      }
      // Fences (```), if any, are markup; the lines inside are text.
      for (const b of inner) {
        if (node.type === 'code' && /^(?:```|~~~)/.test(b.text)) {
          b.leaves = b.leaves.map((l) => ({ ...l, type: 'markup' }) as Leaf);
          b.form = 'markup';
          b.text = '';
        }
      }
      for (const b of inner) out.push(b);
      if (out.length === before) return;
      out[before]!.leaves = [...prefixLeaves(source, span, own.start, marker), ...out[before]!.leaves];
      pushAll(out[out.length - 1]!.leaves, runLeaves(source, 'markup', own.end, span.end));
      return;
    }
    case 'html': {
      const own = spanOf(node)!;
      const wordless = htmlIsWordless(node.value);
      // Trimmed: how many blank lines micromark counts into a block left open depends on what
      // closes it; they are whitespace, not part of the leaf.
      const r = trimRange(source, own.start, own.end) ?? [own.start, own.end];
      const leaves = [
        ...prefixLeaves(source, span, own.start, marker),
        makeLeaf(source, wordless ? 'markup' : 'text', r[0], r[1]),
        ...runLeaves(source, 'markup', own.end, span.end),
      ];
      out.push(block(source, wordless ? 'markup' : 'paragraph', span, leaves, false, column(source, own.start)));
      return;
    }
    case 'thematicBreak': {
      const leaves = prefixLeaves(source, span, span.end, marker);
      out.push(block(source, 'markup', span, leaves, false, column(source, spanOf(node)!.start)));
      return;
    }
    default: {
      // Anything else remark may produce (tables, definitions…): its characters as text.
      const own = spanOf(node) ?? span;
      const leaves = [
        ...prefixLeaves(source, span, own.start, marker),
        ...runLeaves(source, 'text', own.start, own.end),
        ...runLeaves(source, 'markup', own.end, span.end),
      ];
      out.push(block(source, 'paragraph', span, leaves, false, column(source, own.start)));
    }
  }
}

/** Leaves for what precedes a block's own start in its widened span: container prefixes and the list marker. */
function prefixLeaves(source: SourceText, span: Span, ownStart: number, marker: Span | undefined): Leaf[] {
  if (!marker) return runLeaves(source, 'markup', span.start, ownStart);
  return [
    ...runLeaves(source, 'markup', span.start, marker.start),
    ...numFromMarker(source, marker),
    ...runLeaves(source, 'markup', marker.end, ownStart),
  ];
}

/** Gives the first block a container produced the characters before it: prefixes and the list marker. */
function prependMarker(source: SourceText, out: SourceBlock[], before: number, span: Span, marker: Span) {
  const lead = prefixLeaves(source, { start: span.start, end: marker.end }, marker.end, marker);
  const b = out[before];
  if (!b) {
    if (lead.length) out.push(block(source, 'markup', { start: span.start, end: marker.end }, lead, false, column(source, span.start)));
    return;
  }
  b.leaves = [...lead, ...b.leaves];
  b.text = textOf(b.leaves);
}

/**
 * The word leaves of a text node or code span. On each line it continues on, the containers'
 * prefix comes first: indentation, which stays inside the leaf as whitespace, or `>` markers,
 * which must not: there the leaf ends and a new one starts after them, so the markers fall to
 * markup. What remark read on that line (`valueText`, split at line ends) tells a prefix from a
 * `>` that is itself text (`a` / `    > b`, a lazy line). Text leaves hold the Markdown reading
 * of their slice (escapes and references decoded); code spans hold theirs verbatim.
 */
function lineLeaves(source: SourceText, span: Span, valueText: string, decode: boolean): Leaf[] {
  const text = source.text;
  const ranges: Array<[number, number]> = [];
  const valueLines = valueText.split(/\r\n|\r|\n/);
  let lineStart = span.start;
  for (let k = 0; ; k++) {
    let lineEnd = lineStart;
    while (lineEnd < span.end && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    let from = lineStart;
    if (k > 0) {
      let run = lineStart;
      while (run < lineEnd && /[ \t>]/.test(text[run]!)) run++;
      const lead = /^[ \t>]*/.exec(valueLines[k] ?? '')![0];
      from = lead && text.slice(lineStart, run).endsWith(lead) ? run - lead.length : run;
    }
    const r = trimRange(source, from, lineEnd);
    if (r) {
      const last = ranges[ranges.length - 1];
      if (last && !text.slice(lineStart, from).includes('>')) last[1] = r[1];
      else ranges.push(r);
    }
    if (lineEnd >= span.end) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return ranges.map(([a, b]) => {
    const raw = source.slice(a, b);
    return makeLeaf(source, 'text', a, b, decode ? markdownValue(raw) : raw);
  });
}

/**
 * A paragraph or heading: text leaves from its phrasing content, markup for every other
 * character of its span, and the list marker (if any) as a `num` leaf.
 */
function phrasingBlock(
  source: SourceText,
  form: SourceBlock['form'],
  span: Span,
  phrasing: PhrasingContent[],
  marker: Span | undefined,
  indent: number,
  depth?: number,
): SourceBlock {
  const words: Leaf[] = [];
  let emphasized = phrasing.length > 0;
  // Iterative: emphasis and links nest as deep as the text says.
  const stack: Array<{ node: PhrasingContent; inEmphasis: boolean }> = [];
  for (let i = phrasing.length - 1; i >= 0; i--) stack.push({ node: phrasing[i]!, inEmphasis: false });
  while (stack.length) {
    const { node: n, inEmphasis } = stack.pop()!;
    const s = spanOf(n);
    if (n.type === 'text' || n.type === 'inlineCode') {
      if (!s) continue;
      if (!inEmphasis && n.value.trim()) emphasized = false;
      if (n.type === 'text') pushAll(words, lineLeaves(source, s, n.value, true));
      else {
        // The backtick fences of a code span are markup; its content is words, verbatim.
        let open = s.start;
        while (open < s.end && source.text.charCodeAt(open) === 96) open++;
        let close = s.end;
        while (close > open && source.text.charCodeAt(close - 1) === 96) close--;
        pushAll(words, lineLeaves(source, { start: open, end: close }, '', false));
      }
    } else if (n.type === 'html') {
      if (!s) continue;
      words.push(makeLeaf(source, htmlIsWordless(n.value) ? 'markup' : 'text', s.start, s.end));
    } else if ('children' in n) {
      const emphasis = n.type === 'emphasis' || n.type === 'strong' || n.type === 'delete';
      if (!emphasis && !inEmphasis) emphasized = false;
      const children = n.children as PhrasingContent[];
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, inEmphasis: inEmphasis || emphasis });
    }
  }
  if (!words.some((w) => w.type === 'text')) emphasized = false;

  // Everything in the span that is not a word nor the marker is markup.
  const taken: Span[] = words.map((w) => ({ start: w.position.start.offset, end: w.position.end.offset }));
  const leaves: Leaf[] = [...words];
  if (marker) {
    const m = numFromMarker(source, marker);
    pushAll(leaves, m);
    for (const l of m) taken.push({ start: l.position.start.offset, end: l.position.end.offset });
  }
  taken.sort((a, b) => a.start - b.start);
  let cursor = span.start;
  for (const t of taken) {
    if (t.start > cursor) pushAll(leaves, runLeaves(source, 'markup', cursor, t.start));
    cursor = Math.max(cursor, t.end);
  }
  if (cursor < span.end) pushAll(leaves, runLeaves(source, 'markup', cursor, span.end));
  leaves.sort((a, b) => a.position.start.offset - b.position.start.offset);
  return block(source, form, span, leaves, emphasized, indent, depth);
}

function block(
  source: SourceText,
  form: SourceBlock['form'],
  span: Span,
  leaves: Leaf[],
  emphasized: boolean,
  indent: number,
  depth?: number,
): SourceBlock {
  const r = trimRange(source, span.start, span.end) ?? [span.start, span.end];
  const b: SourceBlock = {
    form,
    indent,
    leaves,
    text: textOf(leaves),
    emphasized,
    cells: false,
    position: source.position(r[0], r[1]),
  };
  if (depth !== undefined) b.depth = depth;
  return b;
}
