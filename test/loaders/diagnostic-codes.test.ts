import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, read } from '../helpers.js';

/*
 * Every diagnostic code the build can print is explained in docs/formats.md: a user who meets
 * `[edition-duplicate]` finds what it means. The codes are read from the source where they are
 * raised: the pipeline's reporter calls, the loaders' problems and diagnostic objects.
 */

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? sources(path) : /\.(ts|astro)$/.test(name) ? [path] : [];
  });
}

const RAISED = [
  /\.(?:error|warn|info)\(\s*'([a-z][a-z0-9]*(?:-[a-z0-9]+)*)'/g,
  /\bcode: '([a-z][a-z0-9]*(?:-[a-z0-9]+)*)'/g,
  /\b(?:problem|at)\([^,()]*, '([a-z][a-z0-9]*(?:-[a-z0-9]+)*)'/g,
  /\bat\('([a-z][a-z0-9]*(?:-[a-z0-9]+)*)'/g,
];

describe('diagnostic codes', () => {
  const raised = new Map<string, string>();
  for (const file of sources('src')) {
    const text = read(file);
    for (const re of RAISED) for (const m of text.matchAll(re)) if (!raised.has(m[1]!)) raised.set(m[1]!, relative(ROOT, join(ROOT, file)));
  }
  const documented = new Set([...read('docs/formats.md').matchAll(/^\|([^|\n]*)\|/gm)].flatMap((m) => [...m[1]!.matchAll(/`([a-z0-9-]+)`/g)].map((c) => c[1]!)));

  it('are found in the source, the loaders’ among them', () => {
    for (const code of ['binary-source', 'glued-footnote', 'provenance-sha256', 'edition-duplicate', 'act-meta-unknown-key', 'guide-provision', 'org-chart']) expect(raised.has(code), code).toBe(true);
  });

  it('each has a row in a table of docs/formats.md', () => {
    expect([...raised].filter(([code]) => !documented.has(code)).map(([code, file]) => `${code} (${file})`)).toEqual([]);
  });
});
