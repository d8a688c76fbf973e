import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { DIST, TEST_BUILD_ENV, distFiles } from './dist.js';
import { ROOT } from '../helpers.js';
import { astroBuildArgs } from '../../tools/lib/astro.js';

/** Runs `astro build` with another content folder and output folder, each with a cache of its own. */
function build(env: Record<string, string>) {
  const full = { ...process.env, ...TEST_BUILD_ENV, ...env };
  const r = spawnSync(process.execPath, astroBuildArgs(ROOT, full), { cwd: ROOT, encoding: 'utf8', env: full });
  return { code: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/**
 * A fresh output folder inside the project (Astro writes its generated types into an output
 * folder outside the project root) and a fresh cache folder.
 */
function folders(name: string) {
  const base = join(ROOT, 'node_modules/.kz-test-builds');
  mkdirSync(base, { recursive: true });
  const out = mkdtempSync(join(base, `${name}-`));
  const cache = mkdtempSync(join(tmpdir(), `kz-${name}-cache-`));
  return {
    out,
    cache,
    remove() {
      rmSync(out, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    },
  };
}

function fingerprint(dir: string): Map<string, string> {
  return new Map(distFiles(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

describe('the build', () => {
  it('writes the search index in shards of whole acts, one language each, listed for the search page', () => {
    const shards = JSON.parse(readFileSync(join(DIST, 'pagefind/shards.json'), 'utf8')) as Record<string, string[]>;
    expect(Object.keys(shards).sort()).toEqual(['en', 'kk', 'ru']);
    // The test build's shards are small (TEST_BUILD_ENV): each Cyrillic language needs several.
    expect(shards.ru!.length).toBeGreaterThan(2);
    expect(shards.kk!.length).toBeGreaterThan(2);
    const listed = new Set<string>();
    for (const [lang, paths] of Object.entries(shards)) {
      for (const path of paths) {
        expect(path).toMatch(new RegExp(`^/pagefind/${lang}/[a-z0-9-]+/$`));
        const entry = JSON.parse(readFileSync(join(DIST, path, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
        expect(Object.keys(entry.languages)).toEqual([lang]);
        expect(entry.languages[lang]!.page_count).toBeGreaterThan(0);
        listed.add(path);
      }
    }
    // Every shard written is listed, once.
    expect(distFiles(join(DIST, 'pagefind'), /^pagefind-entry\.json$/)).toHaveLength(listed.size);
  });

  it('gives the same site, byte for byte, built again in two shards and merged (deterministic, and splittable across machines)', () => {
    const { out, cache, remove } = folders('shards');
    try {
      // Each shard from the same parse cache, the first one cold: as machines sharing a CI cache would.
      const shards = ['0/2', '1/2'].map((shard, i) => {
        const dir = join(out, `shard-${i}`);
        const r = build({ KZ_SHARD: shard, KZ_OUT_DIR: dir, KZ_CACHE_DIR: cache });
        expect(r.code, r.output).toBe(0);
        return dir;
      });
      // The acts are split: each shard has some acts' pages and not the others'.
      const acts = (dir: string) => new Set(readdirSync(join(dir, 'acts')).filter((a) => existsSync(join(dir, 'acts', a, 'index.html'))));
      const [a0, a1] = shards.map(acts) as [Set<string>, Set<string>];
      expect(a0.size).toBeGreaterThan(5);
      expect(a1.size).toBeGreaterThan(5);
      expect([...a0].filter((a) => a1.has(a))).toEqual([]);
      expect(existsSync(join(shards[0]!, 'pagefind'))).toBe(false);
      const merged = join(out, 'merged');
      const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'tools/merge.ts', merged, ...shards], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...TEST_BUILD_ENV } });
      expect(r.status, r.stderr).toBe(0);
      const a = fingerprint(DIST);
      const b = fingerprint(merged);
      expect([...b.keys()].filter((k) => k.startsWith('pagefind/')).length).toBeGreaterThan(5);
      expect([...b.keys()]).toEqual([...a.keys()]);
      const differ = [...a.keys()].filter((k) => a.get(k) !== b.get(k));
      expect(differ).toEqual([]);
      // A shard missing is refused, naming what is needed.
      const partial = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'tools/merge.ts', join(out, 'partial'), shards[1]!], { cwd: ROOT, encoding: 'utf8' });
      expect(partial.status).toBe(1);
      expect(partial.stderr).toBe('merge: the shards given are 1/2: every shard i/2 is needed once\n');
    } finally {
      remove();
    }
  });

  it('stops on a malformed source with file:line:col: message, and no stack trace', () => {
    const { out, cache, remove } = folders('bad');
    try {
      const r = build({ KZ_CONTENT: 'test/fixtures/site-error', KZ_OUT_DIR: out, KZ_CACHE_DIR: cache });
      expect(r.code).not.toBe(0);
      expect(r.output).toMatch(/^test\/fixtures\/site-error\/acts\/decree-2020-1\/ru\/2020-01-01\.md:3:\d+: error: front matter is not valid YAML/m);
      expect(r.output).not.toMatch(/Stack trace|\n\s+at .+:\d+:\d+\)?\n/);
    } finally {
      remove();
    }
  });

  it('lists a warning in the build report and still builds, losing no text; an act without text yet gets its pages of what is known', () => {
    const { out, cache, remove } = folders('warn');
    try {
      const r = build({ KZ_CONTENT: 'test/fixtures/site-warning', KZ_OUT_DIR: out, KZ_CACHE_DIR: cache });
      expect(r.code, r.output).toBe(0);
      const report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8'));
      expect(report.editions[0].diagnostics).toEqual([
        expect.objectContaining({ severity: 'warning', code: 'glued-footnote', file: 'test/fixtures/site-warning/acts/decree-2020-1/en/2020-01-01.txt', line: 3 }),
      ]);
      const html = readFileSync(join(out, 'acts/decree-2020-1/en/index.html'), 'utf8');
      expect(html).toContain('The second paragraph.');
      expect(html).toContain('Footnote. Paragraph 1 as amended by');
      // An act whose editions are yet to come has its page of what is known in every language,
      // and its own address leads to the first official one.
      for (const lang of ['ru', 'kk', 'en']) expect(readFileSync(join(out, `acts/decree-2020-2/${lang}/index.html`), 'utf8')).toContain('<h1>');
      expect(readFileSync(join(out, 'acts/decree-2020-2/index.html'), 'utf8')).toContain('<meta http-equiv="refresh" content="0; url=/acts/decree-2020-2/ru/">');
    } finally {
      remove();
    }
  });

  it('stops when an org chart quote is not in the provision it cites, naming the entry', () => {
    const { out, cache, remove } = folders('org');
    const content = join(out, 'content');
    try {
      cpSync(join(ROOT, 'content'), content, { recursive: true });
      const chart = join(content, 'org/decree-2011-149.yaml');
      const text = readFileSync(chart, 'utf8');
      const quote = 'quote: "The highest governing body of the Assembly shall be the Session" }';
      expect(text.split(quote).length).toBe(2);
      const altered = text.replace(quote, 'quote: "The highest governing body of the Assembly shall be the Council" }');
      writeFileSync(chart, altered);
      const line = altered.split('\n').findIndex((l) => l.includes('shall be the Council" }')) + 1;
      const r = build({ KZ_CONTENT: relative(ROOT, content), KZ_OUT_DIR: join(out, 'dist'), KZ_CACHE_DIR: cache, KZ_SKIP_PAGEFIND: '1' });
      expect(r.code).not.toBe(0);
      const file = `${relative(ROOT, chart)}:${line}:`;
      expect(r.output).toContain(file);
      expect(r.output).toMatch(/relation session governs assembly: the quote "The highest governing body of the Assembly shall be the Council" is not in att_1__para_7 \(en\)/);
      expect(r.output).not.toMatch(/Stack trace|\n\s+at .+:\d+:\d+\)?\n/);
    } finally {
      remove();
    }
  });
});
