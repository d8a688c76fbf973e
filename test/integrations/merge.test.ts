import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MergeError, mergeShards } from '../../src/integrations/merge.js';

/* Joining shard outputs: small fake shards, each rule pinned. The real site's merge is checked byte for byte in test/e2e/build.test.ts. */

const HEAD = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const INDEX = (files: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${files.map((f) => `<sitemap><loc>https://example.org/${f}</loc></sitemap>`).join('')}</sitemapindex>`;
const url = (path: string) => `<url><loc>https://example.org${path}</loc></url>`;

let base: string;
afterEach(() => rmSync(base, { recursive: true, force: true }));

function shard(name: string, index: number, count: number, files: Record<string, string>, sitemap: string[]): string {
  const dir = join(base, name);
  const all = { ...files, 'kz-shard.json': JSON.stringify({ index, count }), 'sitemap-0.xml': `${HEAD}${sitemap.map(url).join('')}</urlset>`, 'sitemap-index.xml': INDEX(['sitemap-0.xml']) };
  for (const [path, body] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

describe('mergeShards', () => {
  it('joins the acts of every shard, keeps one copy of the pages they share, and lists every page in the sitemap, in order', async () => {
    base = mkdtempSync(join(tmpdir(), 'kz-merge-'));
    const a = shard('a', 0, 2, { 'index.html': 'home', 'acts/law-10/index.html': 'ten', 'feed.xml': '<feed/>' }, ['/', '/acts/law-10/']);
    const b = shard('b', 1, 2, { 'index.html': 'home', 'acts/law-9/index.html': 'nine', 'data/acts/law-9/ru/2020-01-01.txt': 'text', 'feed.xml': '<feed/>' }, ['/', '/acts/law-9/']);
    const out = join(base, 'out');
    expect(await mergeShards([b, a], out)).toBe(5);
    expect(readFileSync(join(out, 'acts/law-9/index.html'), 'utf8')).toBe('nine');
    expect(readFileSync(join(out, 'acts/law-10/index.html'), 'utf8')).toBe('ten');
    // Numeric order, as @astrojs/sitemap sorts: law-9 before law-10.
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toBe(`${HEAD}${['/', '/acts/law-9/', '/acts/law-10/'].map(url).join('')}</urlset>`);
    expect(readFileSync(join(out, 'sitemap-index.xml'), 'utf8')).toBe(INDEX(['sitemap-0.xml']));
    // The shard marks are consumed; the archive and the search index are made over the whole.
    expect(() => readFileSync(join(out, 'kz-shard.json'))).toThrow();
    expect(JSON.parse(readFileSync(join(out, 'data/manifest.json'), 'utf8')).files.map((f: { path: string }) => f.path)).toEqual(['data/acts/law-9/ru/2020-01-01.txt', 'feed.xml']);
    expect(readFileSync(join(out, 'pagefind/shards.json'), 'utf8')).toBe('{}');
  });

  it('stops when two shards wrote the same page differently, naming it', async () => {
    base = mkdtempSync(join(tmpdir(), 'kz-merge-'));
    const a = shard('a', 0, 2, { 'index.html': 'home', 'feed.xml': '' }, ['/']);
    const b = shard('b', 1, 2, { 'index.html': 'home, other', 'feed.xml': '' }, ['/']);
    await expect(mergeShards([a, b], join(base, 'out'))).rejects.toThrow(new MergeError(`index.html: differs between ${a} and ${b}`));
  });

  it('stops when a shard is missing, given twice, or from another split', async () => {
    base = mkdtempSync(join(tmpdir(), 'kz-merge-'));
    const a = shard('a', 0, 2, {}, []);
    const c = shard('c', 1, 3, {}, []);
    await expect(mergeShards([a], join(base, 'out'))).rejects.toThrow(/the shards given are 0\/2: every shard i\/2 is needed once/);
    await expect(mergeShards([a, a], join(base, 'out'))).rejects.toThrow(/0\/2, 0\/2/);
    await expect(mergeShards([a, c], join(base, 'out'))).rejects.toThrow(/0\/2, 1\/3/);
    await expect(mergeShards([join(base, 'nothing')], join(base, 'out'))).rejects.toThrow(/not the output of a shard build/);
  });
});
