import { describe, expect, it } from 'vitest';
import { movedPage } from '../../../src/site/pages/moved.js';
import { historyHref } from '../../../src/site/pages/site.js';
import { readingPath, versionPath } from '../../../src/model/paths.js';
import { contentLibrary } from '../../versioning/library.js';

/* One page per text: the addresses that lead to another page, on the real collection. */

const library = await contentLibrary();
const decree = library.acts.get('decree-2011-149')!;

describe('where a version is read', () => {
  const versions = [{ date: '2011-09-07' }, { date: '2017-05-05' }, { date: '2021-07-21' }];

  it('is the dated page for every version but the latest, whose text is the act’s page in the language', () => {
    expect(readingPath('x', 'ru', '2011-09-07', versions)).toBe('/acts/x/ru/2011-09-07/');
    expect(readingPath('x', 'ru', '2017-05-05', versions)).toBe(versionPath('x', 'ru', '2017-05-05'));
    expect(readingPath('x', 'kk', '2021-07-21', versions)).toBe('/acts/x/kk/');
    // A later version makes the dated address a page of its own.
    expect(readingPath('x', 'kk', '2021-07-21', [...versions, { date: '2024-01-01' }])).toBe('/acts/x/kk/2021-07-21/');
  });
});

describe('a moved address', () => {
  it('leads the landing address to the default official language, offering each of the act’s languages to the script', () => {
    const page = movedPage(decree, { kind: 'landing' });
    expect(page.lang).toBe('ru');
    expect(page.to).toBe('/acts/decree-2011-149/ru/');
    expect(page.choices).toEqual({ en: '/acts/decree-2011-149/en/', ru: '/acts/decree-2011-149/ru/', kk: '/acts/decree-2011-149/kk/' });
    expect(page.title).toBe('Указ № 149 от 7 сентября 2011 г.');
    expect(page.lead).toBe('Этот адрес ведёт на страницу');
  });

  it('leads an act known only by reference to its page in the first official language', () => {
    const page = movedPage(library.acts.get('decree-2012-450')!, { kind: 'landing' });
    expect(page.to).toBe('/acts/decree-2012-450/ru/');
    expect(Object.keys(page.choices ?? {}).sort()).toEqual(['en', 'kk', 'ru']);
  });

  it('leads an act whose editions are yet to come (an act.yaml, no text) to its page of what is known, in every language', () => {
    const page = movedPage({ ...decree, languages: [], defaultLanguage: undefined }, { kind: 'landing' });
    expect(page.to).toBe('/acts/decree-2011-149/ru/');
    expect(Object.keys(page.choices ?? {}).sort()).toEqual(['en', 'kk', 'ru']);
  });

  it('leads the history and the org chart without a language to the default language’s, and the latest dated address to the text', () => {
    expect(movedPage(decree, { kind: 'history' }).to).toBe('/acts/decree-2011-149/ru/history/');
    expect(movedPage(decree, { kind: 'org' }).to).toBe('/acts/decree-2011-149/ru/org/');
    const latest = movedPage(decree, { kind: 'latest', lang: 'kk' });
    expect(latest).toMatchObject({ lang: 'kk', to: '/acts/decree-2011-149/kk/', lead: 'Бұл мекенжай мына бетке апарады:' });
    expect(latest.choices).toBeUndefined();
  });
});

describe('a link to an act’s history', () => {
  it('goes to the reader’s language where the act has it, else to the default language, never through the moved address', () => {
    expect(historyHref(library, 'decree-2011-149', 'en')).toBe('/acts/decree-2011-149/en/history/');
    const russianOnly = [...library.acts.values()].find((a) => a.inCollection && a.languages.length && !a.languages.includes('en'))!;
    expect(historyHref(library, russianOnly.slug, 'en')).toBe(`/acts/${russianOnly.slug}/${russianOnly.defaultLanguage}/history/`);
  });
});
