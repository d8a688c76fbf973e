import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseEdition } from '../../src/pipeline/parse-edition.js';
import { coverage } from '../../src/pipeline/coverage.js';
import { visit } from 'unist-util-visit';
import type { Provision } from '../../src/schemas/tree.js';
import { contentEditions, read } from '../helpers.js';
import { DUPLICATE_LINES, LONG_LINE_PREFIXES, NESTING_MARKERS, fragment, longLine, mutatedEdition, nesting, otherFormat, violation } from '../fixtures/hostile-inputs.js';

/*
 * Property tests: on any input, however broken, the parser returns a tree and diagnostics (it
 * never throws), every non-whitespace character lies in exactly one leaf, and every leaf's value
 * is what its slice of the source reads. Hostile shapes (deep nesting, long runs of duplicates,
 * very long lines) are generated on purpose; `npm run fuzz` runs the same checks for longer.
 */

const randomDocument = fc.array(fragment, { maxLength: 120 }).map((parts) => parts.join(''));
const editions = contentEditions().map((file) => ({ file, text: read(file) }));
const mutated = mutatedEdition(editions, { window: 4000, edits: 8, edit: 200 });

function holds(text: string, file: string) {
  const problem = violation(text, file);
  if (problem) console.error(`${file}: ${problem}`);
  return problem === undefined;
}

describe('parseEdition on any input', () => {
  it('never throws and loses nothing on random adilet text', () => {
    fc.assert(fc.property(randomDocument, (text) => holds(text, 'random/ru/2020-01-01.txt')), { numRuns: Number(process.env.FC_RUNS ?? 1500) });
  });

  it('holds on the counterexamples the properties have found', () => {
    // A heading designation read across inline HTML ("Статья<div> 3."): its number was cut past
    // the end of its text leaf, into the markup's (found by a CI run, seed 1164589978).
    for (const text of ['Статья<div> 3. Настоящий Закон.\n', '1. Текст.\n\nСтатья<span> 3. Закон.\n']) {
      for (const file of ['x/ru/2022-02-07.md', 'x/ru/2022-02-07.txt']) expect(violation(text, file), `${file}: ${text}`).toBeUndefined();
    }
  });

  it('never throws and loses nothing on random Markdown', () => {
    fc.assert(fc.property(randomDocument, (text) => holds(text, 'random/ru/2020-01-01.md')), { numRuns: Number(process.env.FC_RUNS ?? 1500) });
  });

  it('never throws and loses nothing on mutated real editions, read as either format', () => {
    fc.assert(
      fc.property(mutated, fc.boolean(), ({ file, text }, flip) => holds(text, flip ? otherFormat(file) : file)),
      { numRuns: Number(process.env.FC_RUNS ?? 1500) },
    );
  });

  it('never throws and loses nothing on deep nesting of blockquotes, lists, links and emphasis', () => {
    const nested = fc.record({
      marker: fc.constantFrom(...NESTING_MARKERS),
      depth: fc.integer({ min: 1, max: 3000 }),
      shape: fc.constantFrom('line', 'staircase', 'repeated'),
      around: fc.constantFrom(...editions),
      at: fc.nat(),
    });
    fc.assert(
      fc.property(nested, fc.boolean(), ({ marker, depth, shape, around, at }, markdown) => {
        const deep = nesting(marker, depth, shape, { stairs: 150, repeated: 40 });
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
      line: fc.constantFrom(...DUPLICATE_LINES),
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
    const long = fc.record({
      parts: fc.array(fragment, { minLength: 1, maxLength: 6 }),
      length: fc.integer({ min: 1000, max: 200_000 }),
      prefix: fc.constantFrom(...LONG_LINE_PREFIXES),
    });
    fc.assert(
      fc.property(long, fc.boolean(), ({ parts, length, prefix }, markdown) =>
        holds(longLine(parts, length, prefix), markdown ? 'long/ru/2020-01-01.md' : 'long/ru/2020-01-01.txt'),
      ),
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
