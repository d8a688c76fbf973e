/*
 * Building the collection in shards (docs/scale.md): `KZ_SHARD=i/n` builds the pages and data
 * files of the acts of shard i of n only; every shard reads every act (pages about all acts need
 * their names and status) and renders the site's own pages, and `npm run merge` joins the shards'
 * outputs and makes what spans every act (the archive, the search index, the sitemap). An act's
 * shard is a hash of its slug: it stays where it is as acts are added.
 */

export interface Shard {
  /** 0-based. */
  index: number;
  count: number;
}

/** `KZ_SHARD`'s value (`i/n`, 0 ≤ i < n) as a shard; none when unset. A malformed value throws, saying why. */
export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined || value === '') return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const shard = m ? { index: Number(m[1]), count: Number(m[2]) } : undefined;
  if (!shard || shard.count < 1 || shard.index >= shard.count) throw new Error(`KZ_SHARD="${value}": expected i/n with 0 ≤ i < n, as in 0/2`);
  return shard;
}

/** FNV-1a over the slug's UTF-16 code units: small, stable across machines and Node versions. */
function hash(slug: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) {
    h ^= slug.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The shard an act belongs to among `count`. */
export function shardOf(slug: string, count: number): number {
  return hash(slug) % count;
}

/** Whether this build renders the act `slug`: always, unless built as a shard that does not hold it. */
export function inShard(slug: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(slug, shard.count) === shard.index;
}
