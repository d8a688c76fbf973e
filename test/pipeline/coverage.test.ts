import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { coverage, readsItsSlice } from '../../src/pipeline/coverage.js';
import { parseEdition } from '../../src/pipeline/parse-edition.js';
import type { Act, Leaf } from '../../src/schemas/tree.js';
import { read } from '../helpers.js';

/** Every leaf of a tree with the source it covers. */
function leaves(tree: Act, text: string): Array<{ type: Leaf['type']; value: string; source: string }> {
  const out: Array<{ type: Leaf['type']; value: string; source: string }> = [];
  visit(tree, (node) => {
    if (node.type !== 'text' && node.type !== 'num' && node.type !== 'markup' && node.type !== 'frontmatter') return;
    const leaf = node as Leaf;
    out.push({ type: leaf.type, value: leaf.value, source: text.slice(leaf.position.start.offset, leaf.position.end.offset) });
  });
  return out;
}

describe('coverage', () => {
  it('puts the markers of a quoted paragraph continued on the next line in markup leaves', () => {
    const text = '1. Пункт.\n\n> a\n> b\n';
    const { tree, diagnostics } = parseEdition(text, { file: 'x/ru/2020-01-01.md' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(leaves(tree, text).slice(-4)).toEqual([
      { type: 'markup', value: '>', source: '>' },
      { type: 'text', value: 'a', source: 'a' },
      { type: 'markup', value: '>', source: '>' },
      { type: 'text', value: 'b', source: 'b' },
    ]);
    expect(coverage(text, tree).mismatches).toEqual([]);
  });

  it('catches a leaf whose value leaves out a character its position covers', () => {
    const text = '1. Пункт.\n\n> a\n> b\n';
    const { tree } = parseEdition(text, { file: 'x/ru/2020-01-01.md' });
    // What the lexer used to build: one leaf over `a\n> b` reading "a\nb".
    visit(tree, 'p', (p) => {
      const children = (p as { children: Leaf[] }).children;
      if (children[0]?.value !== '>') return;
      const [, a, , b] = children;
      children.splice(1, 3, { type: 'text', value: 'a\nb', position: { start: a!.position.start, end: b!.position.end } });
    });
    const cov = coverage(text, tree);
    expect(cov.uncovered).toEqual([]);
    expect(cov.mismatches).toEqual([{ start: { line: 3, column: 3, offset: 13 }, value: 'a\nb', text: 'a\n> b' }]);
  });

  it('lets a Markdown word hold its slice with escapes and references decoded, and nothing else', () => {
    const at = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    expect(readsItsSlice({ type: 'num', value: '25.', position: at }, '25\\.', 'markdown')).toBe(true);
    expect(readsItsSlice({ type: 'text', value: '«a» & b', position: at }, '&laquo;a&raquo; &amp; b', 'markdown')).toBe(true);
    expect(readsItsSlice({ type: 'text', value: 'a b', position: at }, 'a > b', 'markdown')).toBe(false);
    expect(readsItsSlice({ type: 'markup', value: '*', position: at }, '\\*', 'markdown')).toBe(false);
    expect(readsItsSlice({ type: 'num', value: '25.', position: at }, '25\\.', 'adilet')).toBe(false);
  });

  it('reads a number written as a character reference onto its whole reference', () => {
    const text = '&#49;. Пункт.\n';
    const { tree, diagnostics } = parseEdition(text, { file: 'x/ru/2020-01-01.md' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(leaves(tree, text).slice(0, 2)).toEqual([
      { type: 'num', value: '1.', source: '&#49;.' },
      { type: 'text', value: 'Пункт.', source: 'Пункт.' },
    ]);
  });
});

describe('the continuation-lines fixture', () => {
  const file = 'test/fixtures/markdown/continuation-lines.md';
  const text = read(file);
  const { tree, diagnostics } = parseEdition(text, { file });

  it('parses with no errors and every leaf reading its slice', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const cov = coverage(text, tree);
    expect([cov.uncovered, cov.overlaps, cov.mismatches]).toEqual([[], [], []]);
  });

  it('never lets a word leaf hold a blockquote marker of a continuation line', () => {
    const words = leaves(tree, text).filter((l) => l.type === 'text');
    expect(words.filter((w) => /\n\s*>/.test(w.source))).toEqual([]);
    // A `>` that is itself text (a line indented into the paragraph) stays a word.
    expect(words.map((w) => w.value)).toContain('> вторая строка с символом.');
  });

  it('keeps an indented continuation line in the leaf of its paragraph, and the code span’s fences as markup', () => {
    const all = leaves(tree, text);
    expect(all).toContainEqual({ type: 'text', value: 'Первый пункт, написанный\n   на двух строках.', source: 'Первый пункт, написанный\n   на двух строках.' });
    expect(all).toContainEqual({ type: 'text', value: 'a\n   b', source: 'a\n   b' });
    expect(all.filter((l) => l.source === '`').map((l) => l.type)).toEqual(['markup', 'markup']);
  });

  it('decodes references and escapes in words', () => {
    expect(leaves(tree, text)).toContainEqual({
      type: 'text',
      value: 'Второй пункт «в кавычках» и с *звёздочкой*,\n   код',
      source: 'Второй пункт &laquo;в кавычках&raquo; и с \\*звёздочкой\\*,\n   код',
    });
  });
});
