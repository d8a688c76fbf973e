import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Leaf, Node } from '../schemas/tree.js';
import { squash } from './text.js';

/*
 * Tables in the sources. The Markdown corpora print an act's tables as HTML blocks; the parser
 * keeps such a block as the text it is (every character in the tree). A page shows it as a
 * table, rebuilt from an allow-list: table elements and their spans only, every other element
 * reduced to its text, every attribute but colspan and rowspan dropped. Text stays text: the
 * structure is rendered element by element, never as HTML.
 */

export type TableTag = 'table' | 'caption' | 'thead' | 'tbody' | 'tfoot' | 'tr' | 'th' | 'td' | 'br';
export interface TableElement {
  tag: TableTag;
  colspan?: number;
  rowspan?: number;
  /** A header cell's scope: `col` in a row of header cells, `row` at the head of a row of data. */
  scope?: 'col' | 'row';
  children: Array<TableElement | string>;
}

const ALLOWED = new Set<string>(['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'br']);
/** Where text between cells is only layout (a line break between <tr> and <td>). */
const STRUCTURAL = new Set<string>(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/** The table a paragraph of the tree prints as HTML, or nothing if it is not one. */
export function sourceTable(node: Node): TableElement | undefined {
  if (node.type !== 'p') return undefined;
  // One paragraph, or several a blank line split (`joinSplitTables` joins them).
  const html = (node.children as Leaf[]).filter((l) => l.type === 'text').map((l) => (l as Leaf & { value: string }).value).join('\n').trim();
  if (!/^<table[\s>]/i.test(html) || !/<\/table>$/i.test(html)) return undefined;
  const root: Root = fromHtml(html, { fragment: true });
  const table = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'table');
  return table ? (convert(table) as TableElement) : undefined;
}

function span(value: unknown): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 1 && n <= 1000 ? n : undefined;
}

function convert(node: RootContent | ElementContent): Array<TableElement | string> | TableElement {
  if (node.type === 'text') return [node.value];
  if (node.type !== 'element') return [];
  const children = node.children.flatMap((c) => {
    const k = convert(c);
    return Array.isArray(k) ? k : [k];
  });
  if (!ALLOWED.has(node.tagName)) return children;
  const el: TableElement = {
    tag: node.tagName as TableTag,
    children: STRUCTURAL.has(node.tagName) ? children.filter((c) => typeof c !== 'string' || c.trim()) : children,
  };
  if (el.tag === 'tr') {
    const cells = el.children.filter((c): c is TableElement => typeof c !== 'string' && (c.tag === 'th' || c.tag === 'td'));
    const header = cells.every((c) => c.tag === 'th');
    for (const c of cells) if (c.tag === 'th') c.scope = header ? 'col' : 'row';
  }
  const colspan = span(node.properties.colSpan);
  const rowspan = span(node.properties.rowSpan);
  if (colspan) el.colspan = colspan;
  if (rowspan) el.rowspan = rowspan;
  return el;
}

/**
 * An HTML table that a blank line inside it split into several paragraphs (a Markdown HTML
 * block ends at a blank line), joined back into one paragraph with all their leaves, from the
 * one that opens it to the one that closes it.
 */
export function joinSplitTables(children: Node[]): Node[] {
  const out: Node[] = [];
  const textOf = (n: Node) => (n.type === 'p' ? n.children.map((l) => ('value' in l && l.type === 'text' ? l.value : '')).join('\n') : '');
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    // Most paragraphs are not tables: only one whose first leaf opens a table is read whole.
    const first = child.type === 'p' ? child.children[0] : undefined;
    const opens = !!first && 'value' in first && first.type === 'text' && /^\s*<table[\s>]/i.test(first.value);
    if (child.type === 'p' && opens && !/<\/table>/i.test(textOf(child))) {
      const end = children.findIndex((c, j) => j > i && (c.type !== 'p' || /<\/table>/i.test(textOf(c))));
      if (end > i && children[end]!.type === 'p') {
        const run = children.slice(i, end + 1) as Array<Extract<Node, { type: 'p' }>>;
        out.push({ ...child, children: run.flatMap((p) => p.children) });
        i = end;
        continue;
      }
    }
    out.push(child);
  }
  return out;
}

/** A table's rows, header and body alike, in order: what a text or XML rendering lays out. */
export interface TableRow {
  cells: Array<{ header: boolean; colspan?: number; rowspan?: number; lines: string[] }>;
}

/** The table's caption, if it has one, and its rows in document order (`thead`, `tbody`, `tfoot` unwrapped). */
export function tableRows(table: TableElement): { caption?: string; rows: TableRow[] } {
  let caption: string | undefined;
  const rows: TableRow[] = [];
  const walk = (el: TableElement) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.tag === 'caption') caption = cellLines(c).join(' ');
      else if (c.tag === 'tr') {
        rows.push({
          cells: c.children
            .filter((x): x is TableElement => typeof x !== 'string' && (x.tag === 'td' || x.tag === 'th'))
            .map((x) => ({ header: x.tag === 'th', colspan: x.colspan, rowspan: x.rowspan, lines: cellLines(x) })),
        });
      } else walk(c);
    }
  };
  walk(table);
  return caption ? { caption, rows } : { rows };
}

/** A cell's text, one entry per line its `<br>`s make, whitespace collapsed, empty lines left out. */
function cellLines(el: TableElement): string[] {
  const lines: string[] = [''];
  const walk = (n: TableElement | string) => {
    if (typeof n === 'string') lines[lines.length - 1] += n;
    else if (n.tag === 'br') lines.push('');
    else for (const c of n.children) walk(c);
  };
  walk(el);
  return lines.map(squash).filter(Boolean);
}
