import { visit } from 'unist-util-visit';
import type { Point } from '../schemas/position.js';
import type { Act, Leaf } from '../schemas/tree.js';
import { SourceText } from './source.js';
import { markdownValue } from './markdown-text.js';

export interface CoverageGap {
  start: Point;
  text: string;
}

export interface Coverage {
  /** Non-whitespace characters of the source. */
  total: number;
  /** Of those, how many lie inside exactly one leaf. */
  covered: number;
  /** Runs of non-whitespace characters inside no leaf. */
  uncovered: CoverageGap[];
  /** Runs inside more than one leaf. */
  overlaps: CoverageGap[];
  /** Leaves whose value is not what their source slice reads (see `readsItsSlice`). */
  mismatches: ValueMismatch[];
  /** covered / total (1 for an all-whitespace source). */
  ratio: number;
}

export interface ValueMismatch {
  start: Point;
  /** The leaf's value. */
  value: string;
  /** The source slice at the leaf's position. */
  text: string;
}

const LEAF_TYPES = new Set(['text', 'num', 'markup', 'frontmatter']);

/**
 * Whether a leaf's value is what its source slice says. Always true when the value is the slice
 * itself. The one normalisation allowed: a Markdown word (`text`, `num`) holds the Markdown
 * reading of its slice, escapes and character references decoded (`25\.` reads `25.`, `&amp;`
 * reads `&`), ends trimmed. No rule lets a value drop a `>` or any other character.
 */
export function readsItsSlice(leaf: Leaf, slice: string, format: Act['format']): boolean {
  if (leaf.value === slice) return true;
  return format === 'markdown' && (leaf.type === 'text' || leaf.type === 'num') && leaf.value === markdownValue(slice);
}

/**
 * The "nothing lost" check: every non-whitespace character of the source must lie inside
 * exactly one leaf of the tree, by position, and each leaf's value must be what its slice of the
 * source says, so that a leaf cannot cover a character by position and drop it from its value.
 */
export function coverage(text: string, tree: Act): Coverage {
  const count = new Uint8Array(text.length);
  const source = new SourceText(text);
  const mismatches: ValueMismatch[] = [];
  visit(tree, (node) => {
    if (!LEAF_TYPES.has(node.type)) return;
    const leaf = node as Leaf;
    const s = leaf.position.start.offset;
    const e = Math.min(leaf.position.end.offset, text.length);
    for (let i = s; i < e; i++) if (count[i]! < 255) count[i]!++;
    const slice = text.slice(s, e);
    if (!readsItsSlice(leaf, slice, tree.format)) mismatches.push({ start: source.point(s), value: leaf.value, text: slice });
  });
  const uncovered: CoverageGap[] = [];
  const overlaps: CoverageGap[] = [];
  let total = 0;
  let covered = 0;
  let runStart = -1;
  let runKind: 0 | 2 = 0;
  const flush = (end: number) => {
    if (runStart < 0) return;
    const gap = { start: source.point(runStart), text: text.slice(runStart, end) };
    (runKind === 0 ? uncovered : overlaps).push(gap);
    runStart = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    // Whitespace as JavaScript's \s sees it (including NBSP and the BOM).
    const ws = ch <= 32 ? ch === 32 || (ch >= 9 && ch <= 13) : ch >= 160 && /\s/.test(text[i]!);
    if (ws) {
      if (runStart >= 0 && ch === 10) flush(i);
      continue;
    }
    total++;
    const c = count[i]!;
    if (c === 1) {
      covered++;
      flush(i);
      continue;
    }
    const kind = c === 0 ? 0 : 2;
    if (runStart >= 0 && kind !== runKind) flush(i);
    if (runStart < 0) {
      runStart = i;
      runKind = kind;
    }
  }
  flush(text.length);
  return { total, covered, uncovered, overlaps, mismatches, ratio: total === 0 ? 1 : covered / total };
}
