import { describe, expect, it } from 'vitest';
import { parseEdition } from '../../src/pipeline/parse-edition.js';
import { coverage } from '../../src/pipeline/coverage.js';
import { markdownPieces, MAX_BLOCK } from '../../src/pipeline/markdown-pieces.js';
import { provisions, read } from '../helpers.js';

/*
 * Limits and robustness (docs/formats.md, "Limits"): input nested too deep for remark is read as
 * plain lines with a warning, and the paths that were quadratic are linear. The time bounds are
 * loose (tens of times the measured times) but far below what the quadratic paths took.
 */

function timed<T>(f: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = f();
  return { result, ms: performance.now() - start };
}

function expectCovered(text: string, result: ReturnType<typeof parseEdition>) {
  const cov = coverage(text, result.tree);
  expect([cov.uncovered, cov.overlaps, cov.mismatches]).toEqual([[], [], []]);
}

describe('the deep-nesting fixture', () => {
  const file = 'test/fixtures/hostile/deep-nesting.md';
  const text = read(file);
  const result = parseEdition(text, { file });

  it('warns where blockquotes and brackets nest past the limit, at file:line:col', () => {
    expect(result.diagnostics.filter((d) => d.code === 'nesting-too-deep').map((d) => [d.line, d.column, d.severity])).toEqual([
      [5, 1, 'warning'],
      [9, 33, 'warning'],
    ]);
  });

  it('reads the provisions around the deep lines and keeps every character', () => {
    expect(provisions(result.tree).map((p) => p.num)).toEqual(['1', '2', '3']);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expectCovered(text, result);
  });
});

describe('parse time', () => {
  it('numbers 20,000 duplicate articles in linear time', () => {
    const text = 'Статья 1. Текст\n'.repeat(20_000);
    const { result, ms } = timed(() => parseEdition(text, { file: 'x/ru/2020-01-01.txt' }));
    expect(provisions(result.tree).at(-1)?.eId).toBe('art_1_dup20000');
    expect(ms).toBeLessThan(10_000);
  });

  it('numbers 8,000 duplicate Markdown paragraphs in linear time', () => {
    const text = '1. a\n'.repeat(8_000);
    const { result, ms } = timed(() => parseEdition(text, { file: 'x/ru/2020-01-01.md' }));
    expect(new Set(provisions(result.tree).map((p) => p.eId)).size).toBe(8_000);
    expect(ms).toBeLessThan(10_000);
  });

  it('parses a 2-million-character Markdown edition in pieces of bounded size', () => {
    const edition = read('content/acts/law-2008-70-iv/ru/2022-02-07.md');
    const body = edition.replace(/^---[\s\S]*?\n---\n/, '');
    let text = edition;
    while (text.length < 2_000_000) text += `\n\n${body}`;
    expect(Math.max(...markdownPieces(text).map((p) => p.end - p.start))).toBeLessThanOrEqual(MAX_BLOCK);
    const { result, ms } = timed(() => parseEdition(text, { file: 'x/ru/2020-01-01.md' }));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(ms).toBeLessThan(30_000);
  });
});
