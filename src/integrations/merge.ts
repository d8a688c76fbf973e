import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { makeArchive, SHARD_MARKER, walk } from './archive.js';
import { buildSearchIndex } from './pagefind.js';
import type { Shard } from '../model/shard.js';

/*
 * Joining the outputs of a collection built in shards (KZ_SHARD=i/n, src/model/shard.ts) into
 * the site one build would have made. The shards' pages and data files are disjoint by act; the
 * pages about every act (home, /acts/, the feeds, search, the downloads page) are rendered by
 * every shard from the same library, so where two shards wrote the same file it must be the same
 * bytes. What spans every act is made here, over the joined files, by the same code a single
 * build runs: the sitemap, the archive (src/integrations/archive.ts) and the search index
 * (src/integrations/pagefind.ts).
 */

/** A merge that would publish something wrong: a shard missing or twice, two shards disagreeing. */
export class MergeError extends Error {}

/** @astrojs/sitemap's files: its URL order and its limit of URLs per file. */
const SITEMAP_FILE = /^sitemap-(\d+)\.xml$/;
const SITEMAP_INDEX = 'sitemap-index.xml';
const SITEMAP_ENTRIES = 45_000;

function readShard(dir: string): Shard {
  const marker = join(dir, SHARD_MARKER);
  if (!existsSync(marker)) throw new MergeError(`${dir}: not the output of a shard build (no ${SHARD_MARKER}; build with KZ_SHARD=i/n)`);
  return JSON.parse(readFileSync(marker, 'utf8')) as Shard;
}

/** The sitemap of the joined site: every shard's URLs, in @astrojs/sitemap's order and files. */
function mergeSitemaps(shards: string[], out: string): void {
  const first = readFileSync(join(shards[0]!, 'sitemap-0.xml'), 'utf8');
  const head = first.slice(0, first.indexOf('<url>'));
  const urls = new Map<string, string>();
  for (const dir of shards) {
    for (const name of readdirSync(dir).filter((n) => SITEMAP_FILE.test(n))) {
      for (const m of readFileSync(join(dir, name), 'utf8').matchAll(/<url>(?:(?!<\/url>).)*<\/url>/gs)) urls.set(/<loc>([^<]*)<\/loc>/.exec(m[0])![1]!, m[0]);
    }
  }
  const locs = [...urls.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const name of readdirSync(out).filter((n) => SITEMAP_FILE.test(n))) rmSync(join(out, name));
  const files: string[] = [];
  for (let i = 0; i * SITEMAP_ENTRIES < Math.max(1, locs.length); i++) {
    const name = `sitemap-${i}.xml`;
    writeFileSync(join(out, name), `${head}${locs.slice(i * SITEMAP_ENTRIES, (i + 1) * SITEMAP_ENTRIES).map((l) => urls.get(l)).join('')}</urlset>`);
    files.push(name);
  }
  const index = readFileSync(join(shards[0]!, SITEMAP_INDEX), 'utf8');
  const site = /<loc>(.*?)sitemap-\d+\.xml<\/loc>/.exec(index)![1]!;
  const listed = files.map((f) => `<sitemap><loc>${site}${f}</loc></sitemap>`).join('');
  writeFileSync(join(out, SITEMAP_INDEX), index.replace(/(<sitemapindex[^>]*>).*(<\/sitemapindex>)/s, `$1${listed}$2`));
}

/**
 * Joins the shard outputs `shards` (every shard of one build, once each) into `out`, then makes
 * the sitemap, the archive and the search index of the whole. Returns the number of files joined.
 */
export async function mergeShards(shards: string[], out: string, log: (message: string) => void = () => undefined): Promise<number> {
  if (!shards.length) throw new MergeError('no shard outputs given');
  const seen = shards.map(readShard);
  const count = seen[0]!.count;
  const indexes = seen.map((s) => s.index).sort((a, b) => a - b);
  if (seen.some((s) => s.count !== count) || indexes.join() !== [...Array(count).keys()].join()) {
    throw new MergeError(`the shards given are ${seen.map((s) => `${s.index}/${s.count}`).join(', ')}: every shard i/${count} is needed once`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const from = new Map<string, string>();
  for (const dir of shards) {
    for (const file of walk(dir).map((f) => relative(dir, f).split(sep).join('/'))) {
      if (file === SHARD_MARKER || SITEMAP_FILE.test(file) || file === SITEMAP_INDEX) continue;
      const target = join(out, file);
      const before = from.get(file);
      if (before) {
        // A page about every act, rendered by each shard: it must not depend on the shard.
        if (!readFileSync(target).equals(readFileSync(join(dir, file)))) throw new MergeError(`${file}: differs between ${before} and ${dir}`);
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(dir, file), target);
      from.set(file, dir);
    }
  }
  mergeSitemaps(shards, out);
  const archive = makeArchive(out);
  log(`archive: ${archive.files} files, ${archive.bytes} bytes`);
  await buildSearchIndex(out, log);
  return from.size;
}
