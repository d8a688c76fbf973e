import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser } from './browser.js';
import { eIdLabel } from '../../src/i18n/index.js';
import { axe } from './axe.js';
import { DIST } from './dist.js';
import { indexedRecords, publishedGroups } from '../../src/integrations/pagefind.js';

let b: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  b = await openBrowser();
});
afterAll(async () => b.close());

/** "Show more" until every hit is shown. */
async function showAll(page: Page) {
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const before = await page.locator('.result').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.result').length > n, before);
  }
}

/** The addresses of the results shown, without the highlight query. */
const shownUrls = (page: Page) => page.locator('.result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.replace(/\?[^#]*/, '')));

/** The search records of the published version documents in one language, as the index holds them. */
async function publishedRecords(lang: string) {
  const records = [];
  for (const group of await publishedGroups(DIST)) if (group.lang === lang) for await (const r of indexedRecords([group])) records.push(r);
  return records;
}

async function search(page: Page) {
  await page.waitForFunction(() => /found|No provision/.test(document.getElementById('search-status')?.textContent ?? ''));
  return page.locator('.result').evaluateAll((items) =>
    items.map((li) => ({
      title: li.querySelector('.result-title')?.textContent ?? '',
      href: li.querySelector('.result-title a')?.getAttribute('href') ?? '',
      meta: li.querySelector('.result-meta')?.textContent ?? '',
      excerpt: li.querySelector('.excerpt')?.textContent ?? '',
      marks: [...li.querySelectorAll('.excerpt mark')].map((m) => m.textContent),
      section: li.closest('section')?.id ?? '',
    })),
  );
}

describe('search', () => {
  it('finds "Scientific and Expert Council" in paragraphs 15–18, 20 and 25, not 19, each linking to its anchor', async () => {
    const page = await b.page('/search/?q=Scientific+and+Expert+Council');
    const results = await search(page);
    // The paragraphs are the Regulations' (the decree's appendix), and the title says so.
    expect(results.map((r) => r.title).sort()).toEqual([15, 16, 17, 18, 20, 25].map((n) => `para. ${n}, ${eIdLabel('att_1', 'en')} — Decree No. 149 of 7 September 2011`).sort());
    expect(results.some((r) => r.href.endsWith('#att_1__para_19'))).toBe(false);
    expect(results.map((r) => Number(/para_(\d+)$/.exec(r.href)![1])).sort((x, y) => x - y)).toEqual([15, 16, 17, 18, 20, 25]);
    for (const r of results) {
      expect(r.href).toMatch(/^\/acts\/decree-2011-149\/en\/\?pagefind-highlight=Scientific&pagefind-highlight=and&pagefind-highlight=Expert&pagefind-highlight=Council#att_1__para_\d+$/);
      expect(r.marks).toContain('Scientific');
    }
    await page.close();
  });

  it('opens the result at its paragraph and marks the words searched for', async () => {
    const page = await b.page('/search/?q=Scientific+and+Expert+Council');
    await search(page);
    await page.locator('.result-title a', { hasText: 'para. 18 ' }).click();
    await page.waitForURL(/#att_1__para_18$/);
    await page.waitForSelector('.text mark.pagefind-highlight');
    const marked = await page.locator('[data-eid="att_1__para_18"] mark.pagefind-highlight').allInnerTexts();
    expect(marked).toEqual(expect.arrayContaining(['Scientific', 'Expert', 'Council']));
    await page.close();
  });

  it('finds the 2011 Russian wording of paragraph 5 for "Лидер Нации", marked historical', async () => {
    const page = await b.page(`/search/?q=${encodeURIComponent('Лидер Нации')}`);
    const results = await search(page);
    // The Regulations said it until 2021.
    const regulations = results.find((r) => r.title.startsWith('para. 5, ') && r.title.endsWith(' — Decree No. 149 of 7 September 2011'));
    expect(regulations).toMatchObject({ section: 'results-historical' });
    expect(regulations!.href).toMatch(/^\/acts\/decree-2011-149\/ru\/2011-09-07\/\?.*#att_1__para_5$/);
    expect(regulations!.meta).toMatch(/^Russian · earlier wording, in the version of 7 September 2011/);
    // The Law's 2010 wording says it too, as does Law No. 290-IV that put it there.
    expect(results.some((r) => r.href.startsWith('/acts/law-2008-70-iv/ru/2010-06-14/') && r.section === 'results-historical')).toBe(true);
    await page.close();
  });

  it('stems Russian: "ассамблеи" finds "Ассамблея"', async () => {
    const page = await b.page(`/search/?q=${encodeURIComponent('ассамблеи')}`);
    const results = await search(page);
    expect(results.some((r) => r.marks.includes('Ассамблея'))).toBe(true);
    await page.close();
  });

  it('searches Kazakh text', async () => {
    const page = await b.page(`/search/?q=${encodeURIComponent('Хатшылық')}`);
    const results = await search(page);
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.meta).toMatch(/^Kazakh/);
    await page.close();
  });

  it('finds an exact phrase in quotes', async () => {
    const loose = await b.page('/search/?q=Council+Assembly');
    const phrase = await b.page(`/search/?q=${encodeURIComponent('"Council of the Assembly"')}`);
    const l = await search(loose);
    const p = await search(phrase);
    expect(p.length).toBeGreaterThan(0);
    expect(p.length).toBeLessThan(l.length);
    for (const r of p) expect(r.excerpt).toMatch(/Council of the Assembly/i);
    await loose.close();
    await phrase.close();
  });

  it('puts current wordings first and shows earlier ones apart', async () => {
    const page = await b.page(`/search/?q=${encodeURIComponent('Секретариат')}`);
    const results = await search(page);
    const sections = results.map((r) => r.section);
    expect(sections[0]).toBe('results-current');
    expect(sections.lastIndexOf('results-current')).toBeLessThan(Math.max(sections.indexOf('results-historical'), sections.length));
    await page.close();
  });

  it('searches a Kazakh query in the Kazakh texts only: no Russian hits on its fragments', async () => {
    const page = await b.page(`/search/?q=${encodeURIComponent('Кеңес')}`);
    const results = await search(page);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.meta.startsWith('Kazakh'))).toBe(true);
    expect(await page.locator('#search-status').innerText()).toMatch(/searched in Kazakh/);
    await page.close();
  });

  it('reaches every hit: the next ones on request, until all are shown', async () => {
    const page = await b.page('/search/?q=Assembly');
    await search(page);
    const total = Number(/^(\d+) provisions? found/.exec(await page.locator('#search-status').innerText())![1]);
    expect(total).toBeGreaterThan(25);
    await showAll(page);
    expect(await page.locator('.result').count()).toBe(total);
    expect(await page.locator('#search-status').innerText()).toMatch(new RegExp(`; ${total} shown\\.$`));
    await page.close();
  });

  it('finds exactly the provisions that have the word, in whichever shard of the index they are', async () => {
    // The test site's Kazakh index is several shards (TEST_BUILD_ENV), searched as one. Kazakh
    // words are not stemmed: a hit is a provision whose text or title has a word beginning with
    // the one typed. The expected hits are read from the published version documents.
    const starts = /(^|[^\p{L}])ассамблея/iu;
    const expected = (await publishedRecords('kk')).filter((r) => starts.test(r.content) || starts.test(r.meta.title ?? '')).map((r) => r.url);
    expect(expected.length).toBeGreaterThan(100);
    const page = await b.page(`/search/?q=${encodeURIComponent('Ассамблея')}&language=Kazakh`);
    await search(page);
    await showAll(page);
    expect((await shownUrls(page)).sort()).toEqual(expected.sort());
    await page.close();
  });

  it('answers a word one shard lacks with nothing from that shard, not with its short words', async () => {
    // Pagefind answers a word its index lacks with the longest indexed word that begins it: «а»
    // for «Ассамблея». Every Russian hit has the word (or its stem) in its text or title.
    const page = await b.page(`/search/?q=${encodeURIComponent('Ассамблея')}&language=Russian`);
    await search(page);
    await showAll(page);
    const urls = new Set(await shownUrls(page));
    expect(urls.size).toBeGreaterThan(100);
    const has = /ассамбл/iu;
    const records = new Map((await publishedRecords('ru')).map((r) => [r.url, `${r.content} ${r.meta.title ?? ''}`]));
    const without = [...urls].filter((u) => !has.test(records.get(u) ?? ''));
    expect(without).toEqual([]);
    await page.close();
  });

  it('never calls the text of a repealed act its current text', async () => {
    const page = await b.page('/search/?q=Secretariat');
    const results = await search(page);
    const decree = results.filter((r) => r.href.startsWith('/acts/decree-2011-149/'));
    expect(decree.length).toBeGreaterThan(0);
    for (const r of decree) expect(r.meta).not.toMatch(/current text/);
    await page.close();
  });

  it('finds a Russian word in all its forms, whichever form is typed', async () => {
    // The stemmer gives «Ассамблея» and «Ассамблеи» different stems: the nominative alone found 9 of the decree's provisions.
    const found = async (q: string) => {
      const page = await b.page(`/search/?q=${encodeURIComponent(q)}&language=Russian&act=${encodeURIComponent('Decree No. 149 of 7 September 2011')}`);
      await search(page);
      const n = Number(/^(\d+)/.exec(await page.locator('#search-status').innerText())?.[1]);
      await page.close();
      return n;
    };
    const nominative = await found('Ассамблея');
    expect(nominative).toBeGreaterThan(40);
    expect(nominative).toBe(await found('Ассамблеи'));
    expect(nominative).toBe(await found('Ассамблеей'));
  });

  it('opens the filters and applies one chosen in the address before searching', async () => {
    const page = await b.page('/search/?q=%D0%90%D1%81%D1%81%D0%B0%D0%BC%D0%B1%D0%BB%D0%B5%D1%8F&language=Russian');
    const results = await search(page);
    expect(await page.locator('details.filters-box').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('#filter-language').inputValue()).toBe('Russian');
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.meta.startsWith('Russian'))).toBe(true);
    await page.close();
  });

  it('narrows results with the filters, as labelled', async () => {
    const page = await b.page('/search/?q=Assembly');
    await search(page);
    // Folded until opened: opening loads their values from every language's index.
    expect(await page.locator('details.filters-box').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#search-filters select').count()).toBe(0);
    await page.locator('details.filters-box > summary').click();
    await page.waitForSelector('#filter-language');
    await page.selectOption('#filter-language', 'Russian');
    const ru = await search(page);
    expect(ru.every((r) => r.meta.startsWith('Russian'))).toBe(true);
    await page.selectOption('#filter-language', '');
    await page.fill('#search-q', 'ассамблея');
    await page.click('#search-form button[type=submit]');
    await search(page);
    await page.selectOption('#filter-version', 'historical');
    const historical = await search(page);
    expect(historical.length).toBeGreaterThan(0);
    expect(historical.every((r) => r.section === 'results-historical')).toBe(true);
    await page.selectOption('#filter-version', '');
    await page.selectOption('#filter-act', 'Law No. 70-IV of 20 October 2008');
    const law = await search(page);
    expect(law.every((r) => r.title.endsWith('Law No. 70-IV of 20 October 2008'))).toBe(true);
    await page.selectOption('#filter-act', 'Decree No. 149 of 7 September 2011');
    await page.selectOption('#filter-chapter', 'Chapter 2');
    const chapter2 = await search(page);
    expect(chapter2.length).toBeGreaterThan(0);
    for (const r of chapter2) expect(Number(/para_(\d+)$/.exec(r.href)![1])).toBeGreaterThanOrEqual(4);
    for (const r of chapter2) expect(Number(/para_(\d+)$/.exec(r.href)![1])).toBeLessThanOrEqual(20);
    await page.selectOption('#filter-chapter', '');
    await page.selectOption('#filter-amending-act', 'Decree No. 450 of 21 December 2012');
    const by450 = await search(page);
    expect(by450.map((r) => /para_(\d+)$/.exec(r.href)![1]).every((n) => ['25', '26', '27', '28', '29'].includes(n!))).toBe(true);
    expect(new URL(page.url()).searchParams.get('amending act')).toBe('Decree No. 450 of 21 December 2012');
    await page.close();
  });

  it('passes axe with results shown', async () => {
    const axeBrowser = await openBrowser({ bypassCSP: true });
    const page = await axeBrowser.page('/search/?q=Council');
    await search(page);
    expect(await axe(page)).toEqual([]);
    await page.close();
    await axeBrowser.close();
  });

  it('says search needs JavaScript, and links to the contents, when it is off', async () => {
    const nojs = await openBrowser({ javaScriptEnabled: false });
    const page = await nojs.page('/search/?q=Council');
    expect(await page.locator('main noscript').count()).toBe(1);
    expect(await page.locator('main .notice').innerText()).toMatch(/^Search needs JavaScript/);
    // Every act is listed, each linked to its text and contents.
    expect(await page.locator('main ul.card-list a[href="/acts/decree-2011-149/"]').count()).toBe(1);
    expect(await page.locator('main ul.card-list li').count()).toBeGreaterThanOrEqual(20);
    expect(await page.locator('#search-form').isVisible()).toBe(false);
    expect(await page.locator('.site-header .noscript-search').innerText()).toMatch(/Search needs JavaScript/);
    // The Russian search page, without JavaScript, in Russian, its acts read in Russian.
    const ru = await nojs.page('/ru/search/?q=Совет');
    expect(await ru.locator('main .notice').innerText()).toMatch(/^Для поиска нужен JavaScript/);
    expect(await ru.locator('main ul.card-list a[href="/acts/decree-2011-149/ru/"]').count()).toBe(1);
    await ru.close();
    await page.close();
    await nojs.close();
  });

  it('speaks the page’s language: the Russian page’s status, filters and result titles are Russian', async () => {
    const page = await b.page('/ru/search/?q=Ассамблея');
    await page.waitForSelector('.result-title a');
    expect(await page.locator('#search-status').innerText()).toMatch(/^Найдено \d+ положени(е|я|й); показано \d+\.$/);
    await page.locator('details.filters-box > summary').click();
    await page.waitForSelector('#filter-language');
    expect(await page.locator('label[for=filter-language]').innerText()).toBe('Язык');
    expect(await page.locator('#filter-language option').allInnerTexts()).toEqual(expect.arrayContaining(['Все', 'Русский', 'Казахский']));
    const titles = await page.locator('.result-title a').allInnerTexts();
    expect(titles.some((t) => /^п\. \d+/.test(t) && / — Указ № \d+ от /.test(t))).toBe(true);
    expect(titles.join(' ')).not.toMatch(/\bpara\.|Decree No\./);
    await page.close();
  });
});
