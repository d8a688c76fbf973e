import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containerDepth, inlineDepth, markdownPieces, MAX_BLOCK, MAX_BLOCKS, MAX_NESTING, PIECE_SIZE } from '../../src/pipeline/markdown-pieces.js';
import { parseEdition } from '../../src/pipeline/parse-edition.js';
import { coverage } from '../../src/pipeline/coverage.js';
import { contentEditions, read } from '../helpers.js';

/** The pieces as [text, read] pairs, for readable expectations. */
function cut(text: string, pieceSize = 1) {
  return markdownPieces(text, { pieceSize }).map((p) => [text.slice(p.start, p.end), p.read]);
}

/** The whole text in one remark pass, no block written without it: what every other way of reading must equal. */
const ONE_PIECE = { pieceSize: Infinity, maxBlock: Infinity, maxBlocks: Infinity, remarkOnly: true };

describe('markdownPieces', () => {
  it('cuts at a blank line before a line that starts at column 1', () => {
    expect(cut('# A\n\n1. a\n\n> *b*\n')).toEqual([
      ['# A\n\n', 'markdown'],
      ['1. a\n\n', 'markdown'],
      ['> *b*\n', 'markdown'],
    ]);
  });

  it('does not cut before an indented line, nor after indented code', () => {
    expect(cut('1. a\n\n   more of a\n\nb\n')).toEqual([
      ['1. a\n\n   more of a\n\n', 'markdown'],
      ['b\n', 'markdown'],
    ]);
    expect(cut('    code\n\n5. a\n')).toEqual([['    code\n\n5. a\n', 'markdown']]);
  });

  it('does not cut inside fenced code, an HTML comment or front matter', () => {
    expect(cut('```\na\n\nb\n```\n\nc\n')).toEqual([
      ['```\na\n\nb\n```\n\n', 'markdown'],
      ['c\n', 'markdown'],
    ]);
    expect(cut('<!--\n\na\n-->\n\nb\n')).toEqual([
      ['<!--\n\na\n-->\n\n', 'markdown'],
      ['b\n', 'markdown'],
    ]);
    expect(cut('---\na: 1\n\nb: 2\n---\n\nc\n')).toEqual([
      ['---\na: 1\n\nb: 2\n---\n\n', 'markdown'],
      ['c\n', 'markdown'],
    ]);
    expect(markdownPieces('---\na: 1\n---\n')[0]!.frontmatter).toBe(true);
    expect(markdownPieces('---\n\na\n')[0]!.frontmatter).toBeUndefined();
  });

  it('fills pieces with whole blocks up to the piece size and block count', () => {
    const long = 'слово '.repeat(100);
    expect(markdownPieces(`${long}\n\n`.repeat(1000)).every((p) => p.end - p.start <= PIECE_SIZE && p.blocks < MAX_BLOCKS)).toBe(true);
    const short = markdownPieces('> a\n\n'.repeat(10_000));
    expect(short.length).toBe(Math.ceil(10_000 / MAX_BLOCKS));
    expect(short.every((p) => p.blocks <= MAX_BLOCKS && !p.forced)).toBe(true);
  });

  it('makes a stretch nested deeper than the limit a plain piece of its own', () => {
    const deep = `${'> '.repeat(MAX_NESTING + 1)}x\n`;
    expect(cut(`a\n\n${deep}\nb\n`, Infinity)).toEqual([
      ['a\n\n', 'markdown'],
      [`${deep}\n`, 'plain'],
      ['b\n', 'markdown'],
    ]);
    expect(cut(`${'[a '.repeat(MAX_NESTING + 1)}\n`, Infinity)).toEqual([[`${'[a '.repeat(MAX_NESTING + 1)}\n`, 'plain']]);
    expect(cut(`${'> '.repeat(MAX_NESTING)}x\n`, Infinity)).toEqual([[`${'> '.repeat(MAX_NESTING)}x\n`, 'markdown']]);
  });

  it('makes a stretch with a line longer than the limit a plain piece', () => {
    const line = `<!--${'a `b '.repeat(MAX_BLOCK / 4)}`;
    const pieces = markdownPieces(`1. a\n\n${line}\n\n2. b\n`);
    expect(pieces.map((p) => [p.read, p.deep?.what])).toEqual([
      ['markdown', undefined],
      ['plain', 'line'],
      ['markdown', undefined],
    ]);
  });

  it('cuts a stretch with no blank line at a line start when it is too long, and says so', () => {
    const text = 'слово слово слово\n'.repeat(10_000);
    const pieces = markdownPieces(text);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.slice(1).every((p) => p.forced)).toBe(true);
    expect(pieces.every((p) => p.end - p.start <= MAX_BLOCK + 100)).toBe(true);
  });

  it('cuts a stretch with no blank line at a line start when it holds too many blocks', () => {
    const pieces = markdownPieces('- > a\n'.repeat(2_000));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.blocks <= MAX_BLOCKS + 2)).toBe(true);
    expect(pieces.slice(1).every((p) => p.forced)).toBe(true);
  });

  it('covers the text with consecutive pieces that start at line starts', () => {
    const doc = fc
      .array(fc.constantFrom('a', '> ', '1. ', '```', '<!--', '-->', '---', '    ', '\n', '\n\n', '\r\n', '\r', '[', '*'), { maxLength: 200 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(doc, fc.constantFrom(1, 64, PIECE_SIZE), (text, pieceSize) => {
        const pieces = markdownPieces(text, { pieceSize, maxBlock: 40 });
        let at = 0;
        for (const p of pieces) {
          if (p.start !== at || p.end < p.start) return false;
          if (p.start > 0 && !/[\r\n]/.test(text[p.start - 1]!)) return false;
          at = p.end;
        }
        return at === text.length;
      }),
      { numRuns: 500 },
    );
  });
});

describe('containerDepth', () => {
  it.each([
    ['> > > x', 3],
    ['1. 1. x', 2],
    ['  - x', 2],
    ['> - a', 2],
    ['x', 0],
    ['        indented text', 0],
    ['1.1. x', 0],
  ])('counts %j as %i', (line, depth) => {
    expect(containerDepth(line)).toBe(depth);
  });
});

describe('inlineDepth', () => {
  it('counts open brackets and opening emphasis, carried over lines', () => {
    expect(inlineDepth('[a *b* [c', { brackets: 0, emphasis: 0, html: 0, ticks: [] }).open).toEqual({ brackets: 2, emphasis: 0, html: 0, ticks: [] });
    expect(inlineDepth('*a *b', { brackets: 1, emphasis: 1, html: 0, ticks: [] }).open).toEqual({ brackets: 1, emphasis: 3, html: 0, ticks: [] });
    expect(inlineDepth('b* c*', { brackets: 0, emphasis: 2, html: 0, ticks: [] }).open).toEqual({ brackets: 0, emphasis: 0, html: 0, ticks: [] });
  });

  it('does not count blanks to fill in, escapes or intraword delimiters', () => {
    expect(inlineDepth('от «___» ______ 20__ года, a*b*c, \\[', { brackets: 0, emphasis: 0, html: 0, ticks: [] }).open).toEqual({ brackets: 0, emphasis: 0, html: 0, ticks: [] });
  });
});

describe('parseEdition on Markdown in pieces', () => {
  for (const file of contentEditions().filter((f) => f.endsWith('.md'))) {
    it(`reads ${file} the same in pieces as in one piece`, () => {
      const text = read(file);
      // One piece, with the same limits on a block (a table longer than the limit is read as lines in both).
      const whole = parseEdition(text, { file, markdown: { pieceSize: Infinity } });
      expect(parseEdition(text, { file })).toEqual(whole);
      expect(parseEdition(text, { file, markdown: { pieceSize: 1 } })).toEqual(whole);
    });
  }

  it('reads random Markdown the same in pieces as in one piece', () => {
    const fragments = [
      'Сноска. ', 'Статья 1. ', '5. ', '25\\. ', '1) ', '- ', '* ', '1. ', '2. ', '|', '> ', '*', '**', '_', '#', '## ', '---',
      '```', '~~~', '    ', '  ', '\t', '<a id="st1"></a>', '<!--', '-->', '<script>', '[a](b)', '[a]', '[a]: /u', '&amp;',
      'x', 'слово', '===', '<div>', '`', '\u00a0',
    ];
    const doc = fc
      .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...fragments) }, { weight: 4, arbitrary: fc.constantFrom('\n', '\n\n', ' ', '\n  ', '\r\n') }), { maxLength: 150 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(doc, (text) => {
        const file = 'random/ru/2020-01-01.md';
        return JSON.stringify(parseEdition(text, { file, markdown: { pieceSize: 1 } })) === JSON.stringify(parseEdition(text, { file, markdown: ONE_PIECE }));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it('resolves a link reference whose definition is in another piece', () => {
    const text = '1. See [the law].\n\n2. Other.\n\n[the law]: https://example.org\n';
    const pieced = parseEdition(text, { file: 'x/ru/2020-01-01.md', markdown: { pieceSize: 1 } });
    expect(pieced).toEqual(parseEdition(text, { file: 'x/ru/2020-01-01.md', markdown: ONE_PIECE }));
    const words = JSON.stringify(pieced.tree).match(/"type":"text","value":"[^"]*"/g);
    expect(words).toContain('"type":"text","value":"the law"');
  });

  it('warns about a block cut for length and still places every character', () => {
    const text = `1. Пункт.\n\n${'строка таблицы | ячейка\n'.repeat(4000)}`;
    const { diagnostics, tree } = parseEdition(text, { file: 'x/ru/2020-01-01.md' });
    expect(diagnostics.filter((d) => d.code === 'block-too-long').length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.severity !== 'error')).toBe(true);
    const cov = coverage(text, tree);
    expect([cov.uncovered, cov.overlaps, cov.mismatches]).toEqual([[], [], []]);
  });
});
