import { describe, expect, it } from 'vitest';
import { sourceTable, type TableElement } from '../../src/model/table.js';
import type { Node } from '../../src/schemas/tree.js';

const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const p = (value: string): Node => ({ type: 'p', children: [{ type: 'text', value, position }], position }) as Node;
const text = (t: TableElement | string): string => (typeof t === 'string' ? t : t.children.map(text).join(''));

describe('a table printed in the source as HTML', () => {
  it('keeps rows, cells, their spans and their text', () => {
    const table = sourceTable(p('<table>\n<tr>\n<td colspan="2">Возраст</td>\n<td rowspan="3">Тубер-кулез</td>\n</tr>\n</table>'))!;
    expect(table.tag).toBe('table');
    const row = (table.children[0] as TableElement).children[0] as TableElement;
    expect(row.tag).toBe('tr');
    expect(row.children.map((c) => (c as TableElement).tag)).toEqual(['td', 'td']);
    expect(row.children.map((c) => [(c as TableElement).colspan, (c as TableElement).rowspan])).toEqual([[2, undefined], [undefined, 3]]);
    expect(text(table)).toBe('ВозрастТубер-кулез');
  });

  it('keeps no other element and no other attribute: a handler, a script or an image is text or nothing', () => {
    const table = sourceTable(p('<table><tr><td onclick="alert(1)" style="color:red"><img src=x onerror=alert(1)><script>alert(2)</script><a href="javascript:alert(3)">ссылка</a></td></tr></table>'))!;
    const all: TableElement[] = [];
    const walk = (t: TableElement) => {
      all.push(t);
      for (const c of t.children) if (typeof c !== 'string') walk(c);
    };
    walk(table);
    expect([...new Set(all.map((t) => t.tag))].sort()).toEqual(['table', 'tbody', 'td', 'tr']);
    for (const t of all) expect(Object.keys(t).sort()).toEqual(['children', 'tag']);
    expect(text(table)).toBe('alert(2)ссылка');
  });

  it('gives header cells a scope: a column in a row of headers, a row at the head of a row', () => {
    const table = sourceTable(p('<table><tr><th>Возраст</th><th>Прививка</th></tr><tr><th>1 год</th><td>+</td></tr></table>'))!;
    const rows = (table.children[0] as TableElement).children as TableElement[];
    expect(rows.map((r) => (r.children as TableElement[]).map((c) => c.scope ?? c.tag))).toEqual([['col', 'col'], ['row', 'td']]);
  });

  it('is not a table unless the whole paragraph is one', () => {
    expect(sourceTable(p('Текст <table><tr><td>1</td></tr></table>'))).toBeUndefined();
    expect(sourceTable(p('<table><tr><td>1</td></tr></table> и текст после'))).toBeUndefined();
  });
});
