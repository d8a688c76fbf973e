import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from './browser.js';
import { axe } from './axe.js';
import { PAGE_TYPES } from './pages.js';

let b: Awaited<ReturnType<typeof openBrowser>>;
let axeBrowser: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  b = await openBrowser();
  axeBrowser = await openBrowser({ bypassCSP: true });
});
afterAll(async () => {
  await b.close();
  await axeBrowser.close();
});

describe('every page type', () => {
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    it.concurrent(`${name} (${path}) has one h1, landmarks, a skip link and no axe violations (WCAG 2.2 A/AA)`, async () => {
      const page = await axeBrowser.page(path);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('main#main').count()).toBe(1);
      expect(await page.locator('header').count()).toBeGreaterThan(0);
      expect(await page.locator('footer').count()).toBe(1);
      expect(await page.locator('a.skip-link[href="#main"]').count()).toBe(1);
      // Headings never skip a level.
      const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i} of ${path}`).toBeLessThanOrEqual(1);
      expect(await axe(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('the text of Decree No. 149', () => {
  it('shows the status in plain words, linking to Decree No. 747', async () => {
    const page = await b.page('/acts/decree-2011-149/en/');
    const status = page.locator('.status.repealed');
    expect(await status.innerText()).toMatch(/No longer in force since 27 December 2024\.\s+Abrogated by Decree No\. 747 of 27 December 2024/);
    expect(await status.locator('p', { hasText: 'Abrogated by' }).locator('a').getAttribute('href')).toBe('/acts/decree-2024-747/');
    await page.close();
  });

  it('says the English text is an unofficial translation and gives the version it shows', async () => {
    const page = await b.page('/acts/decree-2011-149/en/');
    expect(await page.locator('.facts').innerText()).toMatch(/Unofficial translation/);
    // No note says when Decree No. 626 entered into force: the version starts on or after its date.
    expect(await page.locator('.status.version').innerText()).toMatch(/In force on or after 21 July 2021 until the act lost force on 27 December 2024\./);
    await page.close();
  });

  it('opens /acts/decree-2011-149/ in an official language (Russian), not the English translation, with or without JavaScript', async () => {
    const page = await b.page('/acts/decree-2011-149/');
    await page.waitForURL(/\/acts\/decree-2011-149\/ru\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.close();
    const noScript = await openBrowser({ javaScriptEnabled: false });
    const still = await noScript.page('/acts/decree-2011-149/');
    await still.waitForURL(/\/acts\/decree-2011-149\/ru\/$/);
    expect(await still.locator('h1').innerText()).toBe('О Положении об Ассамблее народа Казахстана');
    await noScript.close();
  });

  it('renders the current text once: its dated address, and the history and org chart without a language, lead to their pages, keeping the provision asked for', async () => {
    const page = await b.page('/acts/decree-2011-149/kk/2021-07-21/#att_1__para_5');
    await page.waitForURL(/\/acts\/decree-2011-149\/kk\/#att_1__para_5$/);
    expect(await page.locator('.status.version').innerText()).toMatch(/2021/);
    await page.goto(new URL('/acts/decree-2011-149/history/#att_1__para_27', b.baseURL).href);
    await page.waitForURL(/\/acts\/decree-2011-149\/ru\/history\/#att_1__para_27$/);
    await page.goto(new URL('/acts/decree-2011-149/org/', b.baseURL).href);
    await page.waitForURL(/\/acts\/decree-2011-149\/ru\/org\/$/);
    await page.close();
    // The earlier versions' dated pages are pages of their own.
    const earlier = await b.page('/acts/decree-2011-149/kk/2021-01-18/');
    expect(earlier.url()).toMatch(/\/kk\/2021-01-18\/$/);
    await earlier.close();
  });

  it('shows, where a moved address stays (no script, no refresh), a page that says where the text is and passes axe', async () => {
    // The page as a browser that follows neither the script nor the refresh would show it.
    const html = await (await fetch(new URL('/acts/decree-2011-149/ru/2021-07-21/', b.baseURL))).text();
    expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/acts\/decree-2011-149\/ru\/">/);
    expect(html).toMatch(/<link rel="canonical" href="https:\/\/kz-legislation\.example\/acts\/decree-2011-149\/ru\/">/);
    expect(html).toMatch(/<meta name="robots" content="noindex">/);
    const stays = html.replace(/<meta http-equiv="refresh"[^>]*>/, '').replace(/<script type="module"[^>]*><\/script>/g, '');
    await axeBrowser.context.route('**/acts/decree-2011-149/ru/2021-07-21/', (route) => route.fulfill({ body: stays, contentType: 'text/html; charset=utf-8' }));
    const page = await axeBrowser.page('/acts/decree-2011-149/ru/2021-07-21/');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('main#main a[href="/acts/decree-2011-149/ru/"]').innerText()).toBe('https://kz-legislation.example/acts/decree-2011-149/ru/');
    expect(await axe(page)).toEqual([]);
    await page.close();
    await axeBrowser.context.unrouteAll();
  });

  it('opens the landing address in the language the reader chose, and in Kazakh for a browser that asks for it', async () => {
    const page = await b.page('/acts/decree-2011-149/ru/');
    await page.locator('.lang-switch a[hreflang=en]').click();
    await page.waitForURL(/\/acts\/decree-2011-149\/en\/$/);
    await page.goto(new URL('/acts/decree-2011-149/', b.baseURL).href);
    await page.waitForURL(/\/acts\/decree-2011-149\/en\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // Forget the choice: the other tests of this file open the landing address afresh.
    await page.evaluate(() => localStorage.clear());
    await page.close();
    const kazakh = await openBrowser({ locale: 'kk-KZ' });
    const kk = await kazakh.page('/acts/decree-2011-149/');
    await kk.waitForURL(/\/acts\/decree-2011-149\/kk\/$/);
    expect(await kk.locator('html').getAttribute('lang')).toBe('kk');
    await kazakh.close();
  });

  it('gives every provision its number as a permalink', async () => {
    const page = await b.page('/acts/decree-2011-149/en/');
    // The number is the provision's heading: its permalink, and a search sub-result.
    const heading = page.locator('#att_1__para_5');
    expect(await heading.evaluate((h) => h.tagName)).toBe('H4');
    expect(await heading.locator('a.num').getAttribute('href')).toBe('#att_1__para_5');
    expect(await heading.locator('a.num').innerText()).toBe('5.');
    expect(await page.locator('[data-eid="att_1__para_5"] > .body > #att_1__para_5').count()).toBe(1);
    await page.close();
  });

  it('renders sub-paragraphs as ordered lists that keep their own numbers', async () => {
    const page = await b.page('/acts/decree-2011-149/en/');
    const items = page.locator('[data-eid="att_1__para_4"] > .body > ol.subparas > li');
    expect(await items.count()).toBe(15);
    expect(await items.nth(9).locator('a.num').innerText()).toBe('10)');
    await page.close();
  });

  it('labels excluded provisions', async () => {
    const page = await b.page('/acts/decree-2011-149/en/');
    for (const n of [27, 28, 29]) {
      const p = page.locator(`[data-eid="att_1__para_${n}"]`);
      expect(await p.getAttribute('class')).toMatch(/excluded/);
      expect(await p.locator('.badge').innerText()).toBe('Excluded');
    }
    await page.close();
  });

  it('turns footnotes into structured notes linking to the amending act and the history, keeping the footnote', async () => {
    const page = await b.page('/acts/decree-2011-149/en/');
    const note = page.locator('[data-eid="att_1__para_5"] .amendment').first();
    const what = note.locator('.what');
    expect(await what.innerText()).toMatch(/^Reworded by Decree No\. 626 of 21 July 2021 · History$/);
    expect(await what.locator('a').first().getAttribute('href')).toBe('/acts/decree-2021-626/en/');
    expect(await what.locator('a').nth(1).getAttribute('href')).toBe('/acts/decree-2011-149/en/history/#att_1__para_5');
    expect(await note.locator('.verbatim').innerText()).toMatch(/Footnote\. Paragraph 5 – in the wording of the Decree of the President of the Republic of Kazakhstan 21\.07\.2021 No\. 626\./);
    await page.close();
  });

  it('offers the other languages, down to the same provision', async () => {
    const page = await b.page('/acts/decree-2011-149/en/');
    const switcher = page.locator('nav.lang-switch a');
    expect(await switcher.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/acts/decree-2011-149/en/',
      '/acts/decree-2011-149/ru/',
      '/acts/decree-2011-149/kk/',
    ]);
    await page.locator('[data-eid="att_1__para_5"] > .body > .tools summary').click();
    const links = page.locator('[data-eid="att_1__para_5"] > .body > .tools a[hreflang]');
    await links.first().waitFor();
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      // The version shown, in the other languages: the latest is read at the act's address there.
      '/acts/decree-2011-149/ru/#att_1__para_5',
      '/acts/decree-2011-149/kk/#att_1__para_5',
    ]);
    await page.close();
  });

  it("links a provision another language prints inside another unit to that unit, from the provision's own links", async () => {
    // The Russian edition has no sub-para. 1) of para. 4 of Art. 1: the link lands on para. 4.
    const page = await b.page('/acts/law-2010-290-iv/kk/');
    const tools = page.locator('[data-eid="art_1__para_4__subpara_1"] > .body > .tools');
    await tools.locator('summary').click();
    await tools.locator('a[hreflang=ru]').waitFor();
    // The same version in Russian: the latest, read at the act's Russian address.
    expect(await tools.locator('a[hreflang=ru]').getAttribute('href')).toBe('/acts/law-2010-290-iv/ru/#art_1__para_4');
    expect(await tools.locator('a[data-permalink]').getAttribute('href')).toBe('/acts/law-2010-290-iv/kk/2010-06-14/#art_1__para_4__subpara_1');
    // Built once: opened again, the tools are not doubled.
    await tools.locator('summary').click();
    await tools.locator('summary').click();
    expect(await tools.locator('button[data-copy]').count()).toBe(1);
    await page.close();
  });

  it('keeps the provision when switching language with JavaScript', async () => {
    const page = await b.page('/acts/decree-2011-149/en/#att_1__para_13');
    await page.locator('nav.lang-switch a[hreflang=ru]').click();
    await page.waitForURL(/\/ru\/#att_1__para_13$/);
    expect(await page.locator('#att_1__para_13').count()).toBe(1);
    await page.close();
  });

  it('links later uses of a defined term to its definition', async () => {
    const page = await b.page('/acts/decree-2011-149/en/');
    expect(await page.locator('dfn#def-assembly').innerText()).toBe('Assembly');
    const uses = page.locator('a.term[href="#def-assembly"]');
    expect(await uses.count()).toBeGreaterThan(50);
    // The definition itself is not a link, and nothing before it links to it.
    expect(await page.locator('[data-eid="att_1__para_1"] a.term').count()).toBe(0);
    const ru = await b.page('/acts/decree-2011-149/ru/');
    expect(await ru.locator('[id="def-ассамблея"]').innerText()).toBe('Ассамблея');
    expect(await ru.locator('[data-eid="att_1__para_2"] a.term').first().innerText()).toBe('Ассамблеи');
    await page.close();
    await ru.close();
  });

  it('links references to other acts in the collection', async () => {
    const page = await b.page('/acts/decree-2011-149/en/');
    // The Regulations cite the Law "On the Assembly of People of Kazakhstan".
    expect(await page.locator('[data-eid="att_1__para_2"] a[href="/acts/law-2008-70-iv/"]').count()).toBe(1);
    const decree747 = await b.page('/acts/decree-2024-747/ru/');
    // Decree No. 747's appendix abrogates No. 149 and lists the acts that amended it.
    // Links lead to the cited act in the page's language (an official one).
    expect(await decree747.locator('[data-eid="att_2__para_1"] a[href="/acts/decree-2011-149/ru/"]').count()).toBeGreaterThan(0);
    expect(await decree747.locator('[data-eid="att_2__para_6"] a[href="/acts/decree-2021-626/ru/"]').count()).toBe(1);
    // No. 149's appendix lists the acts it repealed: each has a page in each language, linked from the list.
    expect(await page.locator('[data-eid="att_2__para_1"] a[href="/acts/decree-2002-856/en/"]').count()).toBeGreaterThan(0);
    const repealed = await b.page('/acts/decree-2002-856/en/');
    expect(await repealed.locator('h1').innerText()).toBe('Decree No. 856 of 26 April 2002');
    expect(await repealed.locator('main').innerText()).toMatch(/Cited in\s+Decree No\. 149 of 7 September 2011, para\. 1: English/);
    await repealed.close();
    await page.close();
    await decree747.close();
  });

  it('gives every provision a citation, copied with JavaScript', async () => {
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: b.baseURL });
    const page = await b.page('/acts/decree-2011-149/en/');
    const tools = page.locator('[data-eid="att_1__para_5"] > .body > .tools');
    await tools.locator('summary').click();
    const citation = await tools.locator('[data-citation]').innerText();
    expect(citation).toBe('Regulations on the Assembly of People of Kazakhstan, approved by Decree No. 149 of 7 September 2011, para. 5 (as in force on 21 July 2021; unofficial translation)');
    // The permanent link is the dated one: the undated address follows the act as it changes.
    expect(await tools.locator('a[data-permalink]').getAttribute('href')).toBe('/acts/decree-2011-149/en/2021-07-21/#att_1__para_5');
    await tools.locator('button[data-copy]').click();
    await page.waitForFunction(() => document.getElementById('live')?.textContent === 'Citation copied');
    // Seen where it was clicked, too.
    expect(await tools.locator('button[data-copy]').innerText()).toBe('Citation copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${citation} ${b.baseURL.replace(/\/$/, '')}/acts/decree-2011-149/en/2021-07-21/#att_1__para_5`);
    await page.close();
  });
});

describe('amending acts', () => {
  it('have a page even when their text is not in the collection, with every change they made', async () => {
    const page = await b.page('/acts/decree-2012-450/en/');
    expect(await page.locator('h1').innerText()).toBe('Decree No. 450 of 21 December 2012');
    const rows = await page.locator('ul.changes > li').allInnerTexts();
    // Paragraphs 25 and 26 reworded and 27–29 excluded, as the English, Russian and Kazakh editions record.
    expect(rows.map((r) => r.split('\n')[0])).toEqual(['para. 25: reworded', 'para. 26: reworded', 'para. 27: excluded', 'para. 28: excluded', 'para. 29: excluded']);
    expect(rows[2]).toMatch(/English edition of 21 July 2021/);
    expect(rows[2]).toMatch(/Russian edition of 5 May 2017/);
    expect(rows[2]).toMatch(/Kazakh edition of 18 January 2021/);
    expect(await page.locator('ul.changes a[href="/acts/decree-2011-149/en/history/#att_1__para_27"]').count()).toBe(1);
    await page.close();
  });

  it('have that page in Russian and Kazakh too, the act’s own address opening an official language', async () => {
    const landing = await b.page('/acts/decree-2012-450/');
    await landing.waitForURL(/\/acts\/decree-2012-450\/ru\/$/);
    expect(await landing.locator('html').getAttribute('lang')).toBe('ru');
    const kk = await b.page('/acts/decree-2012-450/kk/');
    expect(await kk.locator('h1').innerText()).toBe('2012 жылғы 21 желтоқсандағы № 450 Жарлық');
    const rows = await kk.locator('ul.changes > li').allInnerTexts();
    expect(rows.map((r) => r.split('\n')[0])).toEqual(['25-тармақ: жаңа редакцияда жазды', '26-тармақ: жаңа редакцияда жазды', '27-тармақ: алып тастады', '28-тармақ: алып тастады', '29-тармақ: алып тастады']);
    await landing.close();
    await kk.close();
  });

  it('show the title other texts give them', async () => {
    const page = await b.page('/acts/decree-2012-450/ru/');
    expect(await page.locator('.facts').innerText()).toMatch(/О внесении изменений в Указ Президента Республики Казахстан от 7 сентября 2011 года № 149/);
    await page.close();
  });
});

describe('guides', () => {
  it('embed live provisions from the editions', async () => {
    const page = await b.page('/guides/sources/');
    const embedded = page.locator('figure.embedded-provision');
    expect(await embedded.count()).toBe(2);
    expect(await embedded.first().locator('blockquote > .provision').getAttribute('data-eid')).toBe('embed-en-latest-att_1__para_5');
    expect(await embedded.first().locator('figcaption a').getAttribute('href')).toBe('/acts/decree-2011-149/en/#att_1__para_5');
    expect(await embedded.first().innerText()).toMatch(/Elbasy shall have the right to head the Assembly for life/);
    expect(await embedded.nth(1).getAttribute('lang')).toBe('ru');
    expect(await embedded.nth(1).innerText()).toMatch(/Елбасы является пожизненным Председателем Ассамблеи/);
    await page.close();
  });
});

describe('print and small screens', () => {
  it('prints the text with its numbers, without navigation, with the page URL', async () => {
    const page = await b.page('/acts/decree-2011-149/en/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    expect(await page.locator('.tools').first().isVisible()).toBe(false);
    expect(await page.locator('#att_1__para_5 a.num').first().isVisible()).toBe(true);
    const url = page.locator('.print-url');
    expect(await url.isVisible()).toBe(true);
    expect(await url.innerText()).toMatch(/\/acts\/decree-2011-149\/en\/$/);
    await page.close();
  });

  it('is readable at 360 px wide: nothing scrolls sideways', async () => {
    const narrow = await openBrowser({ viewport: { width: 360, height: 740 } });
    for (const path of ['/acts/decree-2011-149/ru/', '/acts/decree-2011-149/en/', '/acts/law-2008-70-iv/ru/', '/acts/decree-2012-450/', '/']) {
      const page = await narrow.page(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
    await narrow.close();
  });

  it('keeps the line length comfortable on a desktop screen', async () => {
    const page = await b.page('/acts/decree-2011-149/en/');
    const width = await page.locator('.text').evaluate((el) => el.getBoundingClientRect().width);
    const fontSize = await page.locator('[data-eid="att_1__para_1"] p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    // About 70–80 characters a line: at most 40em of text.
    expect(width / fontSize).toBeLessThanOrEqual(40);
    expect(width / fontSize).toBeGreaterThan(25);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('shows the citation text and hides the copy button', async () => {
    const nojs = await openBrowser({ javaScriptEnabled: false });
    const page = await nojs.page('/acts/decree-2011-149/ru/2021-01-18/');
    const tools = page.locator('[data-eid="att_1__para_5"] > .body > .tools');
    expect(await tools.locator('[data-citation]').textContent()).toMatch(/^Положение об Ассамблее народа Казахстана, утверждённое Указом от 7 сентября 2011 г\. № 149, п\. 5 \(в редакции по состоянию на 18 января 2021 г\.\)$/);
    expect(await tools.locator('button[data-copy]').isVisible()).toBe(false);
    await page.close();
    await nojs.close();
  });
});
