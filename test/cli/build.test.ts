import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { astroBuildArgs, buildHeap } from '../../tools/lib/astro.js';
import { ROOT } from '../helpers.js';

/** A collection folder whose acts hold `bytes` bytes of source. */
function collection(bytes: number) {
  const root = mkdtempSync(join(tmpdir(), 'kz-heap-'));
  mkdirSync(join(root, 'content/acts/law-2000-1/ru'), { recursive: true });
  writeFileSync(join(root, 'content/acts/law-2000-1/ru/2000-01-01.txt'), Buffer.alloc(bytes, 'а'));
  return root;
}

describe('the build’s heap', () => {
  it('is sized to the collection’s source: 512 MiB and 2.5 times the source, and never under 1 GiB', () => {
    expect(buildHeap(collection(1000)).mib).toBe(1024);
    expect(buildHeap(collection(400 * 2 ** 20)).mib).toBe(512 + 1000);
    // The folder KZ_CONTENT names is the one measured.
    const root = collection(10);
    mkdirSync(join(root, 'other/acts/x'), { recursive: true });
    writeFileSync(join(root, 'other/acts/x/a.md'), Buffer.alloc(800 * 2 ** 20));
    expect(buildHeap(root, { KZ_CONTENT: 'other/' }).mib).toBe(512 + 2000);
  });

  it('is given to astro build, unless NODE_OPTIONS gives one', () => {
    const root = collection(1000);
    expect(astroBuildArgs(root, {})[0]).toBe('--max-old-space-size=1024');
    expect(astroBuildArgs(root, {}).slice(-1)).toEqual(['build']);
    expect(astroBuildArgs(root, { NODE_OPTIONS: '--max-old-space-size=4096' })[0]).not.toMatch(/max-old-space-size/);
  });

  it('npm run build says in one line, with what to do, when the build runs out of its heap', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'tools/build.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=16', KZ_OUT_DIR: join(mkdtempSync(join(tmpdir(), 'kz-oom-')), 'dist') },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('build: out of memory with a 16 MiB heap (NODE_OPTIONS gives): give it more with NODE_OPTIONS=--max-old-space-size=32 npm run build');
    // V8's own report (its last collections, a native stack) is not shown.
    expect(r.stderr).not.toMatch(/Last few GCs|FATAL ERROR|node::/);
  });
});
