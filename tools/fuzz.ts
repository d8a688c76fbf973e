/**
 * `npm run fuzz -- [RUNS] [--seed N] [--out DIR] [--budget-us N]`: a long fuzzing run of the
 * parser, the property tests' checks over many more and bigger inputs (default 20,000). Inputs
 * are mutated real editions from content/acts (read as either format) and generated hostile
 * structure: random fragments of both formats, deep nesting, long runs of duplicate numbers,
 * very long lines, big files. A finding is a throw, a lost or doubled character, a leaf whose
 * value is not its slice, a parser-bug diagnostic, an output that fails its schema, or a parse
 * slower than the budget (superlinear time). Each finding's input is saved for `npm run parse`.
 * Exit 0 without findings, 1 with, 2 on bad usage.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { DUPLICATE_LINES, LONG_LINE_PREFIXES, NESTING_MARKERS, fragment, longLine, mutatedEdition, nesting, violation } from '../test/fixtures/hostile-inputs.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BATCH = 50;

function editions(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(txt|md)$/.test(name)) out.push({ file: relative(ROOT, full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(join(ROOT, 'content/acts'));
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

const extension = fc.constantFrom('md', 'txt');

interface Input {
  kind: string;
  ext: string;
  text: string;
}

function inputs(corpus: Array<{ file: string; text: string }>): fc.Arbitrary<Input> {
  const random = fc
    .record({ parts: fc.array(fragment, { maxLength: 400 }), ext: extension })
    .map(({ parts, ext }) => ({ kind: 'random', ext, text: parts.join('') }));

  const mutated = fc
    .record({ edition: mutatedEdition(corpus, { window: 70_000, edits: 30, edit: 2000 }), flip: fc.boolean() })
    .map(({ edition, flip }) => ({ kind: 'mutated', ext: edition.file.endsWith('.md') !== flip ? 'md' : 'txt', text: edition.text }));

  const deep = fc
    .record({
      marker: fc.constantFrom(...NESTING_MARKERS),
      depth: fc.integer({ min: 1, max: 20_000 }),
      shape: fc.constantFrom('line', 'staircase', 'repeated'),
      edition: fc.constantFrom(...corpus),
      ext: extension,
    })
    .map(({ marker, depth, shape, edition, ext }) => {
      const nested = nesting(marker, depth, shape, { stairs: 400, repeated: 64 });
      const half = edition.text.length >> 1;
      const cut = edition.text.lastIndexOf('\n', half) + 1;
      return { kind: 'deep', ext, text: `${edition.text.slice(0, cut)}\n${nested}\n${edition.text.slice(cut)}` };
    });

  const duplicates = fc
    .record({
      line: fc.constantFrom(...DUPLICATE_LINES),
      count: fc.integer({ min: 2, max: 20_000 }),
      blank: fc.boolean(),
      ext: extension,
    })
    .map(({ line, count, blank, ext }) => ({ kind: 'duplicates', ext, text: `${line}\n${blank ? '\n' : ''}`.repeat(count) }));

  const long = fc
    .record({
      parts: fc.array(fragment, { minLength: 1, maxLength: 8 }),
      length: fc.integer({ min: 1000, max: 500_000 }),
      prefix: fc.constantFrom(...LONG_LINE_PREFIXES),
      ext: extension,
    })
    .map(({ parts, length, prefix, ext }) => ({ kind: 'long-line', ext, text: longLine(parts, length, prefix) }));

  const big = fc
    .record({ edition: fc.constantFrom(...corpus.filter((e) => e.file.endsWith('.md'))), size: fc.integer({ min: 200_000, max: 2_000_000 }) })
    .map(({ edition, size }) => {
      const parts = [edition.text];
      let length = edition.text.length;
      while (length < size) {
        parts.push(edition.text);
        length += edition.text.length + 2;
      }
      return { kind: 'big', ext: 'md', text: parts.join('\n\n') };
    });

  return fc.oneof(
    { weight: 40, arbitrary: mutated },
    { weight: 25, arbitrary: random },
    { weight: 12, arbitrary: deep },
    { weight: 10, arbitrary: duplicates },
    { weight: 12, arbitrary: long },
    { weight: 1, arbitrary: big },
  );
}

/** How long a parse may take before it counts as a finding: linear parsing takes ~1–20 µs a character. */
interface Budget {
  baseMs: number;
  perCharacterUs: number;
}

/** What is wrong with the parse of one input, if anything: the property tests' violations, or too slow. */
function check(input: Input, budget: Budget): string | undefined {
  const start = performance.now();
  const problem = violation(input.text, `fuzz/ru/2020-01-01.${input.ext}`);
  if (problem) return problem;
  const ms = performance.now() - start;
  const allowed = budget.baseMs + (input.text.length * budget.perCharacterUs) / 1000;
  if (ms > allowed) return `slow: ${ms.toFixed(0)} ms for ${input.text.length} characters (budget ${allowed.toFixed(0)} ms)`;
  return undefined;
}

function main(argv: string[]): number {
  let args: ReturnType<typeof parse>;
  const parse = (a: string[]) =>
    parseArgs({
      args: a,
      allowPositionals: true,
      options: { seed: { type: 'string' }, out: { type: 'string' }, 'budget-us': { type: 'string' }, help: { type: 'boolean' } },
    });
  const usage = () => {
    process.stderr.write('usage: npm run fuzz -- [RUNS] [--seed N] [--out DIR] [--budget-us MICROSECONDS_PER_CHARACTER]\n');
    return 2;
  };
  try {
    args = parse(argv);
  } catch {
    return usage();
  }
  const runs = Number(args.positionals[0] ?? 20_000);
  const seed = Number(args.values.seed ?? Date.now() % 2 ** 31);
  if (args.values.help || args.positionals.length > 1 || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) return usage();
  const budget: Budget = { baseMs: 2000, perCharacterUs: Number(args.values['budget-us'] ?? 100) };
  if (!(budget.perCharacterUs > 0)) return usage();
  const out = args.values.out ?? join(tmpdir(), `kz-fuzz-${seed}`);

  const arbitrary = inputs(editions());
  const started = performance.now();
  const findings: Array<{ index: number; kind: string; message: string; saved: string }> = [];
  const counts = new Map<string, number>();
  process.stderr.write(`fuzz: ${runs} inputs, seed ${seed}\n`);
  for (let batch = 0; batch * BATCH < runs; batch++) {
    const samples = fc.sample(arbitrary, { numRuns: Math.min(BATCH, runs - batch * BATCH), seed: seed + batch });
    samples.forEach((input, i) => {
      const index = batch * BATCH + i;
      counts.set(input.kind, (counts.get(input.kind) ?? 0) + 1);
      const message = check(input, budget);
      if (!message) return;
      mkdirSync(out, { recursive: true });
      const saved = join(out, `${String(index).padStart(6, '0')}-${input.kind}.${input.ext}`);
      writeFileSync(saved, input.text);
      writeFileSync(`${saved}.json`, JSON.stringify({ seed, index, kind: input.kind, message }, null, 2) + '\n');
      findings.push({ index, kind: input.kind, message, saved });
      process.stderr.write(`finding #${index} (${input.kind}, ${input.text.length} characters): ${message.split('\n')[0]}\n  saved: ${saved}\n  repeat: npm run parse -- ${saved}\n`);
    });
    const done = Math.min(runs, (batch + 1) * BATCH);
    if (done % 1000 === 0 || done === runs) {
      process.stderr.write(`fuzz: ${done}/${runs} in ${((performance.now() - started) / 1000).toFixed(0)} s, ${findings.length} finding(s)\n`);
    }
  }
  const mix = [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
  process.stdout.write(`${runs} inputs (${mix}), seed ${seed}: ${findings.length} finding(s)${findings.length ? `, inputs saved in ${out}` : ''}\n`);
  return findings.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
