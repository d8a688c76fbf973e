import type { Root, RootContent, Nodes, PhrasingContent } from 'mdast';
import type { Leaf } from '../schemas/tree.js';
import type { SourceBlock } from './blocks.js';
import { textOf } from './blocks.js';
import { makeLeaf, runLeaves, trimRange } from './leaves.js';
import type { SourceText } from './source.js';
import type { Reporter } from './report.js';
import { lexAdilet } from './adilet-lexer.js';
import { FOOTNOTE, PARAGRAPH_NUM, SUBPARAGRAPH_NUM, matchHeading } from './keywords.js';
import { normalizeHomoglyphs } from './text.js';

/*
 * Lexer for Markdown editions, over the mdast that remark-parse (with remark-frontmatter) gives.
 * Each block-level node becomes a SourceBlock. Its words are the text nodes remark found; every
 * other non-blank character inside the block's span (`#`, `>`, `*`, `\`, list markers) becomes
 * markup, except a list item's number, which becomes the block's `num` leaf. Spans of nested
 * blocks are widened to their container's prefix (`>`, indentation), so no character falls
 * between blocks. Indented code (text indented four spaces outside a list) is plain text that
 * Markdown misread: it is lexed line by line as adilet text.
 */

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
  const rootSpan = { start: 0, end: source.text.length };
  lexChildren(source, tree.children, rootSpan, blocks, report, false);
  return blocks.flatMap((b) => splitAtStructuralLines(source, b));
}

/** A line that starts a unit of its own: a heading, a numbered provision, a footnote. */
function startsUnit(text: string): boolean {
  const t = normalizeHomoglyphs(text);
  return FOOTNOTE.test(t) || !!matchHeading(t) || PARAGRAPH_NUM.test(t) || SUBPARAGRAPH_NUM.test(t);
}

/** CommonMark backslash escapes of ASCII punctuation. */
function unescapeMarkdown(raw: string): string {
  return raw.replace(/\\([!-/:-@[-`{-~])/g, '$1');
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
    let lineStart = start;
    while (lineStart < end) {
      let lineEnd = source.text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > end) lineEnd = end;
      const r = trimRange(source, lineStart, lineEnd);
      if (r) {
        const raw = source.slice(r[0], r[1]);
        pieces.push(makeLeaf(source, leaf.type, r[0], r[1], leaf.type === 'text' ? unescapeMarkdown(raw) : raw));
      }
      lineStart = lineEnd + 1;
    }
  }
  const byLine = new Map<number, Leaf[]>();
  for (const piece of pieces) {
    const line = piece.position.start.line;
    byLine.set(line, [...(byLine.get(line) ?? []), piece]);
  }
  const lines = [...byLine.keys()].sort((a, b) => a - b);
  const cuts = lines.filter((line, i) => i > 0 && startsUnit(textOf(byLine.get(line)!)));
  if (!cuts.length) return [block];
  const groups: Leaf[][] = [];
  for (const line of lines) {
    if (!groups.length || cuts.includes(line)) groups.push([]);
    groups[groups.length - 1]!.push(...byLine.get(line)!);
  }
  return groups.map((leaves, i) => ({
    ...block,
    leaves,
    text: textOf(leaves),
    indent: i === 0 ? block.indent : leaves[0]!.position.start.column - 1,
    position: source.position(leaves[0]!.position.start.offset, leaves[leaves.length - 1]!.position.end.offset),
  }));
}

function lexChildren(
  source: SourceText,
  children: RootContent[],
  container: Span,
  out: SourceBlock[],
  report: Reporter,
  widen: boolean,
  marker?: Span,
) {
  const firstIndex = out.length;
  let prevEnd = container.start;
  const spans = children.map(spanOf);
  children.forEach((child, i) => {
    const span = spans[i];
    if (!span) return;
    // Inside a container, a child's span reaches back to where the previous one ended, so that
    // the container's own prefix characters (`>` on every line) belong to some block. Spans are
    // also clamped so siblings never overlap (micromark lets an unclosed fence's list item run
    // into the next item's marker).
    const next = spans.slice(i + 1).find((s) => s !== undefined);
    const start = widen ? prevEnd : Math.max(span.start, prevEnd);
    let end = widen && i === children.length - 1 ? container.end : span.end;
    if (next) end = Math.min(end, next.start);
    end = Math.max(end, start);
    lexNode(source, child, { start, end }, out, report, i === 0 ? marker : undefined);
    prevEnd = end;
  });
  if (widen && out.length === firstIndex && container.end > container.start) {
    // An empty container (`>` alone, an empty list item): keep its characters.
    const leaves = prefixLeaves(source, container, container.end, marker);
    if (leaves.length) out.push(block(source, 'markup', container, leaves, false, column(source, container.start)));
  }
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

function lexNode(source: SourceText, node: RootContent, span: Span, out: SourceBlock[], report: Reporter, marker?: Span) {
  switch (node.type) {
    case 'yaml': {
      const own = spanOf(node)!;
      const leaves: Leaf[] = [makeLeaf(source, 'frontmatter', own.start, own.end)];
      leaves.unshift(...runLeaves(source, 'markup', span.start, own.start));
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
      lexChildren(source, node.children, { start: marker ? marker.end : span.start, end: span.end }, out, report, true);
      if (marker) prependMarker(source, out, before, span, marker);
      for (let i = before; i < out.length; i++) if (out[i]!.form === 'paragraph') out[i]!.form = 'quote';
      return;
    }
    case 'list': {
      const before = out.length;
      lexChildren(source, node.children as RootContent[], { start: marker ? marker.end : span.start, end: span.end }, out, report, true);
      if (marker) prependMarker(source, out, before, span, marker);
      return;
    }
    case 'listItem': {
      const own = spanOf(node)!;
      // The marker runs from the item's start to its first child (`5. `, `1) `, `- `).
      const firstChild = node.children[0] ? spanOf(node.children[0]) : undefined;
      const markerEnd = firstChild ? firstChild.start : own.end;
      lexChildren(source, node.children, span, out, report, true, { start: own.start, end: markerEnd });
      return;
    }
    case 'heading':
      out.push(phrasingBlock(source, 'heading', span, node.children, marker, column(source, (marker ?? spanOf(node)!).start), node.depth));
      return;
    case 'paragraph':
      // A list item's indentation is its marker's column: text indented past it belongs to the item.
      out.push(phrasingBlock(source, 'paragraph', span, node.children, marker, column(source, (marker ?? spanOf(node)!).start)));
      return;
    case 'code': {
      const own = spanOf(node)!;
      const before = out.length;
      const inner = lexAdilet(source, report, own.start, own.end);
      // Fences (```), if any, are markup; the lines inside are text.
      for (const b of inner) {
        if (/^(?:```|~~~)/.test(b.text)) {
          b.leaves = b.leaves.map((l) => ({ ...l, type: 'markup' }) as Leaf);
          b.form = 'markup';
          b.text = '';
        }
      }
      out.push(...inner);
      if (out.length === before) return;
      out[before]!.leaves.unshift(...prefixLeaves(source, span, own.start, marker));
      out[out.length - 1]!.leaves.push(...runLeaves(source, 'markup', own.end, span.end));
      return;
    }
    case 'html': {
      const own = spanOf(node)!;
      const wordless = htmlIsWordless(node.value);
      const leaves = [
        ...prefixLeaves(source, span, own.start, marker),
        makeLeaf(source, wordless ? 'markup' : 'text', own.start, own.end),
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
  b.leaves.unshift(...lead);
  b.text = textOf(b.leaves);
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
  const walk = (nodes: PhrasingContent[], inEmphasis: boolean) => {
    for (const n of nodes) {
      const s = spanOf(n);
      if (n.type === 'text' || n.type === 'inlineCode') {
        if (!s) continue;
        if (!inEmphasis && n.value.trim()) emphasized = false;
        const r = trimRange(source, s.start, s.end);
        if (r) words.push(makeLeaf(source, 'text', r[0], r[1], n.value.trim()));
      } else if (n.type === 'html') {
        if (!s) continue;
        words.push(makeLeaf(source, htmlIsWordless(n.value) ? 'markup' : 'text', s.start, s.end));
      } else if (n.type === 'emphasis' || n.type === 'strong' || n.type === 'delete') {
        walk(n.children, true);
      } else if ('children' in n) {
        if (!inEmphasis) emphasized = false;
        walk(n.children as PhrasingContent[], inEmphasis);
      }
    }
  };
  walk(phrasing, false);
  if (!words.some((w) => w.type === 'text')) emphasized = false;

  // Everything in the span that is not a word nor the marker is markup.
  const taken: Span[] = words.map((w) => ({ start: w.position.start.offset, end: w.position.end.offset }));
  const leaves: Leaf[] = [...words];
  if (marker) {
    const m = numFromMarker(source, marker);
    leaves.push(...m);
    for (const l of m) taken.push({ start: l.position.start.offset, end: l.position.end.offset });
  }
  taken.sort((a, b) => a.start - b.start);
  let cursor = span.start;
  for (const t of taken) {
    if (t.start > cursor) leaves.push(...runLeaves(source, 'markup', cursor, t.start));
    cursor = Math.max(cursor, t.end);
  }
  if (cursor < span.end) leaves.push(...runLeaves(source, 'markup', cursor, span.end));
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
