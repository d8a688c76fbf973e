import { describe, expect, it } from 'vitest';
import { actRows, latestChangeLines, referencedActs, searchUi, titleIn } from '../../../src/site/pages/site.js';
import { addressLanguage, sitePath } from '../../../src/model/paths.js';
import { contentLibrary } from '../../versioning/library.js';

/* The site's own pages (home, /acts/, /search/), in each language, on the real collection. */

const library = await contentLibrary();

describe('the site pages’ addresses', () => {
  it('keep the English addresses and put Russian and Kazakh under their code', () => {
    expect(sitePath('home')).toBe('/');
    expect(sitePath('acts', 'en')).toBe('/acts/');
    expect(sitePath('search', 'ru')).toBe('/ru/search/');
    expect(sitePath('home', 'kk')).toBe('/kk/');
    expect(addressLanguage('/kk/data/')).toBe('kk');
    expect(addressLanguage('/ru/')).toBe('ru');
    expect(addressLanguage('/acts/decree-2011-149/kk/2030-01-01/')).toBe('kk');
    expect(addressLanguage('/acts/decree-2011-149/en/')).toBe('en');
    expect(addressLanguage('/rus/')).toBe('en');
    expect(addressLanguage('/guides/ru/')).toBe('en');
  });
});

describe('the rows of /acts/', () => {
  const row = (lang: 'en' | 'ru' | 'kk') => actRows(library, lang).find((r) => r.slug === 'decree-2011-149')!;

  it('say an act in the reader’s language: title, kind, date, status, languages', () => {
    const ru = row('ru');
    expect(ru.title).toEqual({ text: 'О Положении об Ассамблее народа Казахстана', lang: 'ru' });
    expect(ru.name).toBe('Указ № 149 от 7 сентября 2011 г.');
    expect(ru.kindName).toBe('Указ');
    expect(ru.statusText).toBe('Утратил силу с 27 декабря 2024 г.');
    expect(ru.href).toBe('/acts/decree-2011-149/ru/');
    expect(ru.languages.map((l) => l.name)).toEqual(expect.arrayContaining(['Русский', 'Казахский', 'Английский']));
    const kk = row('kk');
    expect(kk.statusText).toBe('2024 жылғы 27 желтоқсаннан бастап күші жойылған');
    expect(kk.title?.lang).toBe('kk');
    expect(row('en').statusText).toBe('No longer in force since 27 December 2024');
  });

  it('give a title the act has not in the reader’s language in an official one, marked with it', () => {
    const withoutEnglish = [...library.acts.values()].find((a) => a.inCollection && !a.meta?.titles.en && a.meta?.titles.ru)!;
    expect(titleIn(withoutEnglish, 'en')).toEqual({ text: withoutEnglish.meta!.titles.ru, lang: 'ru' });
    // An act with no English text is read in the official language from the English pages.
    const noEnglishText = [...library.acts.values()].find((a) => a.inCollection && !a.languages.includes('en'))!;
    expect(actRows(library, 'en').find((r) => r.slug === noEnglishText.slug)!.href).toBe(`/acts/${noEnglishText.slug}/`);
  });

  it('list every act with its text once, oldest first', () => {
    const rows = actRows(library, 'kk');
    expect(rows.length).toBe([...library.acts.values()].filter((a) => a.inCollection).length);
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
  });
});

describe('acts known by reference', () => {
  it('are named in the reader’s language and lead to their page in it', () => {
    const kk = referencedActs(library, 'kk').find((a) => a.href === '/acts/decree-2012-450/kk/')!;
    expect(kk.name).toBe('2012 жылғы 21 желтоқсандағы № 450 Жарлық');
    const ru = referencedActs(library, 'ru').find((a) => a.href === '/acts/decree-2012-450/ru/')!;
    expect(ru.name).toBe('Указ № 450 от 21 декабря 2012 г.');
    expect(ru.known).toMatch(/^\d+ записанн(ое изменение|ых изменения|ых изменений)$/);
  });
});

describe('the latest changes on the home page', () => {
  it('say each change in the reader’s language, with the acts named in it', () => {
    const ru = latestChangeLines(library, 'ru');
    expect(ru.length).toBeGreaterThan(0);
    const repeal = ru.find((c) => c.by.href === '/acts/decree-2024-747/ru/' && c.target.href === '/acts/decree-2011-149/ru/')!;
    expect(repeal.date).toBe('27 декабря 2024 г.');
    expect(repeal.target.name).toBe('Указ № 149 от 7 сентября 2011 г.');
    for (const line of ru) for (const c of line.changes) expect(c.text).not.toMatch(/[A-Za-z]{3,}/);
  });
});

describe('the search page’s words', () => {
  it('translate the values the index holds in English: acts, languages, statuses, chapters', () => {
    const ui = searchUi(library, 'ru');
    expect(ui.labels['Decree No. 149 of 7 September 2011']).toBe('Указ № 149 от 7 сентября 2011 г.');
    expect(ui.labels.Kazakh).toBe('Казахский');
    expect(ui.labels['no longer in force']).toBe('утратил силу');
    expect(ui.labels['Chapter 1']).toBe('глава 1');
    expect(ui.inSentence.kk).toBe('казахском');
    expect(searchUi(library, 'kk').labels['Chapter 1']).toBe('1-тарау');
    expect(searchUi(library, 'en').dates['2011-09-07']).toBe('7 September 2011');
    expect(searchUi(library, 'kk').dates['2011-09-07']).toBe('2011 жылғы 7 қыркүйек');
  });

  it('have a sentence for every count the language’s plural rules give', () => {
    for (const lang of ['en', 'ru', 'kk'] as const) {
      const ui = searchUi(library, lang);
      const rules = new Intl.PluralRules(lang);
      for (const n of [0, 1, 2, 5, 11, 21, 22, 25, 101]) expect(ui.found[rules.select(n)], `${lang} ${n}`).toBeDefined();
    }
  });
});
