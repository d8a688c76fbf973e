import dagre from '@dagrejs/dagre';
import type { Language } from '../schemas/language.js';
import type { OrgNode, OrgRelation } from '../schemas/org.js';
import { LANGUAGES } from '../model/languages.js';

/*
 * The chart's layout, computed at build time by dagre (a layered graph layout): node sizes from
 * their labels, edges routed between layers. The page draws the result as SVG; no script runs
 * in the browser.
 */

export interface PlacedNode {
  node: OrgNode;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Label lines per language, wrapped to the node's width. */
  lines: Array<{ lang: Language; text: string }>;
}

export interface PlacedEdge {
  relation: OrgRelation;
  points: Array<{ x: number; y: number }>;
  label: { x: number; y: number; text: string };
}

export interface Layout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

const CHAR = 7.2;
const LINE = 15;
const MAX_CHARS = 30;

function wrap(text: string, max = MAX_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export const RELATION_LABELS: Record<OrgRelation['type'], string> = {
  heads: 'heads',
  appoints: 'appoints',
  convenes: 'convenes',
  'accountable-to': 'accountable to',
  'part-of': 'part of',
  'working-body-of': 'working body of',
  coordinates: 'coordinates',
  supports: 'supports',
  forms: 'forms',
  governs: 'governs',
  elects: 'elects',
  'deputy-of': 'deputy of',
};

export function layoutOrg(nodes: OrgNode[], relations: OrgRelation[], langs: readonly Language[] = LANGUAGES, labels: Record<OrgRelation['type'], string> = RELATION_LABELS): Layout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 70, edgesep: 12, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  const placed = new Map<string, Omit<PlacedNode, 'x' | 'y'>>();
  for (const node of nodes) {
    const lines = langs.flatMap((lang) => wrap(node.labels[lang]).map((text) => ({ lang, text })));
    const width = Math.min(MAX_CHARS, Math.max(...lines.map((l) => l.text.length))) * CHAR + 24;
    const height = lines.length * LINE + 16;
    placed.set(node.id, { node, width, height, lines });
    g.setNode(node.id, { width, height });
  }
  relations.forEach((r, i) => {
    const text = labels[r.type];
    g.setEdge(r.from, r.to, { label: text, width: text.length * 6 + 6, height: 14, labelpos: 'c' }, `e${i}`);
  });
  dagre.layout(g);
  const graph = g.graph();
  return {
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
    nodes: nodes.map((n) => {
      const p = g.node(n.id);
      return { ...placed.get(n.id)!, x: p.x, y: p.y };
    }),
    edges: relations.map((r, i) => {
      const e = g.edge({ v: r.from, w: r.to, name: `e${i}` }) as { points: Array<{ x: number; y: number }>; x: number; y: number };
      return { relation: r, points: e.points, label: { x: e.x, y: e.y, text: labels[r.type] } };
    }),
  };
}
