import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from './browser.js';
import { normalizeQuote } from '../../src/org/check.js';

/*
 * The org chart of Decree No. 149 (issue 7), in Chromium: every body the Regulations set up,
 * links that land on the provisions quoted, the structure on each version date, readable at 360 px.
 */

const ORG = '/acts/decree-2011-149/en/org/';
let b: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  b = await openBrowser();
});
afterAll(async () => b.close());

/** The bodies, offices and people issue 7 requires, as the English labels name them. */
const REQUIRED = [
  /^President of the Republic of Kazakhstan$/,
  /^Chairman of the Assembly$/,
  /^Deputy Chairmen from ethno-cultural associations \(two\)$/,
  /^Head of the Secretariat, a Deputy Chairman$/,
  /^Session of the Assembly – the highest governing body$/,
  /^Council of the Assembly – governs between sessions$/,
  /^Secretariat \(apparatus\) – the working body$/,
  /^Administration of the President$/,
  /^Scientific and Expert Council$/,
  /^Chairman of the Scientific and Expert Council$/,
  /^Commissions$/,
  /^Working groups$/,
  /^Assemblies of regions, cities of republican significance and the capital$/,
  /^Their secretariats \(apparatus\) – working bodies$/,
  /^Deputies of the Mazhilis elected from the Assembly$/,
];

describe('the org chart of Decree No. 149', () => {
  it('shows the current structure first, with every body required, drawn and outlined in three languages', async () => {
    const page = await b.page(ORG);
    const current = page.locator('.org-version:visible');
    expect(await current.count()).toBe(1);
    expect(await current.locator('h2').innerText()).toBe('Structure as in force from 21 July 2021 until 27 December 2024');
    const outlined = await current.locator('.org-outline > li > p:first-child strong').allInnerTexts();
    const drawn = await current.locator('svg .org-node text tspan.lang-en').allTextContents();
    for (const body of REQUIRED) {
      expect(outlined.filter((l) => body.test(l)), `${body} in the outline`).toHaveLength(1);
    }
    // The drawn labels are wrapped: the words of each required body are all in one node.
    const nodes = await current.locator('svg a.org-node').evaluateAll((as) =>
      as.map((a) => ({
        en: [...a.querySelectorAll('tspan[lang=en]')].map((t) => t.textContent).join(' '),
        ru: [...a.querySelectorAll('tspan[lang=ru]')].map((t) => t.textContent).join(' '),
        kk: [...a.querySelectorAll('tspan[lang=kk]')].map((t) => t.textContent).join(' '),
      })),
    );
    expect(nodes.length).toBe(outlined.length);
    expect(drawn.length).toBeGreaterThanOrEqual(nodes.length);
    for (const body of REQUIRED) expect(nodes.filter((n) => body.test(n.en)), `${body} drawn`).toHaveLength(1);
    for (const n of nodes) {
      expect(n.ru, n.en).toMatch(/[А-Яа-яЁё]/);
      expect(n.kk, n.en).toMatch(/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/);
    }
    // The chart is an image of the same structure: labelled by its caption, drawn with no script.
    expect(await current.locator('svg').getAttribute('aria-labelledby')).toBeTruthy();
    expect(await page.locator('script[src*="org"]').count()).toBe(0);
    await page.close();
  });

  it('links every node and citation to a provision that exists, whose text holds the quote', async () => {
    const page = await b.page(ORG);
    // Per version: the drawing's node links, and each outline citation's link with its quote.
    const versions = await page.locator('.org-version').evaluateAll((sections) =>
      sections.map((s) => ({
        date: s.id.replace(/^v-/, ''),
        nodeLinks: [...s.querySelectorAll('svg a.org-node')].map((a) => a.getAttribute('href')!),
        citations: [...s.querySelectorAll('.org-outline q')].map((q) => ({ href: q.previousElementSibling!.getAttribute('href')!, quote: q.textContent! })),
      })),
    );
    await page.close();
    expect(versions.map((v) => v.date)).toEqual(['2021-07-21', '2021-01-18', '2019-01-24', '2017-05-05', '2012-12-21', '2011-09-07']);
    const targets = new Map<string, Set<string>>();
    for (const v of versions) {
      expect(v.nodeLinks.length, v.date).toBeGreaterThanOrEqual(REQUIRED.length);
      expect(v.citations.length, v.date).toBeGreaterThan(v.nodeLinks.length);
      for (const href of [...v.nodeLinks, ...v.citations.map((c) => c.href)]) {
        // Links stay within the version shown: the latest one's text is the act's page in the language.
        const page = v.date === versions[0]!.date ? '' : `${v.date}/`;
        expect(href).toMatch(new RegExp(`^/acts/decree-2011-149/(en|ru|kk)/${page}#att_1__para_\\d+`));
        const [path, id] = href.split('#') as [string, string];
        targets.set(path, (targets.get(path) ?? new Set()).add(id));
      }
    }
    // What each provision linked to says on the page it lands on.
    const said = new Map<string, { text: string; fallback: boolean } | null>();
    for (const [path, ids] of targets) {
      const target = await b.page(path);
      for (const id of ids) {
        said.set(
          `${path}#${id}`,
          await target.evaluate((eId) => {
            const el = document.getElementById(eId);
            const provision = el?.closest('[data-eid]');
            return provision ? { text: (provision as HTMLElement).innerText, fallback: !!provision.closest('.fallback') } : null;
          }, id),
        );
      }
      await target.close();
    }
    let checked = 0;
    for (const v of versions) {
      for (const href of v.nodeLinks) expect(said.get(href), href).toBeTruthy();
      for (const c of v.citations) {
        const provision = said.get(c.href);
        expect(provision, c.href).toBeTruthy();
        // Where the cited language has no wording on that date the page shows another, marked.
        if (provision!.fallback) continue;
        expect(normalizeQuote(provision!.text), `${c.href}: ${c.quote}`).toContain(normalizeQuote(c.quote));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('shows the structure on each version date by following its link, with what changed', async () => {
    const page = await b.page(ORG);
    const dates = page.getByRole('navigation', { name: 'Versions' });
    await dates.getByRole('link', { name: '7 September 2011' }).click();
    const shown = page.locator('.org-version:visible');
    expect(await shown.count()).toBe(1);
    expect(await shown.locator('h2').innerText()).toBe('Structure as in force from 7 September 2011 until 21 December 2012');
    const outline2011 = await shown.locator('.org-outline').innerText();
    // Paragraph 13 before 2021: the regional secretariat was part of the akim's apparatus.
    expect(outline2011).toMatch(/Apparatus of the akim/);
    // Paragraph 5 before 2021: the First President is Lifelong Chairman; the President does not convene the Session.
    expect(outline2011).toMatch(/является пожизненным Председателем Ассамблеи/);
    expect(outline2011).not.toMatch(/convenes Session of the Assembly/);

    // Paragraph 5 on 5 May 2017: the First President is named Elbasy; the structure stays.
    await dates.getByRole('link', { name: '5 May 2017' }).click();
    expect(await shown.locator('.status').innerText()).toMatch(/reworded: First President[^\n]*now “Первый Президент Республики Казахстан - Елбасы является пожизненным Председателем Ассамблеи” \(para\. 5, Russian\)/);
    expect(await shown.locator('.status').innerText()).not.toMatch(/added|removed/);

    await dates.getByRole('link', { name: '18 January 2021' }).click();
    expect(await shown.locator('h2').innerText()).toMatch(/^Structure as in force from 18 January 2021/);
    expect(await shown.locator('.status').innerText()).toMatch(/removed: Apparatus of the akim/);
    expect(await shown.locator('.org-outline').innerText()).not.toMatch(/Apparatus of the akim/);

    await dates.getByRole('link', { name: '21 July 2021 (latest)' }).click();
    expect(await shown.locator('.status').innerText()).toMatch(/added: President of the Republic of Kazakhstan convenes Session of the Assembly/);
    await page.close();
  });

  it('switches versions without JavaScript, by the address alone', async () => {
    const nojs = await openBrowser({ javaScriptEnabled: false });
    const page = await nojs.page(`${ORG}#v-2012-12-21`);
    expect(await page.locator('.org-version:visible h2').allInnerTexts()).toEqual(['Structure as in force from 21 December 2012 until 5 May 2017']);
    await page.close();
    await nojs.close();
  });

  it('says each relation in Russian without a case the chart does not hold: the verb, a colon, the body named as the chart names it', async () => {
    const page = await b.page('/acts/decree-2011-149/ru/org/');
    const items = await page.locator('.org-version:visible .org-outline > li > ul > li').allInnerTexts();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatch(/^[а-яё ]+: \S/);
    await page.close();
  });

  it('is linked from the act text for the version read', async () => {
    const page = await b.page('/acts/decree-2011-149/ru/2019-01-24/');
    const link = page.getByRole('link', { name: 'Организационная структура' });
    expect(await link.getAttribute('href')).toBe('/acts/decree-2011-149/ru/org/#v-2019-01-24');
    await page.close();
  });

  it('is readable at 360 px wide: the page does not scroll sideways, the drawing does, at full size', async () => {
    const narrow = await openBrowser({ viewport: { width: 360, height: 740 } });
    const page = await narrow.page(ORG);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const region = page.locator('.org-version:visible .org-scroll');
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(clientWidth).toBeLessThanOrEqual(360);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    // Labels keep their size: the drawing is not shrunk to fit.
    const svg = page.locator('.org-version:visible svg');
    const drawnWidth = await svg.evaluate((el) => el.getBoundingClientRect().width);
    expect(drawnWidth).toBe(Number((await svg.getAttribute('viewBox'))!.split(' ')[2]));
    const label = await page.locator('.org-version:visible .org-node tspan.lang-en').first().evaluate((el) => el.getBoundingClientRect().height);
    expect(label).toBeGreaterThanOrEqual(11);
    // The outline reads at body size and fits.
    const outline = page.locator('.org-version:visible .org-outline');
    expect(await outline.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await outline.locator('strong').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
    await page.close();
    await narrow.close();
  });

  it('opens with the top of the chart (the body the others hang from) in view, at 360 and 1280 px', async () => {
    for (const width of [360, 1280]) {
      const browser = await openBrowser({ viewport: { width, height: 800 } });
      const page = await browser.page(ORG);
      const inView = await page.locator('.org-version:visible .org-scroll').evaluate((box) => {
        const rects = [...box.querySelectorAll('.org-node rect')] as SVGRectElement[];
        const top = Math.min(...rects.map((r) => r.getBoundingClientRect().top));
        const b = box.getBoundingClientRect();
        return rects.filter((r) => r.getBoundingClientRect().top === top).some((r) => {
          const c = r.getBoundingClientRect();
          return c.left >= b.left - 1 && c.right <= b.right + 1;
        });
      });
      expect(inView, `${width} px`).toBe(true);
      await page.close();
      await browser.close();
    }
  });
});
