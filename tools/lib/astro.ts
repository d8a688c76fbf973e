import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { contentDir } from '../../src/loaders/files.js';

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
 * The heap limit a build of the collection at `root` runs with, in MiB, and whether NODE_OPTIONS
 * gives it (the user's, kept) or it is sized to the collection. Without a limit, V8 lets the heap
 * grow towards a quarter of the machine's memory before it collects in earnest (3.3 GiB of Node
 * alone at 1,000 acts), though what the build holds alive is a fraction of that: the library,
 * about 2.5 times the source texts, and a page at a time.
 */
export function buildHeap(root: string, env: NodeJS.ProcessEnv = process.env): { mib: number; given: boolean } {
  const given = /--max-old-space-size=(\d+)/.exec(env.NODE_OPTIONS ?? '')?.[1];
  if (given) return { mib: Number(given), given: true };
  const acts = join(root, contentDir(env), 'acts');
  const files = existsSync(acts) ? readdirSync(acts, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()) : [];
  const source = files.reduce((bytes, e) => bytes + statSync(join(e.parentPath, e.name)).size, 0);
  return { mib: Math.max(MIN_HEAP_MIB, Math.ceil(BASE_HEAP_MIB + (HEAP_PER_SOURCE_BYTE * source) / 2 ** 20)), given: false };
}

/** The arguments that run `astro build` of the collection at `root` with its heap limit, for `process.execPath`. */
export function astroBuildArgs(root: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const heap = buildHeap(root, env);
  return [...(heap.given ? [] : [`--max-old-space-size=${heap.mib}`]), astroBin(), 'build'];
}
