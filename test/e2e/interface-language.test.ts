import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from './browser.js';

/*
 * A page in Russian or Kazakh speaks Russian or Kazakh throughout: its header, footer, headings
 * and interface text, not only the act's words. Text inside an element marked with another
 * language (a wording shown in another language, a language's own name) is that language's.
 */

let b: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  b = await openBrowser();
});
afterAll(async () => b.close());

/**
 * Words that are the same in every language: names of formats, sites and scripts. Identifiers
 * (`#art_5`) and an act's own markup (a table printed as HTML) are not interface words either.
 */
const NAMES = new Set(['JavaScript', 'Atom', 'adilet.zan.kz', 'zan.gov.kz', 'JSON', 'XML', 'Akoma', 'Ntoso', 'OASIS', 'LegalDocML', 'FRBR', 'URI', 'URI-лері', 'ZIP', 'ZIP-архив', 'eId', 'eId-лерімен', 'eId-лер']);

const PAGES: Array<[string, 'ru' | 'kk']> = [
  ['/acts/decree-2011-149/ru/compare/2017-05-05/2019-01-24/', 'ru'],
  ['/acts/constitutional-law-2007-258-iii/kk/compare/2007-06-04/2008-07-04/', 'kk'],
  ['/acts/constitution-1995/ru/compare/2019-03-23/2022-06-08/', 'ru'],
  ['/acts/law-2008-70-iv/kk/', 'kk'],
  ['/acts/constitution-1995/kk/history/', 'kk'],
  ['/acts/decree-2011-149/ru/history/', 'ru'],
  ['/acts/government-decree-2020-612/ru/2020-09-24/', 'ru'],
  ['/acts/decree-2011-149/ru/org/', 'ru'],
  ['/acts/decree-2011-149/kk/org/#v-2011-09-07', 'kk'],
  ['/acts/decree-2011-149/kk/compare/', 'kk'],
  // Two versions compared in the browser (no page of their own).
  ['/acts/decree-2011-149/kk/compare/?from=2011-09-07&to=2019-01-24', 'kk'],
  ['/acts/decree-2011-149/ru/', 'ru'],
  // The site's own pages, and an act known only by reference.
  ['/ru/', 'ru'],
  ['/kk/', 'kk'],
  ['/ru/acts/', 'ru'],
  ['/kk/acts/', 'kk'],
  ['/ru/search/', 'ru'],
  ['/kk/search/', 'kk'],
  ['/ru/data/', 'ru'],
  ['/kk/data/', 'kk'],
  ['/acts/decree-2012-450/ru/', 'ru'],
  ['/acts/decree-2012-450/kk/', 'kk'],
];

describe.each(PAGES)('%s', (path, lang) => {
  it(`is in ${lang} throughout: <html lang>, header, footer and every interface word`, async () => {
    const page = await b.page(path);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    // The header and footer are not set apart as another language's.
    expect(await page.locator('header.site-header[lang], footer.site-footer[lang]').count()).toBe(0);
    expect(await page.locator('header.site-header nav').innerText()).not.toMatch(/[A-Za-z]/);
    // Every text node whose nearest language is the page's, outside <script> and <style>.
    const latin = await page.evaluate((pageLang) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (el.closest('script, style, noscript, .visually-hidden')) continue;
        if ((el.closest('[lang]')?.getAttribute('lang') ?? pageLang) !== pageLang) continue;
        for (const w of n.textContent!.split(/\s+/)) if (/[A-Za-z]{2,}/.test(w)) out.push(w.replace(/^[(«"]+|[.,:;)»"]+$/g, ''));
      }
      return out;
    }, lang);
    // Roman numerals number sections and acts ("Раздел VI", "VI-бөлім").
    expect(latin.filter((w) => !NAMES.has(w) && !/^-?[IVXLCM]+(?:-\S*)?$/.test(w) && !/^(?:[a-z]+-)*\d{4}(?:-[0-9a-z]+)*$/.test(w) && !/[\d№]/.test(w) && !w.startsWith('#') && !/^<\/?[a-z]+/.test(w) && !/^[\w.-]+\/[\w./{}-]+$/.test(w) && !/^https?:\/\//.test(w))).toEqual([]);
    await page.close();
  });
});

describe('a wording of another language on a compare page', () => {
  it('is labelled where it is shown, in the page\'s language', async () => {
    const page = await b.page('/acts/code-1993-3000/kk/compare/1993-03-31/1996-12-24/');
    const shown = page.locator('#art_47__para_5 p', { has: page.locator('span[lang="ru"]') });
    expect(await shown.locator('.notice').innerText()).toBe('(орыс тіліндегі мәтін; бұл тілде мәтін жоқ)');
    await page.close();
  });
});
