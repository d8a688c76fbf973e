import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import jsonld from 'jsonld';
import { openBrowser } from './browser.js';
import { DIST } from './dist.js';
import { versionDocumentSchema } from '../../src/schemas/data.js';
import type { Node } from '../../src/schemas/tree.js';
import { checkAtom } from '../atom.js';

/*
 * Open data (issue 8), as served: the files of Decree No. 149 in each language and version agree
 * with the pages; JSON-LD names the repealing act; feeds are Atom; the archive unpacks to the
 * same files; the sitemap lists the pages.
 */

let b: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  b = await openBrowser();
});
afterAll(async () => b.close());

const get = async (path: string) => {
  const r = await fetch(new URL(path, b.baseURL));
  expect(r.status, path).toBe(200);
  return r;
};
const VERSIONS = ['2011-09-07', '2012-12-21', '2017-05-05', '2019-01-24', '2021-01-18', '2021-07-21'];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the data files of Decree No. 149', () => {
  it('exist for each language and version, parse, and agree with the pages: the same provisions, the same words', async () => {
    const page = await b.context.newPage();
    for (const lang of ['en', 'ru', 'kk'] as const) {
      for (const date of VERSIONS) {
        const base = `/data/acts/decree-2011-149/${lang}/${date}`;
        const json = versionDocumentSchema.parse(await (await get(`${base}.json`)).json());
        const xml = await (await get(`${base}.akn.xml`)).text();
        const txt = squash(await (await get(`${base}.txt`)).text());
        expect((await get(`${base}.akn.xml`)).headers.get('content-type')).toMatch(/xml/);
        await page.goto(new URL(`/acts/decree-2011-149/${lang}/${date}/`, b.baseURL).href);
        // Every provision on the page is in the JSON and the XML, and the other way round.
        const onPage = (await page.locator('[data-eid]').evaluateAll((els) => els.map((e) => e.getAttribute('data-eid')!))).sort();
        const eIds: string[] = [];
        const walk = (n: Node) => {
          if ('eId' in n) eIds.push((n as { eId: string }).eId);
          if ('children' in n) for (const c of n.children as Node[]) walk(c);
        };
        walk(json.tree);
        expect([...new Set(eIds)].sort(), `${lang} ${date}`).toEqual([...new Set(onPage)].sort());
        const inXml = new Set([...xml.matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]));
        for (const eId of onPage) expect(inXml.has(eId), `${lang} ${date} ${eId} in the XML`).toBe(true);
        // Each paragraph's words on the page are in the plain text and the XML.
        const paragraphs = await page.locator('[data-eid$="para_5"], [data-eid$="para_11"], [data-eid$="para_25"]').evaluateAll((els) =>
          els.map((e) => ({ eId: e.getAttribute('data-eid')!, text: [...e.querySelectorAll(':scope > .body > p:not(.notice), :scope p:not(.notice)')].map((p) => (p as HTMLElement).innerText).join(' ') })),
        );
        expect(paragraphs.length, `${lang} ${date}`).toBeGreaterThan(0);
        for (const p of paragraphs) {
          const words = squash(p.text).replace(/^\S+\s/, ''); // the number is printed apart on the page
          const sample = words.slice(0, 80);
          if (!sample) continue;
          expect(txt, `${lang} ${date} ${p.eId}`).toContain(sample);
          expect(squash(xml.replace(/<[^>]+>/g, ' ')).replace(/&quot;/g, '"').replace(/&amp;/g, '&'), `${lang} ${date} ${p.eId}`).toContain(sample.replace(/[<>]/g, ''));
        }
      }
    }
    await page.close();
  });

  it('are listed on /ru/data/ and /kk/data/ as on /data/, their sizes in the language’s units', async () => {
    const sizes = async (path: string) => {
      const page = await b.page(path);
      const out = await page.locator('[data-size-of]').evaluateAll((spans) => spans.map((s) => ({ href: s.getAttribute('data-size-of')!, bytes: s.getAttribute('data-bytes'), shown: s.textContent })));
      await page.close();
      return out;
    };
    const en = await sizes('/data/');
    for (const path of ['/ru/data/', '/kk/data/']) {
      const other = await sizes(path);
      expect(other.map((l) => [l.href, l.bytes])).toEqual(en.map((l) => [l.href, l.bytes]));
      expect(other.every((l) => /^\(\d+(,\d)? (Б|КБ|МБ)\)$/.test(l.shown ?? '')), path).toBe(true);
    }
  });

  it('are listed on /data/ with their true sizes, and the archive unpacks to the same files', async () => {
    const page = await b.page('/data/');
    const links = await page.locator('[data-size-of]').evaluateAll((spans) => spans.map((s) => ({ href: s.getAttribute('data-size-of')!, bytes: Number(s.getAttribute('data-bytes')), shown: s.textContent })));
    // Every file listed links to itself, with its size beside it.
    for (const l of links) expect(await page.locator(`a[href="${l.href}"]`).count(), l.href).toBe(1);
    expect(links.every((l) => /^\(\d+(\.\d)? (B|kB|MB)\)$/.test(l.shown ?? ''))).toBe(true);
    expect(links.filter((l) => l.href.includes('/decree-2011-149/'))).toHaveLength(3 * 6 * 3);
    for (const lang of ['en', 'ru', 'kk']) for (const date of VERSIONS) for (const ext of ['json', 'akn.xml', 'txt']) expect(links.some((l) => l.href === `/data/acts/decree-2011-149/${lang}/${date}.${ext}`)).toBe(true);
    let total = 0;
    for (const l of links) {
      const n = (await (await get(l.href)).arrayBuffer()).byteLength;
      expect(n, l.href).toBe(l.bytes);
      total += n;
    }
    expect(Number(await page.locator('[data-size-total]').getAttribute('data-bytes'))).toBe(total);
    const archiveLink = page.getByRole('link', { name: 'Download everything' });
    const archive = new Uint8Array(await (await get((await archiveLink.getAttribute('href'))!)).arrayBuffer());
    expect(Number(await page.locator('[data-archive-size]').getAttribute('data-bytes'))).toBe(archive.byteLength);
    const entries = unzipSync(archive);
    const manifest = JSON.parse(new TextDecoder().decode(entries['data/manifest.json'])) as { files: Array<{ path: string; bytes: number; sha256: string }> };
    expect(Object.keys(entries).sort()).toEqual(['data/manifest.json', ...manifest.files.map((f) => f.path)].sort());
    for (const l of links) expect(manifest.files.some((f) => `/${f.path}` === l.href), l.href).toBe(true);
    for (const f of manifest.files) {
      const served = new Uint8Array(await (await get(`/${f.path}`)).arrayBuffer());
      expect(Buffer.from(entries[f.path]!).equals(Buffer.from(served)), f.path).toBe(true);
      expect(createHash('sha256').update(served).digest('hex')).toBe(f.sha256);
    }
    await page.close();
  });
});

/** Reads the JSON-LD of a page as RDF, with schema.org as the vocabulary (nothing is fetched). */
async function triples(path: string): Promise<string[]> {
  const page = await b.page(path);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  await page.close();
  expect(blocks).toHaveLength(1);
  const data = JSON.parse(blocks[0]!);
  const documentLoader = async (url: string) => ({ contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } });
  const nquads = (await jsonld.toRDF(data, { format: 'application/n-quads', documentLoader } as jsonld.Options.ToRdf)) as unknown as string;
  return nquads.split('\n').filter(Boolean);
}

describe('schema.org Legislation', () => {
  it('on Decree No. 149: parses, and names No. 747 as the act that repealed it and the amending acts', async () => {
    const rdf = await triples('/acts/decree-2011-149/ru/2017-05-05/');
    const self = '<https://kz-legislation.example/acts/decree-2011-149/>';
    expect(rdf).toContain(`${self} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Legislation> .`);
    expect(rdf).toContain(`<https://kz-legislation.example/acts/decree-2024-747/> <https://schema.org/legislationRepeals> ${self} .`);
    expect(rdf).toContain(`<https://kz-legislation.example/acts/decree-2017-471/> <https://schema.org/legislationAmends> ${self} .`);
    for (const [p, o] of [
      ['legislationDateVersion', '"2017-05-05"'],
      ['legislationDate', '"2011-09-07"'],
      ['inLanguage', '"ru"'],
      ['legislationType', '"Decree"'],
      ['legislationIdentifier', '"/akn/kz/act/decree/2011-09-07/149"'],
      ['legislationLegalForce', '"https://schema.org/NoLongerInForce"'],
    ]) {
      expect(rdf, p).toContain(`${self} <https://schema.org/${p}> ${o} .`);
    }
    for (const lang of ['en', 'ru', 'kk']) expect(rdf).toContain(`${self} <https://schema.org/workExample> <https://kz-legislation.example/acts/decree-2011-149/${lang}/> .`);
    expect(rdf.some((t) => t.startsWith(`${self} <https://schema.org/name> "О Положении об Ассамблее народа Казахстана"`))).toBe(true);
  });

  it('on Decree No. 747: it repeals No. 149', async () => {
    const rdf = await triples('/acts/decree-2024-747/ru/');
    expect(rdf).toContain('<https://kz-legislation.example/acts/decree-2024-747/> <https://schema.org/legislationRepeals> <https://kz-legislation.example/acts/decree-2011-149/> .');
  });

  it('on an amending act known by reference: it amends No. 149', async () => {
    const rdf = await triples('/acts/decree-2012-450/ru/');
    expect(rdf).toContain('<https://kz-legislation.example/acts/decree-2012-450/> <https://schema.org/legislationAmends> <https://kz-legislation.example/acts/decree-2011-149/> .');
  });
});

describe('feeds, sitemap and page metadata', () => {
  it('serves the Atom feeds, linked from the pages, valid', async () => {
    const page = await b.page('/acts/decree-2011-149/en/');
    const feedHref = await page.locator('link[rel=alternate][type="application/atom+xml"][href*="decree-2011-149"]').getAttribute('href');
    expect(feedHref).toBe('/acts/decree-2011-149/feed.xml');
    await page.close();
    for (const path of ['/feed.xml', '/acts/decree-2011-149/feed.xml', '/acts/law-2008-70-iv/feed.xml']) {
      const r = await get(path);
      expect(r.headers.get('content-type'), path).toMatch(/xml/);
      const { problems, entries } = checkAtom(await r.text());
      expect(problems, path).toEqual([]);
      expect(entries.length, path).toBeGreaterThan(0);
      for (const e of entries) expect(e.link.startsWith('https://kz-legislation.example/')).toBe(true);
    }
  });

  it('lists every page in the sitemap, and robots.txt points to it', async () => {
    expect(await (await get('/robots.txt')).text()).toMatch(/^Sitemap: https:\/\/kz-legislation\.example\/sitemap-index\.xml$/m);
    const index = await (await get('/sitemap-index.xml')).text();
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const locs = (await Promise.all(maps.map(async (m) => [...(await (await get(m)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => new URL(x[1]!).pathname)))).flat();
    for (const path of ['/', '/acts/', '/acts/decree-2011-149/en/', '/acts/decree-2011-149/kk/2019-01-24/', '/acts/decree-2011-149/ru/org/', '/data/', '/guides/sources/']) expect(locs).toContain(path);
    // An address that leads to another page is not a page of its own.
    for (const path of ['/acts/decree-2011-149/', '/acts/decree-2011-149/kk/2021-07-21/', '/acts/decree-2011-149/history/', '/acts/decree-2011-149/org/']) expect(locs).not.toContain(path);
    for (const path of locs.slice(0, 400)) await get(path);
  });

  it('gives every page a description and Open Graph tags, and a canonical link where the text is shown twice', async () => {
    for (const path of ['/', '/data/', '/acts/decree-2011-149/ru/', '/acts/decree-2011-149/ru/2011-09-07/', '/acts/decree-2011-149/ru/org/']) {
      const page = await b.page(path);
      expect((await page.locator('meta[name=description]').getAttribute('content'))!.length, path).toBeGreaterThan(20);
      for (const p of ['og:title', 'og:description', 'og:type']) expect(await page.locator(`meta[property="${p}"]`).count(), `${path} ${p}`).toBe(1);
      await page.close();
    }
    // Read from the files: an address that leads to another page does not stay in a browser.
    const canonical = async (path: string) => /<link rel="canonical" href="([^"]+)">/.exec(readFileSync(join(DIST, path, 'index.html'), 'utf8'))?.[1];
    expect(await canonical('/acts/decree-2011-149/')).toBe('https://kz-legislation.example/acts/decree-2011-149/ru/');
    expect(await canonical('/acts/decree-2011-149/ru/2021-07-21/')).toBe('https://kz-legislation.example/acts/decree-2011-149/ru/');
    expect(await canonical('/acts/decree-2011-149/history/')).toBe('https://kz-legislation.example/acts/decree-2011-149/ru/history/');
    expect(await canonical('/acts/decree-2011-149/ru/2017-05-05/')).toBe('https://kz-legislation.example/acts/decree-2011-149/ru/2017-05-05/');
  });
});
