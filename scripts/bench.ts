/**
 * `npm run bench`: measures the pipeline and the site and prints a table; writes
 * bench/results.json. Timings are medians of repeated runs after warm-up. Nothing here is
 * asserted: tests check behaviour, this reports cost.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseEdition } from '../src/pipeline/parse-edition.js';
import { parsedEditionSchema } from '../src/schemas/edition.js';
import { listEditions } from '../src/loaders/files.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Row {
  metric: string;
  value: number;
  unit: string;
  note?: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(fn: () => void, runs: number, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

async function parseBench(rows: Row[]) {
  const { editions } = await listEditions(ROOT);
  const sources = await Promise.all(editions.map(async (e) => ({ file: e.file, text: await readFile(join(ROOT, e.file), 'utf8') })));
  const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  const all = () => {
    for (const s of sources) parseEdition(s.text, { file: s.file });
  };
  const ms = time(all, 15);
  rows.push({ metric: 'parse: all of content/', value: ms, unit: 'ms', note: `${sources.length} editions, ${(bytes / 1024).toFixed(0)} KiB` });
  rows.push({ metric: 'parse: throughput', value: bytes / 1024 / 1024 / (ms / 1000), unit: 'MB/s' });
  const validateMs = time(() => {
    for (const s of sources) parsedEditionSchema.parse(parseEdition(s.text, { file: s.file }));
  }, 5);
  rows.push({ metric: 'parse + zod validation: all of content/', value: validateMs, unit: 'ms' });
  const seed = sources.find((s) => s.file.endsWith('.txt'))!;
  rows.push({ metric: 'parse: English seed (warm)', value: time(() => parseEdition(seed.text, { file: seed.file }), 50, 20), unit: 'ms', note: seed.file });
}

function print(rows: Row[]) {
  const w = Math.max(...rows.map((r) => r.metric.length));
  const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
  console.log(`${'metric'.padEnd(w)}  ${'value'.padStart(10)}  unit   note`);
  console.log(`${'-'.repeat(w)}  ${'-'.repeat(10)}  -----  ----`);
  for (const r of rows) console.log(`${r.metric.padEnd(w)}  ${fmt(r.value).padStart(10)}  ${r.unit.padEnd(5)}  ${r.note ?? ''}`);
}

async function main() {
  const rows: Row[] = [];
  await parseBench(rows);
  print(rows);
  await mkdir(join(ROOT, 'bench'), { recursive: true });
  await writeFile(
    join(ROOT, 'bench/results.json'),
    JSON.stringify({ node: process.version, platform: `${process.platform}-${process.arch}`, results: rows }, null, 2) + '\n',
  );
  console.log('\nwritten: bench/results.json');
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
