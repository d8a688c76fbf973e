import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Astro's command-line entry point, as its package declares it (`bin.astro`), so that tests and
 * the bench run `astro build` on the Node.js that runs them (the one the project pins) rather
 * than through a shell that might find another.
 */
export function astroBin(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('astro/package.json');
  const { bin } = require(manifest) as { bin: string | Record<string, string> };
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin.astro!);
}

/** Heap for the build, in MiB: at least this much… */
const MIN_HEAP_MIB = 1024;
/** …or this much plus HEAP_PER_SOURCE_BYTE times the collection's source: what the build holds alive is about 2.5 times it, measured (docs/scale.md). */
const BASE_HEAP_MIB = 512;
const HEAP_PER_SOURCE_BYTE = 2.5;

/**
 * The heap limit a build of the collection at `root` runs with, in MiB. Without one, V8 lets the
 * heap grow towards a quarter of the machine's memory before it collects in earnest (3.3 GiB of
 * Node alone at 1,000 acts), though what the build holds alive is a fraction of that: the
 * library, about 2.5 times the source texts, and a page at a time. Sized to the collection, the
 * heap keeps the build's memory to what it needs on any machine.
 */
export function buildHeapMiB(root: string, env: NodeJS.ProcessEnv = process.env): number {
  const content = join(root, (env.KZ_CONTENT ?? 'content').replace(/\/+$/, ''), 'acts');
  return Math.max(MIN_HEAP_MIB, Math.ceil(BASE_HEAP_MIB + (HEAP_PER_SOURCE_BYTE * bytesUnder(content)) / 2 ** 20));
}

/**
 * The arguments that run `astro build` of the collection at `root` with its heap limit, for
 * `process.execPath`; a limit already in NODE_OPTIONS is the user's and is kept.
 */
export function astroBuildArgs(root: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const given = /--max-old-space-size/.test(env.NODE_OPTIONS ?? '');
  return [...(given ? [] : [`--max-old-space-size=${buildHeapMiB(root, env)}`]), astroBin(), 'build'];
}

function bytesUnder(dir: string): number {
  let bytes = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) bytes += bytesUnder(full);
    else if (entry.isFile()) bytes += statSync(full).size;
  }
  return bytes;
}
