import type { Leaf } from '../schemas/tree.js';
import type { Position } from '../schemas/position.js';

/**
 * The common currency of the two parsers. A lexer (adilet lines, or Markdown blocks from remark)
 * turns a source into a flat list of blocks; one structure builder turns blocks into the tree.
 * A block owns its leaves: every non-whitespace character of the source is in exactly one leaf
 * of exactly one block.
 */
export interface SourceBlock {
  /**
   * What the lexer knows of the block from the format alone:
   * `line` (adilet: one line of text), `paragraph`, `heading` (Markdown `#`), `quote` (Markdown
   * blockquote), `markup` (no words: HTML anchors, rules), `frontmatter`.
   */
  form: 'line' | 'paragraph' | 'heading' | 'quote' | 'markup' | 'frontmatter';
  /** Markdown heading depth (1–6). */
  depth?: number;
  /** Column (0-based) where the block's text starts: indentation in either format. */
  indent: number;
  /** All leaves, in source order. */
  leaves: Leaf[];
  /** The words of the block: its text leaves joined, markup left out. */
  text: string;
  /** True when every word of the block is wrapped in emphasis (`*…*`, `**…**`). */
  emphasized: boolean;
  /** True when the line has table cells (`|`) or cells separated by wide gaps. */
  cells: boolean;
  position: Position;
}

/** Joins the values of text leaves, with single spaces where lines or cells meet. */
export function textOf(leaves: Leaf[]): string {
  const parts: string[] = [];
  for (const leaf of leaves) if (leaf.type === 'text' || leaf.type === 'num') parts.push(leaf.value);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
