import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from './browser.js';

let b: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  b = await openBrowser();
});
afterAll(async () => b.close());

describe('the home page', () => {
  it('says what the site is and where the texts come from', async () => {
    const page = await b.page('/');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/adilet\.zan\.kz and zan\.gov\.kz/);
    expect(await page.locator('main a[href="/guides/sources/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('lists the acts of the collection with their languages', async () => {
    const page = await b.page('/');
    const decree = page.locator('main h2:has-text("The acts") + ul > li', { has: page.locator('a[href="/acts/decree-2011-149/"]') });
    expect(await decree.innerText()).toMatch(/No longer in force since 27 December 2024/);
    expect(await decree.locator('a[href="/acts/decree-2011-149/kk/"]').count()).toBe(1);
    expect(await page.locator('main h2:has-text("The acts") + ul a[href="/acts/law-2008-70-iv/"]').count()).toBe(1);
    await page.close();
  });

  it('has a search box and the latest changes, newest first', async () => {
    const page = await b.page('/');
    expect(await page.locator('main form[role=search] input[name=q]').count()).toBe(1);
    const changes = await page.locator('main h2:has-text("Latest changes") + ul > li').allInnerTexts();
    expect(changes).toContain('27 December 2024: Decree No. 747 of 27 December 2024 — abrogated the whole act (Decree No. 149 of 7 September 2011)');
    // Newest first, whichever act changed last.
    const days = changes.map((c) => Date.parse(c.slice(0, c.indexOf(':'))));
    expect(days.every((d) => !Number.isNaN(d))).toBe(true);
    expect([...days].sort((x, y) => y - x)).toEqual(days);
    await page.close();
  });

  it('is in Russian at /ru/ and in Kazakh at /kk/, each act read in that language, each linking the others', async () => {
    const ru = await b.page('/ru/');
    expect(await ru.locator('html').getAttribute('lang')).toBe('ru');
    const decree = ru.locator('main h2:has-text("Акты") + ul > li', { has: ru.locator('a[href="/acts/decree-2011-149/ru/"]') });
    expect(await decree.innerText()).toMatch(/Утратил силу с 27 декабря 2024 г\. /);
    expect(await decree.innerText()).not.toMatch(/г\.\./);
    expect(await ru.locator('main h2:has-text("Последние изменения") + ul > li').allInnerTexts()).toContain('27 декабря 2024 г.: Указ № 747 от 27 декабря 2024 г. — признал утратившим силу акт в целом (Указ № 149 от 7 сентября 2011 г.)');
    // The header leads to the pages of the same language; the others are a click away.
    expect(await ru.locator('header nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/ru/acts/', '/ru/search/', '/guides/', '/ru/data/']);
    expect(await ru.locator('header form[role=search]').getAttribute('action')).toBe('/ru/search/');
    expect(await ru.locator('link[rel=alternate][hreflang]').evaluateAll((ls) => ls.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`))).toEqual(['en /', 'ru /ru/', 'kk /kk/']);
    await ru.locator('.site-languages a[hreflang=kk]').click();
    await ru.waitForURL(/\/kk\/$/);
    expect(await ru.locator('h1').innerText()).toBe('Қазақстанның нормативтік құқықтық актілері және олардың тарихы');
    // The choice is remembered (src/client/enhance.ts): an act's address would now open Kazakh.
    expect(await ru.evaluate(() => localStorage.getItem('kz-law:language'))).toBe('kk');
    await ru.evaluate(() => localStorage.clear());
    await ru.close();
  });

  it('searches from the box on every page and opens a result at its provision', async () => {
    const page = await b.page('/acts/');
    await page.fill('#site-q', 'Scientific and Expert Council');
    await page.press('#site-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=Scientific/);
    await page.waitForSelector('.result-title a');
    await page.locator('.result-title a').first().click();
    await page.waitForURL(/\/acts\/decree-2011-149\/en\/\?pagefind-highlight=.*#att_1__para_\d+$/);
    // The highlighter is loaded after the page: wait for its marks.
    await page.waitForSelector('.text mark.pagefind-highlight');
    expect(await page.locator('.text mark.pagefind-highlight').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('goes from the home page to an act, a provision and its history', async () => {
    const page = await b.page('/');
    await page.locator('main h2:has-text("The acts") + ul a[href="/acts/decree-2011-149/"]').click();
    // The act opens in its official language (Russian), not the English translation.
    await page.waitForURL(/\/acts\/decree-2011-149\/$/);
    await page.locator('nav.toc a', { hasText: 'Глава 2' }).click();
    await page.waitForURL(/#att_1__chp_2$/);
    await page.locator('[data-eid="att_1__para_5"] > .body > .tools summary').click();
    await page.locator('[data-eid="att_1__para_5"] > .body > .tools a', { hasText: 'История' }).click();
    await page.waitForURL(/\/acts\/decree-2011-149\/ru\/history\/#att_1__para_5$/);
    expect(await page.locator('#att_1__para_5').count()).toBe(1);
    await page.close();
  });
});
