import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../../src/model/shard.js';

describe('building in shards (KZ_SHARD)', () => {
  it('reads i/n, and refuses anything else, saying what it expects', () => {
    expect(parseShard(undefined)).toBeUndefined();
    expect(parseShard('')).toBeUndefined();
    expect(parseShard('1/3')).toEqual({ index: 1, count: 3 });
    for (const bad of ['3/3', '1', '-1/2', 'a/b', '0/0', '1/2/3']) expect(() => parseShard(bad), bad).toThrow(/expected i\/n with 0 ≤ i < n/);
  });

  it('puts every act in exactly one shard, the same one whatever other acts there are', () => {
    const slugs = Array.from({ length: 1000 }, (_, i) => `law-${2000 + (i % 25)}-${i}-vi`);
    for (const count of [1, 2, 3, 8]) {
      const sizes = new Array(count).fill(0);
      for (const slug of slugs) {
        const holders = [...Array(count).keys()].filter((index) => inShard(slug, { index, count }));
        expect(holders).toEqual([shardOf(slug, count)]);
        sizes[holders[0]!]++;
      }
      // Spread evenly enough to split the work: no shard has twice its share.
      for (const n of sizes) expect(n).toBeLessThan((2 * slugs.length) / count);
    }
    // A hash of the slug alone: pinned, so that shards stay put across machines and releases.
    expect(shardOf('decree-2011-149', 2)).toBe(shardOf('decree-2011-149', 2));
    expect([shardOf('decree-2011-149', 1000), shardOf('constitution-1995', 1000)]).toEqual([fnv('decree-2011-149') % 1000, fnv('constitution-1995') % 1000]);
    expect(inShard('anything', undefined)).toBe(true);
  });
});

/** FNV-1a, written out independently of the module. */
function fnv(s: string): number {
  let h = 2166136261n;
  for (const c of s) {
    h ^= BigInt(c.charCodeAt(0));
    h = (h * 16777619n) % 2n ** 32n;
  }
  return Number(h);
}
