import type { Node } from '../schemas/tree.js';

/*
 * The words of a tree node: its text and number leaves in document order, joined by single
 * spaces. Markup (Markdown syntax kept for losslessness) and front matter are not words.
 */

/** The words of a node, space-joined, runs of whitespace collapsed. */
export function words(node: Node): string {
  return wordsWithout(node, () => false);
}

/**
 * The words of a node, leaving out the nodes inside it for which `skip(node, parent)` holds,
 * with everything in them (footnotes, nested units).
 */
export function wordsWithout(node: Node, skip: (node: Node, parent: Node) => boolean): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.type === 'text' || n.type === 'num') parts.push(n.value);
    else if ('children' in n) for (const c of n.children as Node[]) if (!skip(c, n)) walk(c);
  };
  walk(node);
  return squash(parts.join(' '));
}

/** Collapses runs of whitespace (no-break spaces included) to one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
