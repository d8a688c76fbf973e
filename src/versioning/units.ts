import type { Act, Node, Provision } from '../schemas/tree.js';
import { wordsWithout } from '../model/text.js';
import { normalizeHomoglyphs } from '../pipeline/text.js';

/*
 * Units: the pieces of an act whose wording is tracked through time. A paragraph is one unit
 * with its sub-paragraphs (footnotes amend "paragraph 5", and a sub-paragraph changes its
 * paragraph); an article is its heading and its own text; a chapter is its heading (its
 * paragraphs are units of their own); a preamble is a unit.
 */

export interface Unit {
  eId: string;
  kind: Provision['kind'] | 'preamble';
  num?: string;
  status: Provision['status'];
  /** The enclosing unit, if any (a paragraph's article; a chapter's part). */
  parent?: string;
  /** The unit's own words, space-joined: heading, text, sub-paragraphs; no footnotes. */
  wording: string;
}

function isUnit(node: Provision, parent: Node | undefined): boolean {
  return node.kind !== 'subparagraph' || !(parent && parent.type === 'provision' && (parent.kind === 'paragraph' || parent.kind === 'subparagraph' || parent.kind === 'article'));
}

/** The words of a unit, leaving out its footnotes and the units nested in it. */
function ownWords(unit: Node): string {
  return wordsWithout(unit, (n, parent) => n.type === 'footnote' || (n.type === 'provision' && isUnit(n, parent)));
}

/** The units of an edition, in document order. */
export function unitsOf(tree: Act): Unit[] {
  const units: Unit[] = [];
  const walk = (node: Node, parent: Node | undefined, enclosing: string | undefined) => {
    let next = enclosing;
    if (node.type === 'provision' && isUnit(node, parent)) {
      const unit: Unit = { eId: node.eId, kind: node.kind, status: node.status, wording: ownWords(node) };
      if (node.num) unit.num = node.num;
      if (enclosing) unit.parent = enclosing;
      units.push(unit);
      next = node.eId;
    } else if (node.type === 'preamble') {
      units.push({ eId: node.eId, kind: 'preamble', status: 'in-force', wording: ownWords(node) });
    }
    if ('children' in node) for (const child of node.children as Node[]) if (typeof child === 'object' && 'type' in child) walk(child, node, next);
  };
  walk(tree, undefined, undefined);
  return units;
}

/**
 * The unit an eId belongs to: itself if it is a unit, else the nearest enclosing unit
 * (`att_1__para_5__subpara_3` → `att_1__para_5`).
 */
export function unitOf(eId: string, units: Set<string>): string | undefined {
  let id = eId;
  for (;;) {
    if (units.has(id)) return id;
    const cut = id.lastIndexOf('__');
    if (cut < 0) return undefined;
    id = id.slice(0, cut);
  }
}

/** Normalises a wording for comparison: the same words in the same order are the same wording. */
export function sameWording(a: string, b: string): boolean {
  return normalize(a) === normalize(b);
}

export function normalize(text: string): string {
  // A Latin "i" typed for the Kazakh "і" is the same word.
  return normalizeHomoglyphs(text)
    // "<*>", "<**>": an older layout's call-out to a note below, not words of the act.
    .replace(/\s*<\*+>/g, '')
    .replace(/[\s\u200b]+/g, ' ') // every kind of space (no-break, thin, zero-width) is one space
    .replace(/\s+([.,;:)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s*(["«»“”„])\s*/g, '$1') // spaces around quotation marks are typography, not words
    .trim();
}
