import type { Act, Node, Provision } from '../schemas/tree.js';

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

/** The words of a node, leaving out footnotes and, for units, the units nested in them. */
function ownWords(node: Node, inner: boolean): string[] {
  if (node.type === 'text' || node.type === 'num') return [node.value];
  if (node.type === 'footnote' || node.type === 'markup' || node.type === 'frontmatter') return [];
  if (inner && node.type === 'provision') return [];
  if (!('children' in node)) return [];
  const out: string[] = [];
  for (const child of node.children as Node[]) {
    if (child.type === 'provision' && isUnit(child, node)) continue;
    out.push(...ownWords(child, false));
  }
  return out;
}

/** The units of an edition, in document order. */
export function unitsOf(tree: Act): Unit[] {
  const units: Unit[] = [];
  const walk = (node: Node, parent: Node | undefined, enclosing: string | undefined) => {
    let next = enclosing;
    if (node.type === 'provision' && isUnit(node, parent)) {
      const unit: Unit = { eId: node.eId, kind: node.kind, status: node.status, wording: words(ownWords(node, false)) };
      if (node.num) unit.num = node.num;
      if (enclosing) unit.parent = enclosing;
      units.push(unit);
      next = node.eId;
    } else if (node.type === 'preamble') {
      units.push({ eId: node.eId, kind: 'preamble', status: 'in-force', wording: words(ownWords(node, false)) });
    }
    if ('children' in node) for (const child of node.children as Node[]) if (typeof child === 'object' && 'type' in child) walk(child, node, next);
  };
  walk(tree, undefined, undefined);
  return units;
}

function words(parts: string[]): string {
  return parts.join(' ').replace(/\s+/g, ' ').trim();
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
  return text.replace(/[\s\u00a0]+/g, ' ').replace(/\s+([.,;:)])/g, '$1').trim();
}
