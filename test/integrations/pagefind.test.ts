import { describe, expect, it } from 'vitest';
import { indexedRecords, type PublishedGroup } from '../../src/integrations/pagefind.js';
import { searchRecords, type SearchRecord } from '../../src/search/records.js';
import { contentLibrary } from '../versioning/library.js';

/*
 * What the search index holds, from the version documents of the real content: each act's
 * current wordings, then each earlier wording once. The documents are read through the group's
 * reader, so the test also sees that indexing asks for each document when it needs it.
 */

async function groupsOf(): Promise<{ groups: PublishedGroup[]; reads: string[] }> {
  const library = await contentLibrary();
  const reads: string[] = [];
  const groups: PublishedGroup[] = [];
  for (const act of library.acts.values()) {
    if (!act.languages.length) continue;
    const versions = library.timeline(act.slug).versions.map((v) => v.date);
    for (const lang of act.languages) {
      groups.push({
        act: act.slug,
        lang,
        versions: versions.length,
        read: (i) => {
          reads.push(`${act.slug}/${lang}/${versions[i]}`);
          return library.version(act, lang, versions[i]!);
        },
      });
    }
  }
  return { groups, reads };
}

describe('indexed records', () => {
  it('holds every current wording, then each earlier wording once, current ones first', async () => {
    const { groups } = await groupsOf();
    const records: SearchRecord[] = [];
    for await (const r of indexedRecords(groups)) records.push(r);
    const firstHistorical = records.findIndex((r) => r.version === 'historical');
    expect(firstHistorical).toBeGreaterThan(0);
    expect(records.slice(firstHistorical).every((r) => r.version === 'historical')).toBe(true);
    const keys = records.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    // Every wording of every version is found: on the current text if it is still in force there.
    const indexed = new Map(records.map((r) => [r.key, r]));
    let shared = 0;
    for (const group of groups) {
      const latest = searchRecords(await group.read(group.versions - 1), 'current');
      for (const r of latest) expect(indexed.get(r.key)?.version).toBe('current');
      const currentKeys = new Set(latest.map((r) => r.key));
      for (let i = 0; i < group.versions - 1; i++) {
        for (const r of searchRecords(await group.read(i), 'historical')) {
          expect(indexed.has(r.key)).toBe(true);
          if (currentKeys.has(r.key)) shared++;
        }
      }
    }
    // Wordings unchanged since an earlier version are many: each is indexed on the current text only.
    expect(shared).toBeGreaterThan(100);
  });

  it('reads one group at a time, each document when it is indexed', async () => {
    const { groups, reads } = await groupsOf();
    const it = indexedRecords(groups);
    await it.next();
    // The first record needs the first group's latest version, and nothing else.
    expect(reads).toHaveLength(1);
    for await (const _ of it);
    const versions = groups.reduce((n, g) => n + g.versions, 0);
    // Each document read once (the latest of each group for its current wordings, the rest for the earlier ones).
    expect(reads).toHaveLength(versions);
  });
});
