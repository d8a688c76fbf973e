import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Leaf, Node } from '../schemas/tree.js';

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
  // One paragraph, or several a blank line split (src/site/render-context.ts joins them).
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
