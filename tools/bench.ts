/**
 * `npm run bench [-- --acts N[,N…]] [--no-scale] [--no-lighthouse] [--search-only DIST]`: measures the pipeline and the
 * site, prints a table and writes bench/results.json. Timings are medians of repeated runs
 * after warm-up. Nothing here is asserted: tests check behaviour, this reports cost.
 *
 *  - parse: throughput over all of content/, the seed warm;
 *  - build: Astro and Pagefind timed apart, dist/ size;
 *  - the act page: HTML, CSS and JS bytes, raw and gzipped;
 *  - search: Pagefind bytes fetched and time for one query in Chromium (median of 20 queries);
 *  - Lighthouse scores for the act page (system Chromium), where it runs;
 *  - scale: generated collections of N acts (default 100 and 300, in one run so growth shows):
 *    time, pages and bytes per act, peak memory, and the cost per act at the largest N against
 *    the smallest (linear cost is 1.00).
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { chromium } from 'playwright-core';
import { parseEdition } from '../src/pipeline/parse-edition.js';
import { parsedEditionSchema } from '../src/schemas/edition.js';
import { listActs, listEditions } from '../src/loaders/files.js';
import * as pagefind from 'pagefind';
import { buildSearchIndex } from '../src/integrations/pagefind.js';
import { serveStatic } from './lib/static-server.js';
import { astroBin, astroBuildArgs } from './lib/astro.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, 'node_modules/.kz-bench');
const ACT_PAGE = '/acts/decree-2011-149/en/';

interface Row {
  section: string;
  metric: string;
  value: number | null;
  unit: string;
  note?: string;
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SCALE_ACTS = (option('--acts') ?? '100,300').split(',').map(Number).filter((n) => n > 0);

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

// --- parse -------------------------------------------------------------------------------------

async function parseBench(rows: Row[]) {
  const { editions } = await listEditions(ROOT);
  const sources = await Promise.all(editions.map(async (e) => ({ file: e.file, text: await readFile(join(ROOT, e.file), 'utf8') })));
  const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  const ms = time(() => {
    for (const s of sources) parseEdition(s.text, { file: s.file });
  }, 15);
  rows.push({ section: 'parse', metric: 'all of content/', value: ms, unit: 'ms', note: `${sources.length} editions, ${(bytes / 1024).toFixed(0)} KiB` });
  rows.push({ section: 'parse', metric: 'throughput', value: bytes / 1e6 / (ms / 1000), unit: 'MB/s' });
  const validated = time(() => {
    for (const s of sources) parsedEditionSchema.parse(parseEdition(s.text, { file: s.file }));
  }, 5);
  rows.push({ section: 'parse', metric: 'parse + zod validation, all of content/', value: validated, unit: 'ms' });
  const seed = sources.find((s) => s.file.endsWith('.txt'))!;
  rows.push({ section: 'parse', metric: 'English seed, warm', value: time(() => parseEdition(seed.text, { file: seed.file }), 100, 30), unit: 'ms', note: relative(ROOT, join(ROOT, seed.file)) });
}

// --- build -------------------------------------------------------------------------------------

interface Run {
  ms: number;
  peakRssMiB: number;
  code: number | null;
  output: string;
}

/** Sums the resident memory of a process and its descendants (Linux /proc). */
function treeRssKiB(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim();
      if (children) stack.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

/** Runs a command, timing it and sampling the peak memory of its whole process tree. */
function run(command: string, argv: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, argv, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKiB(child.pid));
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - start, peakRssMiB: peak / 1024, code, output });
    });
  });
}

/** Bytes and files under a directory (those whose name matches `only`, where given). */
async function dirSize(dir: string, only?: RegExp): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = await dirSize(full, only);
      bytes += sub.bytes;
      files += sub.files;
    } else if (!only || only.test(entry.name)) {
      bytes += (await stat(full)).size;
      files++;
    }
  }
  return { bytes, files };
}

const astro = (env: Record<string, string>) => run(process.execPath, astroBuildArgs(ROOT, { ...process.env, ...env }), env);

async function buildBench(rows: Row[]): Promise<string> {
  const out = join(WORK, 'site');
  await rm(out, { recursive: true, force: true });
  const built = await astro({ KZ_OUT_DIR: out, KZ_CACHE_DIR: join(WORK, 'cache-site'), KZ_SKIP_PAGEFIND: '1' });
  if (built.code !== 0) throw new Error(`astro build failed:\n${built.output}`);
  const t = performance.now();
  const pages = await buildSearchIndex(out);
  const pagefindMs = performance.now() - t;
  const size = await dirSize(out);
  const index = await dirSize(join(out, 'pagefind'));
  rows.push({ section: 'build', metric: 'Astro build (content layer, pages)', value: built.ms / 1000, unit: 's', note: `peak ${built.peakRssMiB.toFixed(0)} MiB; one run` });
  rows.push({ section: 'build', metric: 'Pagefind index', value: pagefindMs / 1000, unit: 's', note: `${pages} pages` });
  rows.push({ section: 'build', metric: 'dist/ size', value: size.bytes / 1024, unit: 'KiB', note: `${size.files} files` });
  rows.push({ section: 'build', metric: 'search index size', value: index.bytes / 1024, unit: 'KiB', note: `${index.files} files` });
  const data = await dirSize(join(out, 'data', 'acts'));
  const archive = (await stat(join(out, 'data', 'kz-legislation-data.zip'))).size;
  rows.push({ section: 'open data', metric: 'data files (JSON, Akoma Ntoso, text)', value: data.bytes / 1024, unit: 'KiB', note: `${data.files} files` });
  rows.push({ section: 'open data', metric: 'archive (ZIP)', value: archive / 1024, unit: 'KiB', note: `${((archive / data.bytes) * 100).toFixed(0)}% of the files it holds` });
  await bareBench(rows, out, (built.ms + pagefindMs) / 1000);
  await rebuildBench(rows);
  return out;
}

/**
 * A rebuild after one edition changes, against a build of the same content from a cold cache:
 * what the caches by content digest save today (only parsing: every page is rendered again).
 */
async function rebuildBench(rows: Row[]) {
  const content = join(WORK, 'rebuild-content');
  const out = join(WORK, 'rebuild-site');
  const cache = join(WORK, 'cache-rebuild');
  await Promise.all([content, out, cache].map((d) => rm(d, { recursive: true, force: true })));
  await cp(join(ROOT, 'content'), content, { recursive: true });
  const env = { KZ_CONTENT: relative(ROOT, content), KZ_OUT_DIR: out, KZ_CACHE_DIR: cache };
  const cold = await astro(env);
  if (cold.code !== 0) throw new Error(`astro build failed:\n${cold.output}`);
  const { editions } = await listEditions(ROOT);
  const edition = editions.find((e) => e.file.includes('decree-2011-149')) ?? editions[0]!;
  const file = join(content, relative('content', edition.file));
  // One more line at the end: a new digest, the same text; its provenance updated as a new
  // copy of an edition would be (act.yaml records each file's sha256).
  const before = await readFile(file);
  const after = Buffer.concat([before, Buffer.from('\n')]);
  await writeFile(file, after);
  const meta = join(content, 'acts', edition.act, 'act.yaml');
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  await writeFile(meta, (await readFile(meta, 'utf8')).replace(sha(before), sha(after)));
  const warm = await astro(env);
  if (warm.code !== 0) throw new Error(`astro build failed:\n${warm.output}`);
  rows.push({ section: 'build', metric: 'build from a cold cache (with Pagefind)', value: cold.ms / 1000, unit: 's', note: 'one run' });
  rows.push({ section: 'build', metric: 'rebuild after one edition changes', value: warm.ms / 1000, unit: 's', note: `${relative(ROOT, edition.file)}; one run; pages are all rendered again` });
  await Promise.all([content, out, cache].map((d) => rm(d, { recursive: true, force: true })));
}

/**
 * The framework's own cost, as a baseline: a bare Astro site that renders the same pages (the
 * built HTML of every page, emitted as-is from one dynamic route) and indexes them with
 * Pagefind's defaults. Our build divided by this one is what the content work costs on top of
 * Astro and Pagefind themselves.
 */
async function bareBench(rows: Row[], site: string, oursSeconds: number) {
  const root = join(WORK, 'bare');
  await rm(root, { recursive: true, force: true });
  await mkdir(join(root, 'src/pages'), { recursive: true });
  const pages: Array<{ path: string; html: string }> = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro' && entry.name !== 'data') await walk(full);
      } else if (entry.name === 'index.html') {
        pages.push({ path: relative(site, dir).split('/').filter(Boolean).join('/'), html: await readFile(full, 'utf8') });
      }
    }
  };
  await walk(site);
  await writeFile(join(root, 'pages.json'), JSON.stringify(pages));
  await writeFile(join(root, 'astro.config.mjs'), "export default { output: 'static', trailingSlash: 'always', devToolbar: { enabled: false } };\n");
  await writeFile(
    join(root, 'src/pages/[...path].astro'),
    [
      '---',
      "import { readFileSync } from 'node:fs';",
      'export function getStaticPaths() {',
      `  const pages = JSON.parse(readFileSync(${JSON.stringify(join(root, 'pages.json'))}, 'utf8'));`,
      '  return pages.map((p) => ({ params: { path: p.path || undefined }, props: { html: p.html } }));',
      '}',
      '---',
      '<Fragment set:html={Astro.props.html} />',
      '',
    ].join('\n'),
  );
  const built = await run(process.execPath, [astroBin(), 'build', '--root', root], {});
  if (built.code !== 0) {
    rows.push({ section: 'build', metric: 'bare Astro + Pagefind baseline', value: null, unit: '', note: built.output.split('\n').filter(Boolean).slice(-2).join(' | ') });
    return;
  }
  const t = performance.now();
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: join(root, 'dist') });
  await index!.writeFiles({ outputPath: join(root, 'dist', 'pagefind') });
  await pagefind.close();
  const bare = (built.ms + performance.now() - t) / 1000;
  rows.push({ section: 'build', metric: 'bare Astro + Pagefind, same pages', value: bare, unit: 's', note: `${pages.length} pages, Astro step ${(built.ms / 1000).toFixed(2)} s; one run, the same session` });
  rows.push({ section: 'build', metric: 'full build ÷ bare baseline', value: oursSeconds / bare, unit: '×', note: `ours ${oursSeconds.toFixed(2)} s (Astro + Pagefind)` });
  await rm(root, { recursive: true, force: true });
}

async function pageWeight(rows: Row[], site: string) {
  const htmlFile = join(site, ACT_PAGE, 'index.html');
  const html = await readFile(htmlFile);
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const js = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const weigh = async (paths: string[]) => {
    let raw = 0;
    let gz = 0;
    for (const p of paths) {
      const body = await readFile(join(site, p));
      raw += body.length;
      gz += gzipSync(body).length;
    }
    return { raw, gz };
  };
  const c = await weigh(css);
  const j = await weigh(js);
  rows.push({ section: 'act page', metric: 'HTML', value: html.length / 1024, unit: 'KiB', note: `${(gzipSync(html).length / 1024).toFixed(1)} KiB gzipped; ${ACT_PAGE}` });
  rows.push({ section: 'act page', metric: 'CSS', value: c.raw / 1024, unit: 'KiB', note: `${(c.gz / 1024).toFixed(1)} KiB gzipped, ${css.length} file(s)` });
  rows.push({ section: 'act page', metric: 'JS', value: j.raw / 1024, unit: 'KiB', note: `${(j.gz / 1024).toFixed(1)} KiB gzipped, ${js.length} file(s)` });
}

// --- search in the browser ---------------------------------------------------------------------

const QUERIES = [
  'Scientific and Expert Council', 'Assembly', 'Secretariat', 'Ассамблея', 'Лидер Нации', 'Совет', 'Хатшылық',
  'Session', 'ethno-cultural', 'Президент', 'Мажилис', 'commission', 'Концепция', 'working group', 'Кеңес',
  'regions', 'депутат', 'Mazhilis', 'апарат', 'national unity',
];

async function searchBench(rows: Row[], site: string) {
  const server = await serveStatic(site);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Counted where they are served: Pagefind fetches from Web Workers, which the page's own
    // network events do not show. Pagefind's files are compressed already.
    const pagefindBytes = () => server.served.filter((f) => f.path.startsWith('/pagefind/')).reduce((n, f) => n + f.bytes, 0);
    // The search page itself, as a reader uses it: the time from submitting a query to the
    // results on screen (the status line reporting them).
    await page.goto(`${server.url}/search/`);
    await page.waitForFunction(() => {
      const s = document.getElementById('search-status')?.textContent ?? '';
      return !(document.getElementById('search-form') as HTMLFormElement).hidden && !s.startsWith('Loading');
    });
    const query = async (q: string) => {
      await page.fill('#search-q', q);
      const t = performance.now();
      await page.press('#search-q', 'Enter');
      await page.waitForFunction(() => {
        const s = document.getElementById('search-status')?.textContent ?? '';
        return s !== '' && !s.startsWith('Searching');
      });
      const status = (await page.textContent('#search-status')) ?? '';
      return { ms: performance.now() - t, hits: Number(/^(\d+)/.exec(status)?.[1] ?? 0) };
    };
    const setupBytes = pagefindBytes();
    const first = await query(QUERIES[0]!);
    const firstBytes = pagefindBytes();
    const times: number[] = [];
    for (const q of QUERIES) times.push((await query(q)).ms);
    rows.push({ section: 'search', metric: 'Pagefind bytes before a query', value: setupBytes / 1024, unit: 'KiB', note: 'each language’s index loads with the first query searched in it' });
    rows.push({ section: 'search', metric: 'bytes fetched for the first query', value: (firstBytes - setupBytes) / 1024, unit: 'KiB', note: `"${QUERIES[0]}" (English index): ${first.hits} results shown` });
    rows.push({ section: 'search', metric: 'query to results on screen, median of 20', value: median(times), unit: 'ms', note: `first query ${first.ms.toFixed(0)} ms` });
    rows.push({ section: 'search', metric: 'bytes fetched for all 21 queries', value: (pagefindBytes() - setupBytes) / 1024, unit: 'KiB' });
    // A first query in Cyrillic, on a fresh page and cache: the Russian and Kazakh indexes.
    const fresh = await browser.newContext();
    const cyrillic = await fresh.newPage();
    await cyrillic.goto(`${server.url}/search/`);
    const before = pagefindBytes();
    await cyrillic.fill('#search-q', 'Ассамблея');
    await cyrillic.press('#search-q', 'Enter');
    await cyrillic.waitForFunction(() => /^\d+ provisions? found/.test(document.getElementById('search-status')?.textContent ?? ''));
    rows.push({ section: 'search', metric: 'bytes fetched for a first query in Cyrillic', value: (pagefindBytes() - before) / 1024, unit: 'KiB', note: '"Ассамблея" (Russian and Kazakh indexes), fresh cache' });
    await fresh.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

// --- Lighthouse --------------------------------------------------------------------------------

async function lighthouseBench(rows: Row[], site: string) {
  const server = await serveStatic(site);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--remote-debugging-port=9333'] });
  try {
    const { default: lighthouse } = await import('lighthouse');
    const result = await lighthouse(`${server.url}${ACT_PAGE}`, {
      port: 9333,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result?.lhr.categories ?? {};
    for (const category of Object.values(categories)) {
      rows.push({ section: 'lighthouse', metric: `${category.title} (act page)`, value: category.score === null ? null : Math.round(category.score * 100), unit: '/100' });
    }
  } catch (e) {
    rows.push({ section: 'lighthouse', metric: 'not run', value: null, unit: '', note: (e as Error).message.split('\n')[0] });
  } finally {
    await browser.close();
    await server.close();
  }
}

// --- scale -------------------------------------------------------------------------------------

/**
 * A collection of N acts made by re-identifying the real ones: each group of copies gets new
 * numbers (`149` → `149-7`), with references between the acts of a group (abrogated by, repeals)
 * rewritten to the group's copies. The texts are the real editions, unchanged.
 */
async function generateCollection(n: number): Promise<string> {
  const dir = join(WORK, `scale-${n}`);
  await rm(dir, { recursive: true, force: true });
  const real = await listActs(ROOT);
  for (let i = 0; i < n; i++) {
    const group = Math.floor(i / real.length) + 1;
    const slug = real[i % real.length]!;
    const copy = (s: string) => `${s}-${group}`;
    const source = join(ROOT, 'content/acts', slug);
    const target = join(dir, 'acts', copy(slug));
    await cp(source, target, { recursive: true });
    const meta = parseYaml(await readFile(join(source, 'act.yaml'), 'utf8')) as Record<string, unknown> & {
      number?: string;
      status: { abrogated?: { by: string } };
      repeals?: string[];
    };
    // An act without a number (a constitution: folder `{type}-{year}`) gets the group as its number.
    meta.number = meta.number ? `${meta.number}-${group}` : String(group);
    // A reference must name an act the site has (the build checks it): the group's copy where
    // the collection holds it, else the original, which the texts cite.
    const held = (s: string) => real.includes(s) && (group - 1) * real.length + real.indexOf(s) < n;
    if (meta.status.abrogated) meta.status.abrogated.by = held(meta.status.abrogated.by) ? copy(meta.status.abrogated.by) : meta.status.abrogated.by;
    if (meta.repeals) meta.repeals = meta.repeals.filter(held).map(copy);
    await writeFile(join(target, 'act.yaml'), stringifyYaml(meta));
  }
  return relative(ROOT, dir);
}

interface ScaleRun {
  n: number;
  seconds: number;
}

async function scaleBench(rows: Row[], n: number): Promise<ScaleRun | undefined> {
  const content = await generateCollection(n);
  const out = join(WORK, `scale-site-${n}`);
  await rm(out, { recursive: true, force: true });
  const r = await astro({ KZ_CONTENT: content, KZ_OUT_DIR: out, KZ_CACHE_DIR: join(WORK, `cache-scale-${n}`) });
  if (r.code !== 0) {
    rows.push({ section: `scale (${n} acts)`, metric: 'build failed', value: null, unit: '', note: r.output.split('\n').filter(Boolean).slice(-3).join(' | ') });
    return undefined;
  }
  const { editions } = await listEditions(ROOT);
  const perAct = editions.length / (await listActs(ROOT)).length;
  const size = await dirSize(out);
  const pages = (await dirSize(out, /\.html$/)).files;
  rows.push({ section: `scale (${n} acts)`, metric: 'full build (Astro + Pagefind)', value: r.ms / 1000, unit: 's', note: `${Math.round(n * perAct)} editions, ${size.files} files, ${(size.bytes / 1e6).toFixed(0)} MB; one run` });
  rows.push({ section: `scale (${n} acts)`, metric: 'time per act', value: r.ms / n, unit: 'ms' });
  rows.push({ section: `scale (${n} acts)`, metric: 'pages per act', value: pages / n, unit: '', note: `${pages} pages` });
  rows.push({ section: `scale (${n} acts)`, metric: 'output per act', value: size.bytes / n / 1e6, unit: 'MB' });
  rows.push({ section: `scale (${n} acts)`, metric: 'peak memory (process tree)', value: r.peakRssMiB, unit: 'MiB', note: `${((r.peakRssMiB * 1024) / n).toFixed(0)} KiB per act` });
  await rm(out, { recursive: true, force: true });
  return { n, seconds: r.ms / 1000 };
}

/** The cost per act at the largest collection against the smallest: 1.00 is linear. */
function growth(rows: Row[], runs: ScaleRun[]) {
  if (runs.length < 2) return;
  const [small, large] = [runs[0]!, runs.at(-1)!];
  rows.push({
    section: 'scale',
    metric: `time per act, ${large.n} ÷ ${small.n} acts`,
    value: large.seconds / large.n / (small.seconds / small.n),
    unit: '×',
    note: 'goal: within 1.15',
  });
}

// --- report ------------------------------------------------------------------------------------

function print(rows: Row[]) {
  const fmt = (v: number | null) => (v === null ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
  const label = (r: Row) => `${r.section}: ${r.metric}`;
  const w = Math.max(...rows.map((r) => label(r).length));
  console.log(`${'metric'.padEnd(w)}  ${'value'.padStart(9)}  ${'unit'.padEnd(5)}  note`);
  console.log(`${'-'.repeat(w)}  ${'-'.repeat(9)}  -----  ----`);
  for (const r of rows) console.log(`${label(r).padEnd(w)}  ${fmt(r.value).padStart(9)}  ${r.unit.padEnd(5)}  ${r.note ?? ''}`);
}

async function main() {
  await mkdir(WORK, { recursive: true });
  const rows: Row[] = [];
  await parseBench(rows);
  const site = await buildBench(rows);
  await pageWeight(rows, site);
  await searchBench(rows, site);
  if (!args.includes('--no-lighthouse')) await lighthouseBench(rows, site);
  if (!args.includes('--no-scale')) {
    const runs: ScaleRun[] = [];
    for (const n of SCALE_ACTS) {
      const done = await scaleBench(rows, n);
      if (done) runs.push(done);
    }
    growth(rows, runs);
  }
  print(rows);
  await mkdir(join(ROOT, 'bench'), { recursive: true });
  await writeFile(
    join(ROOT, 'bench/results.json'),
    JSON.stringify({ node: process.version, platform: `${process.platform}-${process.arch}`, chromium: existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : null, results: rows }, null, 2) + '\n',
  );
  console.log('\nwritten: bench/results.json');
}

if (args.includes('--rebuild-only')) {
  // The rebuild measurement alone (it builds the site twice).
  const rows: Row[] = [];
  mkdir(WORK, { recursive: true })
    .then(() => rebuildBench(rows))
    .then(() => print(rows));
} else if (args.includes('--generate-only')) {
  generateCollection(SCALE_ACTS[0] ?? 100).then((dir) => console.log(dir));
} else if (option('--search-only')) {
  // Search and page weight of a site built elsewhere (another commit's dist/), for comparisons.
  const rows: Row[] = [];
  pageWeight(rows, option('--search-only')!)
    .then(() => searchBench(rows, option('--search-only')!))
    .then(() => print(rows));
} else main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
