import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { versionDocumentSchema, type VersionDocument } from '../schemas/data.js';
import { searchRecords, type SearchRecord } from '../search/records.js';

/**
 * The search index, built in one place when Astro has written the site. Its records come from
 * the version documents the build published (`/data/acts/{act}/{lang}/{date}.json`, the same
 * documents the pages show): one record per unit of the text (src/search/records.ts), linked
 * to the unit's permalink, with filters (act, language, status, amending act, chapter, version).
 *
 * A wording is indexed once: from the current text if it is current, else from the first
 * version that shows it, marked historical.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'kz-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark times Astro and Pagefind apart: it indexes on its own when this is set.
        if (process.env.KZ_SKIP_PAGEFIND === '1') return;
        await buildSearchIndex(fileURLToPath(dir), (m) => logger.info(m));
      },
    },
  };
}

/** The version documents a built site publishes, by act and language, oldest version first. */
async function publishedVersions(site: string): Promise<VersionDocument[][]> {
  const root = join(site, 'data', 'acts');
  const groups: VersionDocument[][] = [];
  const acts = await readdir(root).catch(() => [] as string[]);
  for (const act of acts.sort()) {
    for (const lang of (await readdir(join(root, act))).sort()) {
      const files = (await readdir(join(root, act, lang))).filter((f) => f.endsWith('.json')).sort();
      const docs: VersionDocument[] = [];
      for (const f of files) docs.push(versionDocumentSchema.parse(JSON.parse(await readFile(join(root, act, lang, f), 'utf8'))));
      if (docs.length) groups.push(docs);
    }
  }
  return groups;
}

/**
 * The records of published versions (grouped by act and language, oldest first): current
 * wordings first, so that a wording still in force is found on the current text, and each
 * wording once (by its record's `key`).
 */
export function indexedRecords(groups: VersionDocument[][]): SearchRecord[] {
  const current: SearchRecord[] = [];
  const historical: SearchRecord[] = [];
  for (const docs of groups) {
    docs.forEach((doc, i) => {
      if (i === docs.length - 1) current.push(...searchRecords(doc, 'current'));
      else historical.push(...searchRecords(doc, 'historical'));
    });
  }
  const seen = new Set<string>();
  return [...current, ...historical].filter((r) => {
    if (seen.has(r.key)) return false;
    seen.add(r.key);
    return true;
  });
}

/** Indexes a built site into `{site}/pagefind/`; returns the number of records. */
export async function buildSearchIndex(site: string, log: (message: string) => void = () => undefined): Promise<number> {
  const groups = await publishedVersions(site);
  const records = indexedRecords(groups);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const r of records) {
    const added = await index.addCustomRecord({ url: r.url, content: r.content, language: r.language, meta: r.meta, filters: r.filters });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  log(`indexed ${records.length} provisions from ${groups.reduce((n, docs) => n + docs.length, 0)} versions`);
  await pagefind.close();
  return records.length;
}
