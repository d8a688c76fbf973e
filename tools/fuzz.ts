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
import { parseEdition } from '../src/pipeline/parse-edition.js';
import { coverage } from '../src/pipeline/coverage.js';
import { parsedEditionSchema } from '../src/schemas/edition.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BATCH = 50;
const PARSER_BUGS = new Set(['uncovered-text', 'overlapping-leaves', 'leaf-value-mismatch', 'internal-error', 'markdown-failed']);

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

/** Pieces of both formats, so inputs hit the parsers' rules, not just plain words. */
const FRAGMENTS = [
  'Footnote. ', 'Сноска. ', 'Ескерту. ', 'Paragraph 5 in the wording of the Decree dated 18.01.2021 № 495', 'Chapter 1.',
  'Глава 2. Общие', '3-тарау.', 'Статья 1 . ', 'Article 7.', '1-бап.', '5. ', '25\\. ', '1) ', '14-1) ', 'Исключен',
  'Excluded by Decree No. 450 of 21.12.2012.', 'Алып тасталды', '|', ' | ', '>', '> ', '*', '**', '_', '#', '## ', '\\',
  '---', '***', '```', '~~~', '    ', '\t', '<a id="st1"></a>', '<script>x</script>', '<!--', '-->', '<div>', '[a](b)',
  '[a]', '[a]: /u', '![a](b)', '`code`', '&amp;', '&#32;', '&laquo;', 'APPROVED BY Decree No. 149', 'УТВЕРЖДЕНО',
  'БЕКІТІЛГЕН', 'ПРИЛОЖЕНИЕ', 'ҚОСЫМША', 'President', 'Президент', 'ОГЛАВЛЕНИЕ', 'Unofficial translation', ').12. The ',
  '2012.26. In ', '“', '”', '"', '«', '»', '(', ')', ';', '№ 149-VІ', 'September 7, 2011', '7 сентября 2011 года',
  '2011 жылғы 7 қыркүйектегі', 'Подлежит опубликованию', '(далее - Совет)', '\u00a0', '\ufeff', '\u2028', '😀', '\r',
  'é', 'x', '0', '9',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 3, arbitrary: fc.constantFrom('\n', '\n\n', ' ', '  ', '\n   ', '\r\n') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

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
    .record({
      edition: fc.constantFrom(...corpus),
      start: fc.nat(),
      length: fc.integer({ min: 200, max: 70_000 }),
      flip: fc.boolean(),
      edits: fc.array(
        fc.record({ op: fc.constantFrom('delete', 'duplicate', 'insert', 'swap-lines'), at: fc.nat(), size: fc.integer({ min: 1, max: 2000 }), fragment }),
        { maxLength: 30 },
      ),
    })
    .map(({ edition, start, length, flip, edits }) => {
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
      const ext = edition.file.endsWith('.md') !== flip ? 'md' : 'txt';
      return { kind: 'mutated', ext, text };
    });

  const deep = fc
    .record({
      marker: fc.constantFrom('> ', '>', '1. ', '- ', '* ', '1) ', '  ', '[', '![a ', '*', '_', '**a ', '> 1. '),
      depth: fc.integer({ min: 1, max: 20_000 }),
      shape: fc.constantFrom('line', 'staircase', 'repeated'),
      edition: fc.constantFrom(...corpus),
      ext: extension,
    })
    .map(({ marker, depth, shape, edition, ext }) => {
      const nested =
        shape === 'line'
          ? `${marker.repeat(depth)}x\n`
          : shape === 'staircase'
            ? Array.from({ length: Math.min(depth, 400) }, (_, i) => `${marker.repeat(i + 1)}x`).join('\n') + '\n'
            : `${marker.repeat(Math.min(depth, 64))}x\n`.repeat(Math.ceil(depth / 64));
      const half = edition.text.length >> 1;
      const cut = edition.text.lastIndexOf('\n', half) + 1;
      return { kind: 'deep', ext, text: `${edition.text.slice(0, cut)}\n${nested}\n${edition.text.slice(cut)}` };
    });

  const duplicates = fc
    .record({
      line: fc.constantFrom('1. a', '1) a', 'Статья 1. а', 'Глава 1. А', '1-бап. а', '25\\. a', 'Сноска. Пункт 1 изменен.', '> 1. a'),
      count: fc.integer({ min: 2, max: 20_000 }),
      blank: fc.boolean(),
      ext: extension,
    })
    .map(({ line, count, blank, ext }) => ({ kind: 'duplicates', ext, text: `${line}\n${blank ? '\n' : ''}`.repeat(count) }));

  const longLine = fc
    .record({
      parts: fc.array(fragment, { minLength: 1, maxLength: 8 }),
      length: fc.integer({ min: 1000, max: 500_000 }),
      prefix: fc.constantFrom('', '1. ', 'Сноска. ', '> ', '| ', '    '),
      ext: extension,
    })
    .map(({ parts, length, prefix, ext }) => {
      const unit = parts.join('').replace(/[\r\n]/g, ' ') || 'x';
      return { kind: 'long-line', ext, text: `1. Пункт.\n\n${prefix}${unit.repeat(Math.ceil(length / unit.length)).slice(0, length)}\n` };
    });

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
    { weight: 12, arbitrary: longLine },
    { weight: 1, arbitrary: big },
  );
}

/** How long a parse may take before it counts as a finding: linear parsing takes ~1–20 µs a character. */
interface Budget {
  baseMs: number;
  perCharacterUs: number;
}

/** What is wrong with the parse of one input, if anything. */
function check(input: Input, budget: Budget): string | undefined {
  const file = `fuzz/ru/2020-01-01.${input.ext}`;
  const start = performance.now();
  let result: ReturnType<typeof parseEdition>;
  try {
    result = parseEdition(input.text, { file });
  } catch (e) {
    return `threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
  }
  const ms = performance.now() - start;
  const bugs = result.diagnostics.filter((d) => PARSER_BUGS.has(d.code));
  if (bugs.length) return `parser-bug diagnostics: ${bugs.slice(0, 3).map((d) => `${d.line}:${d.column} ${d.message} [${d.code}]`).join('; ')}`;
  const cov = coverage(input.text, result.tree);
  if (cov.uncovered.length) return `lost text at ${cov.uncovered[0]!.start.line}:${cov.uncovered[0]!.start.column}: "${cov.uncovered[0]!.text.slice(0, 40)}"`;
  if (cov.overlaps.length) return `text in two leaves at ${cov.overlaps[0]!.start.line}:${cov.overlaps[0]!.start.column}`;
  if (cov.mismatches.length) return `leaf value "${cov.mismatches[0]!.value.slice(0, 40)}" is not its slice "${cov.mismatches[0]!.text.slice(0, 40)}"`;
  if (!result.diagnostics.every((d) => d.line >= 1 && d.column >= 1 && d.file === file)) return 'a diagnostic without a place in the file';
  const schema = parsedEditionSchema.safeParse(result);
  if (!schema.success) return `output fails its schema at ${schema.error.issues[0]!.path.join('.')}`;
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
