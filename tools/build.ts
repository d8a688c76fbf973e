/**
 * `npm run build`: `astro build` with a heap limit sized to the collection (tools/lib/astro.ts,
 * docs/scale.md), so that a large collection's build holds what it needs rather than a quarter
 * of the machine. Arguments after `--` go to `astro build`; its output passes through as it comes.
 * Exits with Astro's code. If the build runs out of that heap anyway, V8's dump is replaced by one
 * line saying so and what to do.
 */
import { spawn } from 'node:child_process';
import { astroBuildArgs, buildHeap } from './lib/astro.js';

const root = process.cwd();
const build = spawn(process.execPath, [...astroBuildArgs(root), ...process.argv.slice(2)], { cwd: root, stdio: ['inherit', 'inherit', 'pipe'] });
/** V8 starts its out-of-memory report with this line; what follows is its dump, not for the user. */
const OUT_OF_MEMORY = /<--- Last few GCs --->|FATAL ERROR: .*heap/;
let outOfMemory = false;
let pending = '';
build.stderr.setEncoding('utf8');
build.stderr.on('data', (chunk: string) => {
  if (outOfMemory) return;
  const lines = (pending + chunk).split('\n');
  pending = lines.pop()!;
  for (const line of lines) {
    if (OUT_OF_MEMORY.test(line)) {
      outOfMemory = true;
      return;
    }
    process.stderr.write(`${line}\n`);
  }
});
build.on('close', (code) => {
  if (!outOfMemory && pending) process.stderr.write(pending);
  if (outOfMemory) {
    const heap = buildHeap(root);
    const which = heap.given ? 'NODE_OPTIONS gives' : 'sized to the collection';
    process.stderr.write(`build: out of memory with a ${heap.mib} MiB heap (${which}): give it more with NODE_OPTIONS=--max-old-space-size=${heap.mib * 2} npm run build, or build in shards (KZ_SHARD, docs/scale.md)\n`);
  }
  process.exitCode = outOfMemory ? 1 : (code ?? 1);
});
