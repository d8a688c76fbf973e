import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from './browser.js';

let b: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  b = await openBrowser();
});
afterAll(async () => b.close());

describe('the English text as in force on 1 January 2015', () => {
  it('is reached from a date field that jumps to the right version', async () => {
    const page = await b.page('/acts/decree-2011-149/en/');
    const form = page.locator('form.date-jump');
    expect(await form.isVisible()).toBe(true);
    await form.locator('input[type=date]').fill('2015-01-01');
    await form.locator('button').click();
    await page.waitForURL(/\/acts\/decree-2011-149\/en\/2012-12-21\/$/);
    await page.close();
  });

  it('shows paragraphs 25–26 as they were then and 27–29 excluded', async () => {
    const page = await b.page('/acts/decree-2011-149/en/2012-12-21/');
    // No note says when Decree No. 450 entered into force: the version starts on or after its date.
    expect(await page.locator('.status.version').innerText()).toMatch(/In force on or after 21 December 2012 until 5 May 2017/);
    expect((await page.locator('[data-eid="att_1__para_25"]').innerText()).replace(/\s+/g, ' ')).toMatch(/^25\. In order to consolidate society/);
    expect(await page.locator('[data-eid="att_1__para_26"]').innerText()).toMatch(/Strategy of Development/);
    for (const n of [27, 28, 29]) expect(await page.locator(`#att_1__para_${n} .badge`).innerText()).toBe('Excluded');
    await page.close();
  });

  it('says where the English wording is not available and shows another language, marked', async () => {
    const page = await b.page('/acts/decree-2011-149/en/2012-12-21/');
    const para5 = page.locator('.fallback', { has: page.locator('#att_1__para_5') });
    expect(await para5.getAttribute('lang')).toBe('ru');
    expect(await para5.locator('[data-eid="att_1__para_5"] .notice').innerText()).toBe('The English wording in force on this date is not in the collection. The Russian wording:');
    expect(await para5.locator('[data-eid="att_1__para_5"] > .body > .tools [data-citation]').textContent()).toMatch(/para\. 5 \(as in force on 21 December 2012; Russian text\)$/);
    expect(await para5.locator('[data-eid="att_1__para_5"]').innerText()).toMatch(/Лидер Нации является пожизненным Председателем/);
    expect(await page.locator('.status.version').innerText()).toMatch(/8 provisions have no English wording for this date/);
    await page.close();
  });

  it('keeps every provision permalink of the version', async () => {
    const page = await b.page('/acts/decree-2011-149/en/2012-12-21/');
    for (let n = 1; n <= 29; n++) expect(await page.locator(`#att_1__para_${n}`).count(), `para ${n}`).toBe(1);
    for (let n = 1; n <= 4; n++) expect(await page.locator(`#att_1__chp_${n}`).count()).toBe(1);
    await page.close();
  });
});

describe('the Russian text today', () => {
  it('shows paragraph 5 after Decree No. 626 in English, saying the Russian wording is not available', async () => {
    const page = await b.page('/acts/decree-2011-149/ru/');
    const para5 = page.locator('.fallback', { has: page.locator('#att_1__para_5') });
    expect(await para5.getAttribute('lang')).toBe('en');
    expect(await para5.innerText()).toMatch(/Elbasy shall have the right to head the Assembly for life/);
    // The label is inside the provision, under its number: where a permalink or a search result lands.
    const provision = page.locator('[data-eid="att_1__para_5"]');
    const notice = provision.locator('.notice');
    expect(await notice.innerText()).toMatch(/^Русский текст, действовавший на эту дату, в коллекции отсутствует/);
    expect(await notice.getAttribute('lang')).toBe('ru');
    const [anchor, label] = [await page.locator('#att_1__para_5').boundingBox(), await notice.boundingBox()];
    // On the number's line or just under it, never above it.
    expect(label!.y + label!.height).toBeGreaterThan(anchor!.y + anchor!.height / 2);
    expect(label!.y - anchor!.y).toBeLessThan(120);
    // A citation copied there is Russian, and says the words are an English translation.
    expect(await provision.locator(':scope > .body > .tools [data-citation]').textContent()).toMatch(/^Положение об Ассамблее народа Казахстана, утверждённое Указом от 7 сентября 2011 г\. № 149, п\. 5 \(в редакции по состоянию на .+; текст на английском языке, неофициальный перевод\)$/);
    await page.close();
  });

  it('links to every version without JavaScript', async () => {
    const nojs = await openBrowser({ javaScriptEnabled: false });
    const page = await nojs.page('/acts/decree-2011-149/ru/');
    expect(await page.locator('ul.versions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      // The latest version's text is this page: its link comes back here, not through its dated address.
      [...['2011-09-07', '2012-12-21', '2017-05-05', '2019-01-24', '2021-01-18'].map((d) => `/acts/decree-2011-149/ru/${d}/`), '/acts/decree-2011-149/ru/'],
    );
    expect(await page.locator('form.date-jump').isVisible()).toBe(false);
    await page.close();
    await nojs.close();
  });
});

describe('comparing two versions', () => {
  async function changed(path: string) {
    const page = await b.page(path);
    const ids = await page.locator('section.change').evaluateAll((s) => s.map((x) => x.id));
    await page.close();
    return ids;
  }

  it('2017-05-05 → 2019-01-24 in Russian: exactly paragraphs 12 and 13', async () => {
    expect(await changed('/acts/decree-2011-149/ru/compare/2017-05-05/2019-01-24/')).toEqual(['att_1__para_12', 'att_1__para_13']);
  });

  it('2019-01-24 → 2021-01-18 in Russian: paragraphs 11 and 13 and the four chapter headings', async () => {
    expect((await changed('/acts/decree-2011-149/ru/compare/2019-01-24/2021-01-18/')).sort()).toEqual(['att_1__chp_1', 'att_1__chp_2', 'att_1__chp_3', 'att_1__chp_4', 'att_1__para_11', 'att_1__para_13']);
  });

  it('2011-09-07 → 2017-05-05 in Russian, compared in the browser: paragraph 5, the rewording of 25 and 26 and the exclusion of 27–29', async () => {
    expect(await changed('/acts/decree-2011-149/ru/compare/?from=2011-09-07&to=2017-05-05')).toEqual(['att_1__para_5', 'att_1__para_25', 'att_1__para_26', 'att_1__para_27', 'att_1__para_28', 'att_1__para_29']);
  });

  it('keeps the address of a comparison with no page of its own: the 404 page sends it to the chooser, which compares the two', async () => {
    // Distant versions are not prerendered (pages linear in versions); their old address still works.
    const page = await b.context.newPage();
    const response = await page.goto(new URL('/acts/decree-2011-149/ru/compare/2011-09-07/2017-05-05/#att_1__para_25', b.baseURL).href);
    expect(response?.status()).toBe(404);
    await page.waitForURL(/\/acts\/decree-2011-149\/ru\/compare\/\?from=2011-09-07&to=2017-05-05#att_1__para_25$/);
    await page.waitForSelector('[data-comparison]:not([hidden]):not([aria-busy])');
    expect(await page.locator('h1').innerText()).toBe('Что изменилось с 7 сентября 2011 г. по 5 мая 2017 г.');
    expect(await page.title()).toMatch(/^Изменения с 7 сентября 2011 г\. по 5 мая 2017 г\. — Указ № 149/);
    expect(await page.locator('section.change').evaluateAll((s) => s.map((x) => x.id))).toEqual(['att_1__para_5', 'att_1__para_25', 'att_1__para_26', 'att_1__para_27', 'att_1__para_28', 'att_1__para_29']);
    // Decree No. 450 reworded para. 25 and excluded para. 27, as the notes record.
    expect(await page.locator('section.change#att_1__para_25 h3').innerText()).toMatch(/— изложено в новой редакции$/);
    expect(await page.locator('section.change#att_1__para_27 h3').innerText()).toMatch(/— исключено$/);
    // The chooser shows the pair compared; the steps stay for reading on.
    expect(await page.locator('select[name=from]').inputValue()).toBe('2011-09-07');
    expect(await page.locator('select[name=to]').inputValue()).toBe('2017-05-05');
    await page.close();
  });

  it('sends a comparison of dates that are not two versions to the 404 page, and leaves it there', async () => {
    const page = await b.context.newPage();
    await page.goto(new URL('/acts/decree-2011-149/ru/compare/2011-09-08/2019-01-24/', b.baseURL).href);
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname).toBe('/acts/decree-2011-149/ru/compare/2011-09-08/2019-01-24/');
    await page.close();
  });

  it('marks words with <del> and <ins> that a screen reader announces, and says which act changed them', async () => {
    const page = await b.page('/acts/decree-2011-149/ru/compare/2017-05-05/2019-01-24/');
    const para12 = page.locator('#att_1__para_12');
    // In the language of the text compared, hidden labels included.
    expect(await para12.locator('del').textContent()).toBe('[удалено: города]');
    expect(await para12.locator('ins').textContent()).toBe('[добавлено: городов]');
    expect(await para12.innerText()).toMatch(/Изменены: Указ № 828 от 24 января 2019 г\.(?!\.)/);
    expect(await page.locator('#summary-h + p').innerText()).toMatch(/^2 положения изменены, \d+ положени(?:е|я|й) без изменений\.$/);
    // Unchanged provisions are collapsed.
    expect(await page.locator('details:has(summary:has-text("без изменений"))').getAttribute('open')).toBeNull();
    await page.close();
  });
});

describe('the history of Decree No. 149', () => {
  it('lists the amending acts and the abrogation by No. 747', async () => {
    const page = await b.page('/acts/decree-2011-149/en/history/');
    const versions = await page.locator('#versions-h + ol').innerText();
    for (const n of ['450', '471', '828', '495', '626']) expect(versions).toMatch(new RegExp(`Decree No\\. ${n} of`));
    expect(versions).toMatch(/27 December 2024 — no longer in force: abrogated by Decree No\. 747 of 27 December 2024/);
    await page.close();
  });

  it('shows the paragraph-5 disagreement between the English and Russian notes', async () => {
    const page = await b.page('/acts/decree-2011-149/en/history/');
    const items = await page.locator('#disagreements-h + ul > li').allInnerTexts();
    expect(items).toContain(
      'para. 5: The English edition of 21 July 2021 does not record Decree No. 471 of 5 May 2017, which the notes of other editions record (Russian: 2017-05-05, 2019-01-24, 2021-01-18).',
    );
    expect(items.some((i) => /^Decree No\. 747 of 27 December 2024 lists, in its appendix, the acts repealed with this one; they are the amending acts the notes record/.test(i))).toBe(true);
    await page.close();
  });

  it('gives each provision its timeline, each wording diffed against the one before', async () => {
    const page = await b.page('/acts/decree-2011-149/en/history/#att_1__para_5');
    const ru = page.locator('#att_1__para_5 .lang-timeline').filter({ has: page.locator('h4', { hasText: 'Русский' }) });
    const periods = await ru.locator('ol > li').allInnerTexts();
    expect(periods).toHaveLength(3);
    expect(periods[1]).toMatch(/^5 May 2017 to 21 July 2021 — amended by Decree No\. 471 of 5 May 2017/);
    expect(await ru.locator('ol > li').nth(1).locator('del').innerText()).toMatch(/Лидер Нации/);
    expect(periods[2]).toMatch(/No Russian edition holds this wording/);
    await page.close();
  });
});

describe('an amending act', () => {
  it('lists and diffs every change it made (Decree No. 828)', async () => {
    const page = await b.page('/acts/decree-2019-828/en/');
    const changes = page.locator('ul.changes > li');
    expect(await changes.count()).toBe(2);
    expect(await changes.first().innerText()).toMatch(/^para\. 12: amended/);
    expect(await changes.first().locator('ins').first().textContent()).toBe('[inserted: городов]');
    await page.close();
  });
});

describe('any date of a repealed act', () => {
  it('leads from an address of any date to the version in force then, keeping the provision', async () => {
    const page = await b.page('/acts/decree-2011-149/ru/2015-03-10/#att_1__para_11').catch(() => undefined);
    // The address is not a page of its own: the 404 page resolves it.
    const p = page ?? (await b.context.newPage());
    if (!page) await p.goto(new URL('/acts/decree-2011-149/ru/2015-03-10/#att_1__para_11', b.baseURL).href);
    await p.waitForURL(/\/acts\/decree-2011-149\/ru\/2012-12-21\/#att_1__para_11$/);
    await p.close();
  });

  it('says, for a date after the repeal, that the act was no longer in force, in the date field and at the address', async () => {
    const page = await b.page('/acts/decree-2011-149/ru/');
    const form = page.locator('form.date-jump');
    await form.locator('input[type=date]').fill('2025-06-01');
    await form.locator('button').click();
    expect(await form.locator('output').innerText()).toBe('На эту дату акт уже утратил силу. Он утратил силу 27 декабря 2024 г.');
    await page.goto(new URL('/acts/decree-2011-149/en/2025-06-01/', b.baseURL).href);
    // The 404 page speaks the address's language (English here), its other languages removed.
    await page.waitForSelector('section.not-found .date-help:not([hidden])');
    expect(await page.locator('section.not-found').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('section.not-found .date-help').innerText()).toMatch(/no longer in force on 2025-06-01: it lost force on 2024-12-27/);
    await page.goto(new URL('/acts/decree-2011-149/kk/2025-06-01/', b.baseURL).href);
    await page.waitForSelector('section.not-found .date-help:not([hidden])');
    expect(await page.locator('html').getAttribute('lang')).toBe('kk');
    expect(await page.locator('h1').allInnerTexts()).toEqual(['Бет табылмады']);
    // Its header and footer speak Kazakh and lead to the Kazakh pages.
    expect(await page.locator('header nav a').evaluateAll((as) => as.map((a) => `${a.textContent} ${new URL((a as HTMLAnchorElement).href).pathname}`))).toEqual(['Актілер /kk/acts/', 'Іздеу /kk/search/', 'Анықтама /guides/', 'Деректер /kk/data/']);
    expect(await page.locator('header form[role=search]').evaluate((f) => new URL((f as HTMLFormElement).action).pathname)).toBe('/kk/search/');
    expect((await page.locator('footer').innerText()).replace(/adilet\.zan\.kz|zan\.gov\.kz|Atom/g, '')).not.toMatch(/[A-Za-z]{2,}/);
    expect(await page.locator('section.not-found .date-help').innerText()).toMatch(/^2025-06-01 күні акт күшін жойған еді: ол 2024-12-27 күшін жойды\. Қараңыз: акт\.$/);
    await page.close();
  });

  it('has no current version: the last one is called the last, and every page of the act says it was repealed', async () => {
    const page = await b.page('/acts/decree-2011-149/en/2017-05-05/');
    const links = await page.locator('.status.version a').allInnerTexts();
    expect(links).toContain('Last version: 21 July 2021');
    expect(links).toContain('Compare with the last version');
    expect(links.join(' ')).not.toMatch(/current/i);
    for (const path of ['/acts/decree-2011-149/en/', '/acts/decree-2011-149/ru/compare/2017-05-05/2019-01-24/', '/acts/decree-2011-149/history/', '/acts/decree-2011-149/org/']) {
      await page.goto(new URL(path, b.baseURL).href);
      expect(await page.locator('.status.repealed').first().innerText(), path).toMatch(/No longer in force since 27 December 2024|Утратил силу с 27 декабря 2024 г\./);
    }
    await page.close();
  });
});

describe('the law in time, where the collection is partial', () => {
  it('shows no later wording as the first one: a unit changed before the earliest edition says its wording on that date is not in the collection', async () => {
    // The Law on the administrative-territorial structure of 1993 is in the collection from its 2011 edition.
    const page = await b.page('/acts/law-1993-2572-xii/ru/1993-12-08/');
    expect(await page.locator('#art_9').innerText()).toMatch(/отсутствует во всех изданиях коллекции/);
    // What changed it, and the nearest wording the collection holds, clearly labelled, one click away.
    const article = (await page.locator('[data-eid="art_9"]').textContent())!.replace(/\s+/g, ' ');
    expect(article).toMatch(/Указ № 2691 от 19 декабря 1995 г\./);
    expect(article).toMatch(/Ближайшая редакция в коллекции, действовавшая с 13 октября 2011 г\..*это не текст на эту дату/s);
    // No note of a later change is printed as part of the 1993 text.
    expect(await page.locator('.text').innerText()).not.toMatch(/Сноска\./);
    await page.close();
  });

  it('starts the version of Law No. 233-V on the day it entered into force, 1 January 2015', async () => {
    const page = await b.page('/acts/law-2008-70-iv/ru/2015-01-01/');
    expect(await page.locator('.status.version').innerText()).toMatch(/Действует с 1 января 2015 г\./);
    expect(await page.locator('.status.version').innerText()).toMatch(/вводится в действие с 01\.01\.2015/);
    await page.close();
  });

  it('bounds the start of a version whose act enters into force after publication, and says why', async () => {
    const page = await b.page('/acts/law-2008-70-iv/ru/');
    const status = await page.locator('.status.version').innerText();
    expect(status).toMatch(/Действует не ранее 18 февраля 2022 г\./);
    expect(status).toMatch(/по истечении десяти календарных дней после дня его первого официального опубликования/);
    expect(status).toMatch(/дата его опубликования в коллекции отсутствует/);
    // The day the law was signed is not yet that version: the date field gives the one before.
    const form = page.locator('form.date-jump');
    await form.locator('input[type=date]').fill('2022-02-10');
    await form.locator('button').click();
    await page.waitForURL(/\/acts\/law-2008-70-iv\/ru\/2020-07-14\/$/);
    await page.close();
  });

  it('shows the 2008 text of the Law as its 2008 edition prints it, with nothing of later changes', async () => {
    const page = await b.page('/acts/law-2008-70-iv/ru/2008-10-20/');
    expect(await page.locator('[data-eid="art_6__subpara_4"]').count()).toBe(1);
    expect(await page.locator('[data-eid="art_6__subpara_14-1"]').count()).toBe(0);
    expect(await page.locator('.text').innerText()).not.toMatch(/исключен Законом РК от 27\.04\.2018/);
    await page.close();
  });

  it('keeps the disputed Kazakh note on para. 6 of the Regulations, not counted as a change by Decree No. 471', async () => {
    const page = await b.page('/acts/decree-2011-149/kk/2017-05-05/');
    expect(await page.locator('[data-eid="att_1__para_6"] .what.disputed').count()).toBe(1);
    // The note still cites the decree (it is listed where it is cited), but not among its changes.
    await page.goto(new URL('/acts/decree-2017-471/en/', b.baseURL).href);
    expect(await page.locator('main .changes').innerText()).not.toMatch(/para\. 6\b/);
    expect(await page.locator('main .changes').innerText()).toMatch(/para\. 5\b/);
    await page.close();
  });
});
