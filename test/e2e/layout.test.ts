import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from './browser.js';

/*
 * Reading, choosing and comparing as a phone and a desktop reader would: where the text starts,
 * what the contents mark, a list of acts that stays readable and filterable, a chooser of
 * versions that works with and without JavaScript.
 */

let phone: Awaited<ReturnType<typeof openBrowser>>;
let desktop: Awaited<ReturnType<typeof openBrowser>>;
let nojs: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  phone = await openBrowser({ viewport: { width: 360, height: 800 } });
  desktop = await openBrowser({ viewport: { width: 1280, height: 900 } });
  nojs = await openBrowser({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
});
afterAll(async () => {
  await phone.close();
  await desktop.close();
  await nojs.close();
});

describe('reading an act on a phone', () => {
  it.each(['/acts/law-2008-70-iv/ru/', '/acts/decree-2011-149/kk/', '/acts/constitution-1995/ru/'])('starts the text within the first two screens (%s)', async (path) => {
    for (const b of [phone, nojs]) {
      const page = await b.page(path);
      const top = await page.locator('.text').evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
      expect(top, path).toBeLessThan(2 * 800);
      expect(await page.locator('nav.toc details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await page.close();
    }
  });

  it('gives the Cite control a tap target of at least 44 × 44 px', async () => {
    const page = await phone.page('/acts/decree-2011-149/ru/');
    const box = await page.locator('.tools > summary').first().boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await page.close();
  });
});

describe('searching on a phone', () => {
  it('folds the filters: the results come first', async () => {
    const page = await phone.page('/search/?q=Assembly');
    await page.waitForFunction(() => /found|No provision/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('details.filters-box').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('.result').first().evaluate((e) => e.getBoundingClientRect().top)).toBeLessThan(800);
    await page.close();
  });
});

describe('reading an act on a desktop', () => {
  it('keeps the contents beside the text, marking the part being read', async () => {
    const page = await desktop.page('/acts/law-2008-70-iv/ru/');
    const toc = page.locator('nav.toc');
    expect(await toc.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const [tocBox, textBox] = [await toc.boundingBox(), await page.locator('.text').boundingBox()];
    expect(tocBox!.x + tocBox!.width).toBeLessThanOrEqual(textBox!.x);
    await page.evaluate(() => {
      document.getElementById('art_10')!.scrollIntoView();
      window.scrollBy(0, 10);
    });
    await page.waitForFunction(() => document.querySelector('.toc a[aria-current]')?.getAttribute('href') === '#art_10');
    // Sticky: still in view after scrolling.
    expect((await toc.boundingBox())!.y).toBeLessThan(900);
    await page.close();
  });
});

describe('the list of acts', () => {
  it('splits no word on a phone', async () => {
    const page = await phone.page('/acts/');
    const split = await page.locator('#acts-list td a, #acts-list td').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const words: string[] = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.textContent ?? '';
          // A break at a hyphen ('административно-/территориальном') is where a word may break.
          for (const m of text.matchAll(/[^\s\-‐–]+/g)) {
            const range = document.createRange();
            range.setStart(n, m.index!);
            range.setEnd(n, m.index! + m[0].length);
            if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) words.push(m[0]);
          }
        }
        return words;
      }),
    );
    expect(split).toEqual([]);
    await page.close();
  });

  it('filters by kind, status, year and language, and sorts', async () => {
    const page = await desktop.page('/acts/');
    const visible = () => page.locator('#acts-list tbody tr:not([hidden])');
    const all = await visible().count();
    await page.selectOption('form.acts-filter select[name=kind]', 'code');
    expect(await visible().count()).toBeLessThan(all);
    expect(new Set(await visible().evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.kind)))).toEqual(new Set(['code']));
    await page.selectOption('form.acts-filter select[name=kind]', '');
    await page.selectOption('form.acts-filter select[name=language]', 'en');
    expect(await visible().evaluateAll((rows) => rows.map((r) => r.querySelector('a')!.getAttribute('href')))).toEqual(['/acts/decree-2011-149/']);
    await page.selectOption('form.acts-filter select[name=language]', '');
    await page.selectOption('form.acts-filter select[name=sort]', 'date-desc');
    const dates = await visible().evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.date!));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await page.locator('form.acts-filter [data-count]').innerText()).toBe(`${all} of ${all} acts shown`);
    await page.close();
  });
});

describe('choosing two versions to compare', () => {
  it('goes to their comparison with JavaScript, in time order', async () => {
    const page = await desktop.page('/acts/decree-2011-149/ru/compare/2017-05-05/2019-01-24/');
    const form = page.locator('form[data-compare-chooser]');
    await form.locator('select[name=from]').selectOption('2021-07-21');
    await form.locator('select[name=to]').selectOption('2012-12-21');
    await form.locator('button[type=submit]').click();
    await page.waitForURL(/\/acts\/decree-2011-149\/ru\/compare\/2012-12-21\/2021-07-21\/$/);
    expect(await page.locator('h1').innerText()).toMatch(/21 декабря 2012 г\..*21 июля 2021 г\./);
    await page.close();
  });

  it('without JavaScript, lands on the chooser page, which lists every step', async () => {
    const page = await nojs.page('/acts/decree-2011-149/kk/compare/2017-05-05/2019-01-24/');
    await page.locator('form[data-compare-chooser] button[type=submit]').click();
    await page.waitForURL(/\/acts\/decree-2011-149\/kk\/compare\/\?from=2017-05-05&to=2019-01-24$/);
    const steps = await page.locator('ol.compare-steps a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(steps).toContain('/acts/decree-2011-149/kk/compare/2017-05-05/2019-01-24/');
    expect(steps).toContain('/acts/decree-2011-149/kk/compare/2011-09-07/2021-07-21/');
    await page.close();
  });

  it('walks the history a step at a time and from change to change', async () => {
    const page = await desktop.page('/acts/decree-2011-149/ru/compare/2012-12-21/2017-05-05/');
    expect(await page.locator('nav[aria-labelledby=pairs-h] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/acts/decree-2011-149/ru/compare/2011-09-07/2012-12-21/',
      '/acts/decree-2011-149/ru/compare/2017-05-05/2019-01-24/',
    ]);
    await page.goto(new URL('/acts/decree-2011-149/ru/compare/2011-09-07/2012-12-21/', desktop.baseURL).href);
    const changed = await page.locator('section.change').evaluateAll((s) => s.map((x) => x.id));
    expect(changed.length).toBeGreaterThan(1);
    expect(await page.locator(`section.change#${changed[0]} .change-nav a`).getAttribute('href')).toBe(`#${changed[1]}`);
    expect(await page.locator('#summary-h ~ p a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(changed.map((id) => `#${id}`));
    // The same comparison in the act's other languages.
    expect(await page.locator('.act-kind a[hreflang]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/acts/decree-2011-149/en/compare/2011-09-07/2012-12-21/',
      '/acts/decree-2011-149/kk/compare/2011-09-07/2012-12-21/',
    ]);
    // Each change named as the notes record it: Decree No. 450 reworded para. 25 and excluded para. 27.
    expect(await page.locator('section.change#att_1__para_25 h3').innerText()).toMatch(/— изложено в новой редакции$/);
    expect(await page.locator('section.change#att_1__para_27 h3').innerText()).toMatch(/— исключено$/);
    await page.close();
  });
});
