import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import * as pagefind from 'pagefind';
import { openBrowser } from './browser.js';
import { indexedRecords } from '../../src/integrations/pagefind.js';
import { versionDocumentSchema, type VersionDocument } from '../../src/schemas/data.js';
import { serveStatic } from '../../tools/lib/static-server.js';
import { DIST } from './dist.js';

/*
 * The same act gives the same hits however many other acts the index holds: Decree No. 149's
 * records indexed alone, and with nine copies of them under other acts' names and addresses.
 */

let b: Awaited<ReturnType<typeof openBrowser>>;
let work: string;
beforeAll(async () => {
  b = await openBrowser();
  work = await mkdtemp(join(tmpdir(), 'kz-search-scale-'));
});
afterAll(async () => {
  await b.close();
  await rm(work, { recursive: true, force: true });
});

async function decreeVersions(): Promise<VersionDocument[][]> {
  const root = join(DIST, 'data/acts/decree-2011-149');
  const groups: VersionDocument[][] = [];
  for (const lang of (await readdir(root)).sort()) {
    const files = (await readdir(join(root, lang))).filter((f) => f.endsWith('.json')).sort();
    groups.push(await Promise.all(files.map(async (f) => versionDocumentSchema.parse(JSON.parse(await readFile(join(root, lang, f), 'utf8'))))));
  }
  return groups;
}

/** Hits for "Assembly" (English) and «Ассамблея» (Russian) in the first copy, in an index of `copies` copies. */
async function hits(copies: number): Promise<Record<string, string[]>> {
  const records = [];
  for await (const r of indexedRecords((await decreeVersions()).map((docs) => ({ act: docs[0]!.act, lang: docs[0]!.lang, versions: docs.length, read: (i: number) => docs[i]! })))) records.push(r);
  const site = join(work, String(copies));
  const { index } = await pagefind.createIndex({});
  for (let c = 1; c <= copies; c++) {
    for (const r of records) {
      await index!.addCustomRecord({ url: `/copy-${c}${r.url}`, content: r.content, language: r.language, meta: r.meta, filters: { ...r.filters, act: r.filters.act!.map((a) => `${a} (${c})`) } });
    }
  }
  await index!.writeFiles({ outputPath: join(site, 'pagefind') });
  await pagefind.close();
  await writeFile(join(site, 'index.html'), '<!doctype html><html lang="en"><title>search</title></html>');
  const server = await serveStatic(site);
  const page = await b.context.newPage();
  try {
    await page.goto(`${server.url}/`);
    // A string, not a function: the test runner would rewrite a function's import().
    return (await page.evaluate(`(async () => {
      const out = {};
      for (const [lang, query] of [['en', 'Assembly'], ['ru', 'Ассамблея']]) {
        const pagefind = await import('/pagefind/pagefind.js?' + lang);
        document.documentElement.lang = lang;
        const pf = pagefind.createInstance();
        await pf.init();
        const found = await pf.search(query);
        const urls = await Promise.all(found.results.map((r) => r.data().then((d) => d.url)));
        out[lang] = urls.filter((u) => u.startsWith('/copy-1/')).sort();
      }
      return out;
    })()`)) as Record<string, string[]>;
  } finally {
    await page.close();
    await server.close();
  }
}

describe('search at any size of the collection', () => {
  it('gives one act the same hits alone and among nine other copies', async () => {
    const alone = await hits(1);
    const among = await hits(10);
    expect(alone.en!.length).toBeGreaterThan(20);
    expect(alone.ru!.length).toBeGreaterThan(5);
    expect(among).toEqual(alone);
  });
});
