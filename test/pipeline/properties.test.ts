import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseEdition } from '../../src/pipeline/parse-edition.js';
import { coverage } from '../../src/pipeline/coverage.js';
import { parsedEditionSchema } from '../../src/schemas/edition.js';
import { visit } from 'unist-util-visit';
import type { Provision } from '../../src/schemas/tree.js';
import { contentEditions, read } from '../helpers.js';

/*
 * Property tests: on any input, however broken, the parser returns a tree and diagnostics (it
 * never throws), every non-whitespace character lies in exactly one leaf, and every leaf's value
 * is what its slice of the source reads. Hostile shapes (deep nesting, long runs of duplicates,
 * very long lines) are generated on purpose; `npm run fuzz` runs the same checks for longer.
 */

/** Pieces of both formats, so random inputs hit the parser's rules, not just plain words. */
const FRAGMENTS = [
  'Footnote. ', 'Сноска. ', 'Ескерту. ', 'Paragraph 5 in the wording of the Decree dated 18.01.2021 № 495',
  'Chapter 1.', 'Глава 2. Общие', '3-тарау.', 'Статья 1 . ', 'Article 7.', '1-бап.', '5. ', '25\\. ', '1) ', '14-1) ',
  'Excluded by Decree No. 450 of 21.12.2012.', 'Исключен', 'Алып тасталды', '|', ' | ', '>', '> ', '*', '**', '_',
  '#', '## ', '### ', '\\', '---', '***', '```', '    ', '\t', '<a id="st1"></a>', '<script>x</script>', '[a](b)',
  'APPROVED BY Decree No. 149', 'УТВЕРЖДЕНО', 'БЕКІТІЛГЕН', 'ПРИЛОЖЕНИЕ', 'ҚОСЫМША', 'President', 'Президент',
  'ОГЛАВЛЕНИЕ', 'Unofficial translation', ').12. The ', '2012.26. In ', '“', '”', '"', '(', ')', ';', '№ 149-VІ',
  'September 7, 2011', '7 сентября 2011 года', 'Ассамблея', 'the Assembly', 'Қазақстан Республикасы', '\u00a0', '\ufeff',
  '😀', '\r', 'é', 'x', '0', '9', '&amp;', '&#32;', '&laquo;', '`code`', '[a]', '[a]: /u', '    > ', '1. a\n   b',
  '<!--', '-->',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 3, arbitrary: fc.constantFrom('\n', '\n\n', ' ', '  ', '\n   ') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
const randomDocument = fc.array(fragment, { maxLength: 120 }).map((parts) => parts.join(''));

const editions = contentEditions().map((file) => ({ file, text: read(file) }));

/** A window of a real edition, mutated: ranges deleted, duplicated, fragments inserted, lines swapped. */
const mutatedEdition = fc
  .record({
    edition: fc.constantFrom(...editions),
    start: fc.nat(),
    length: fc.integer({ min: 200, max: 4000 }),
    edits: fc.array(
      fc.record({
        op: fc.constantFrom('delete', 'duplicate', 'insert', 'swap-lines'),
        at: fc.nat(),
        size: fc.integer({ min: 1, max: 200 }),
        fragment,
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ edition, start, length, edits }) => {
    const from = start % Math.max(1, edition.text.length);
    let text = edition.text.slice(from, from + length);
    for (const e of edits) {
      const at = text.length ? e.at % text.length : 0;
      if (e.op === 'delete') text = text.slice(0, at) + text.slice(at + e.size);
      else if (e.op === 'duplicate') text = text.slice(0, at) + text.slice(at, at + e.size) + text.slice(at);
      else if (e.op === 'insert') text = text.slice(0, at) + e.fragment + text.slice(at);
      else {
        const lines = text.split('\n');
        const i = e.at % lines.length;
        const j = e.size % lines.length;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        text = lines.join('\n');
      }
    }
    return { file: edition.file, text };
  });

const PARSER_BUGS = new Set(['uncovered-text', 'overlapping-leaves', 'leaf-value-mismatch', 'internal-error', 'markdown-failed']);

function holds(text: string, file: string) {
  const result = parseEdition(text, { file });
  const cov = coverage(text, result.tree);
  // The parser's own safety nets would re-home lost text or repair a value; they must never have to.
  if (result.diagnostics.some((d) => PARSER_BUGS.has(d.code))) return false;
  if (cov.uncovered.length || cov.overlaps.length || cov.mismatches.length) return false;
  if (!result.diagnostics.every((d) => d.line >= 1 && d.column >= 1 && d.file === file)) return false;
  return parsedEditionSchema.safeParse(result).success;
}

describe('parseEdition on any input', () => {
  it('never throws and loses nothing on random adilet text', () => {
    fc.assert(fc.property(randomDocument, (text) => holds(text, 'random/ru/2020-01-01.txt')), { numRuns: Number(process.env.FC_RUNS ?? 1500) });
  });

  it('never throws and loses nothing on random Markdown', () => {
    fc.assert(fc.property(randomDocument, (text) => holds(text, 'random/ru/2020-01-01.md')), { numRuns: Number(process.env.FC_RUNS ?? 1500) });
  });

  it('never throws and loses nothing on mutated real editions, read as either format', () => {
    fc.assert(
      fc.property(mutatedEdition, fc.boolean(), ({ file, text }, flip) => {
        const asFile = flip ? (file.endsWith('.md') ? file.replace(/\.md$/, '.txt') : file.replace(/\.txt$/, '.md')) : file;
        return holds(text, asFile);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1500) },
    );
  });

  it('never throws and loses nothing on deep nesting of blockquotes, lists, links and emphasis', () => {
    const nesting = fc.record({
      marker: fc.constantFrom('> ', '>', '1. ', '- ', '* ', '1) ', '[', '![a ', '*', '_', '**a '),
      depth: fc.integer({ min: 1, max: 3000 }),
      shape: fc.constantFrom('line', 'staircase', 'repeated'),
      around: fc.constantFrom(...editions),
      at: fc.nat(),
    });
    fc.assert(
      fc.property(nesting, fc.boolean(), ({ marker, depth, shape, around, at }, markdown) => {
        const deep =
          shape === 'line'
            ? `${marker.repeat(depth)}x\n`
            : shape === 'staircase'
              ? Array.from({ length: Math.min(depth, 150) }, (_, i) => `${marker.repeat(i + 1)}x`).join('\n') + '\n'
              : `${marker.repeat(Math.min(depth, 40))}x\n`.repeat(Math.ceil(depth / 40));
        // Inside a window of a real edition, at a line start.
        const window = around.text.slice(0, 3000);
        const cut = window.lastIndexOf('\n', at % Math.max(1, window.length)) + 1;
        const text = `${window.slice(0, cut)}\n${deep}\n${window.slice(cut)}`;
        return holds(text, markdown ? 'deep/ru/2020-01-01.md' : 'deep/ru/2020-01-01.txt');
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 60) },
    );
  });

  it('reads nesting deeper than the limit as plain lines, with a warning at the line', () => {
    for (const marker of ['> ', '1. ', '- ']) {
      const text = `# Закон\n\n1. Пункт.\n\n${marker.repeat(3000)}x\n\n2. Пункт.\n`;
      const { diagnostics, tree } = parseEdition(text, { file: 'deep/ru/2020-01-01.md' });
      expect(diagnostics.filter((d) => d.code === 'nesting-too-deep').map((d) => [d.line, d.column, d.severity])).toEqual([[5, 1, 'warning']]);
      expect(coverage(text, tree).uncovered).toEqual([]);
    }
  });

  it('never throws and loses nothing on long runs of duplicate numbers', () => {
    const run = fc.record({
      line: fc.constantFrom('1. a', '1) a', 'Статья 1. а', 'Глава 1. А', '1-бап. а', '25\\. a', '> 1. a'),
      count: fc.integer({ min: 2, max: 1500 }),
      blank: fc.boolean(),
    });
    fc.assert(
      fc.property(run, fc.boolean(), ({ line, count, blank }, markdown) => {
        const text = `${line}\n${blank ? '\n' : ''}`.repeat(count);
        const file = markdown ? 'dup/ru/2020-01-01.md' : 'dup/ru/2020-01-01.txt';
        if (!holds(text, file)) return false;
        const eIds: string[] = [];
        visit(parseEdition(text, { file }).tree, 'provision', (p) => void eIds.push((p as Provision).eId));
        return new Set(eIds).size === eIds.length;
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 12) },
    );
  });

  it('never throws and loses nothing on very long lines', () => {
    const longLine = fc.record({
      parts: fc.array(fragment, { minLength: 1, maxLength: 6 }),
      length: fc.integer({ min: 1000, max: 200_000 }),
      prefix: fc.constantFrom('', '1. ', 'Сноска. ', '> ', '| ', '    '),
    });
    fc.assert(
      fc.property(longLine, fc.boolean(), ({ parts, length, prefix }, markdown) => {
        const unit = parts.join('').replace(/[\r\n]/g, ' ') || 'x';
        const text = `1. Пункт.\n\n${prefix}${unit.repeat(Math.ceil(length / unit.length)).slice(0, length)}\n`;
        return holds(text, markdown ? 'long/ru/2020-01-01.md' : 'long/ru/2020-01-01.txt');
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 20) },
    );
  });

  it('reports an empty source as an error rather than failing', () => {
    const result = parseEdition('', { file: 'empty.txt' });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['empty-source']);
    expect(result.tree.children).toEqual([]);
  });

  it('reports a binary file as an error rather than failing', () => {
    const result = parseEdition('\u0000\u0001PK\u0003\u0004', { file: 'x.md' });
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', code: 'binary-source', line: 1, column: 1 });
  });
});
