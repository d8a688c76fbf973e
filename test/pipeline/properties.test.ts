import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseEdition } from '../../src/pipeline/parse-edition.js';
import { coverage } from '../../src/pipeline/coverage.js';
import { parsedEditionSchema } from '../../src/schemas/edition.js';
import { contentEditions, read } from '../helpers.js';

/*
 * Property tests: on any input, however broken, the parser returns a tree and diagnostics (it
 * never throws), and every non-whitespace character lies in exactly one leaf.
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
  '😀', '\r', 'é', 'x', '0', '9',
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

function holds(text: string, file: string) {
  const result = parseEdition(text, { file });
  const cov = coverage(text, result.tree);
  // The parser's own safety net would re-home lost text; it must never have to.
  const bugs = result.diagnostics.filter((d) => d.code === 'uncovered-text' || d.code === 'overlapping-leaves');
  if (bugs.length) return false;
  if (cov.uncovered.length || cov.overlaps.length) return false;
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
