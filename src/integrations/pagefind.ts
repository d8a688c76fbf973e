import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { parseShard } from '../model/shard.js';
import { versionDocumentSchema, type VersionDocument } from '../schemas/data.js';
import { searchRecords, type SearchRecord } from '../search/records.js';
import { LANGUAGES } from '../model/languages.js';
import type { Language } from '../schemas/language.js';

/**
 * The search index, built in one place when Astro has written the site. Its records come from
 * the version documents the build published (`/data/acts/{act}/{lang}/{date}.json`, the same
 * documents the pages show): one record per unit of the text (src/search/records.ts), linked
 * to the unit's permalink, with filters (act, language, status, amending act, chapter, version).
 *
 * A wording is indexed once: from the current text if it is current, else from the first
 * version that shows it, marked historical. The index is written in shards of bounded size
 * (below), so that neither this process nor Pagefind's holds more than a shard at a time.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'kz-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark times Astro and Pagefind apart: it indexes on its own when this is set.
        if (process.env.KZ_SKIP_PAGEFIND === '1') return;
        // A shard of the collection: the merge indexes every shard's acts at once (npm run merge).
        if (parseShard(process.env.KZ_SHARD)) return;
        await buildSearchIndex(fileURLToPath(dir), (m) => logger.info(m));
      },
    },
  };
}

/**
 * An act in one language as a built site publishes it: how many versions, and a reader of the
 * i-th (oldest first). Documents are read when the index needs them and not kept, so that
 * indexing holds one act's documents at a time however large the collection.
 */
export interface PublishedGroup {
  act: string;
  lang: Language;
  versions: number;
  read: (i: number) => Promise<VersionDocument> | VersionDocument;
}

/** The version documents a built site publishes (`/data/acts/{act}/{lang}/{date}.json`), by act and language. */
export async function publishedGroups(site: string): Promise<PublishedGroup[]> {
  const root = join(site, 'data', 'acts');
  const groups: PublishedGroup[] = [];
  const acts = await readdir(root).catch(() => [] as string[]);
  for (const act of acts.sort()) {
    for (const lang of (await readdir(join(root, act))).sort()) {
      const files = (await readdir(join(root, act, lang))).filter((f) => f.endsWith('.json')).sort().map((f) => join(root, act, lang, f));
      if (files.length) groups.push({ act, lang: lang as Language, versions: files.length, read: async (i) => versionDocumentSchema.parse(JSON.parse(await readFile(files[i]!, 'utf8'))) });
    }
  }
  return groups;
}

/** A record's key is its whole wording: kept as a digest, so that what is remembered stays small. */
const digest = (key: string) => createHash('sha256').update(key).digest('base64');

/**
 * The records of published versions: every act's current wordings first, so that a wording
 * still in force is found on the current text, then the earlier wordings, each once (by its
 * record's `key`, which names the act and language: a wording is the same only within one
 * group). Lazy: one group's documents are read at a time.
 */
export async function* indexedRecords(groups: ReadonlyArray<PublishedGroup>): AsyncGenerator<SearchRecord> {
  const current: Array<Set<string>> = [];
  for (const group of groups) {
    const seen = new Set<string>();
    for (const r of searchRecords(await group.read(group.versions - 1), 'current')) {
      const k = digest(r.key);
      if (seen.has(k)) continue;
      seen.add(k);
      yield r;
    }
    current.push(seen);
  }
  for (const [g, group] of groups.entries()) {
    const seen = current[g]!;
    for (let i = 0; i < group.versions - 1; i++) {
      for (const r of searchRecords(await group.read(i), 'historical')) {
        const k = digest(r.key);
        if (seen.has(k)) continue;
        seen.add(k);
        yield r;
      }
    }
    // The group's historical keys are not needed by any other group.
    current[g] = new Set();
  }
}

/**
 * Records per Pagefind index. Pagefind holds an index in memory until it is written (its peak
 * grows with the records: about 810 MiB for 10,000 at 1,000 acts, measured), so the search index is
 * written in shards: one language each, whole acts, closed once this many records are in it. The
 * browser merges a language's shards (Pagefind's `mergeIndex`), so a shard boundary changes where
 * a record is, not what is found; each shard is one more file to fetch per word searched.
 */
export const SHARD_RECORDS = 10_000;

/** Where each language's shards are (`/pagefind/{lang}/{first act}/`): the search page reads it first. */
export const SHARDS_MANIFEST = 'pagefind/shards.json';

/**
 * The filter that marks a shard's vocabulary record (below); searches leave it out. Pagefind
 * matches a word by the indexed words it begins ("assembl" finds "assembly"), and where an index
 * has none, by the longest indexed word that begins it ("assembly" finds "as"). A shard without
 * an act that has the word would answer with every provision that has a short word like "as",
 * "a" or «а»: so each shard of a language that needs several also holds one record with every
 * word of that language's texts, and a word found anywhere is never one a shard lacks.
 */
export const VOCABULARY_FILTER = 'vocabulary';

/**
 * The distinct words of a language's records, for its shards' vocabulary records. It reads the
 * language's documents once more, so it is made only for a language that needs a second shard.
 */
async function vocabulary(groups: PublishedGroup[]): Promise<string> {
  const seen = new Set<string>();
  for (const group of groups) {
    for await (const r of indexedRecords([group])) {
      // Each word as written between spaces ("ұлттық-мәдени"), and each of its parts.
      for (const token of r.content.toLocaleLowerCase().split(/\s+/u)) {
        const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if (!word) continue;
        seen.add(word);
        for (const part of word.split(/[^\p{L}\p{N}]+/u)) if (part) seen.add(part);
      }
    }
  }
  return [...seen].sort().join(' ');
}

async function add(index: pagefind.PagefindIndex, record: pagefind.CustomRecord): Promise<void> {
  const added = await index.addCustomRecord(record);
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
}

/**
 * Indexes a built site into `{site}/pagefind/`, shard by shard (`KZ_SEARCH_SHARD_RECORDS` sets
 * the size: the browser tests use small shards, so that they search merged ones); returns the
 * number of records.
 */
export async function buildSearchIndex(site: string, log: (message: string) => void = () => undefined, budget = Number(process.env.KZ_SEARCH_SHARD_RECORDS) || SHARD_RECORDS): Promise<number> {
  const groups = await publishedGroups(site);
  const shards: Partial<Record<Language, string[]>> = {};
  let records = 0;
  for (const lang of LANGUAGES) {
    const own = groups.filter((g) => g.lang === lang);
    // The language's vocabulary, made when a first shard fills before its last act.
    let words: string | undefined;
    let shard: { index: pagefind.PagefindIndex; path: string; records: number } | undefined;
    const close = async () => {
      if (!shard) return;
      if (words) await add(shard.index, { url: `/${shard.path}/#${VOCABULARY_FILTER}`, content: words, language: lang, meta: {}, filters: { [VOCABULARY_FILTER]: ['yes'] } });
      const written = await shard.index.writeFiles({ outputPath: join(site, shard.path) });
      if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
      (shards[lang] ??= []).push(`/${shard.path}/`);
      // Closing the Pagefind process frees what it held for this shard.
      await pagefind.close();
      shard = undefined;
    };
    for (const [i, group] of own.entries()) {
      if (!shard) {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        shard = { index, path: `pagefind/${lang}/${group.act}`, records: 0 };
      }
      for await (const r of indexedRecords([group])) {
        await add(shard.index, { url: r.url, content: r.content, language: r.language, meta: r.meta, filters: r.filters });
        shard.records++;
        records++;
      }
      if (shard.records >= budget && i < own.length - 1) {
        words ??= await vocabulary(own);
        await close();
      }
    }
    await close();
  }
  // The highlighter the text pages load (it is the same in every shard).
  const first = Object.values(shards)[0]?.[0];
  if (first) await copyFile(join(site, first, 'pagefind-highlight.js'), join(site, 'pagefind', 'pagefind-highlight.js'));
  // A collection with nothing to index still gets its (empty) list: the search page reads it.
  await mkdir(join(site, 'pagefind'), { recursive: true });
  await writeFile(join(site, SHARDS_MANIFEST), JSON.stringify(shards));
  const count = Object.values(shards).reduce((n, list) => n + list.length, 0);
  log(`indexed ${records} provisions from ${groups.reduce((n, g) => n + g.versions, 0)} versions in ${count} shards`);
  return records;
}
