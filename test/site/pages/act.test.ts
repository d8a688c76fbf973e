import { describe, expect, it } from 'vitest';
import { actPage, versionChanges } from '../../../src/site/pages/act.js';
import { sinceDate } from '../../../src/i18n/index.js';
import { fixtureLibrary } from '../../fixtures/library.js';

const library = fixtureLibrary();
const act = library.acts.get('decree-2015-12')!;

describe('sinceDate', () => {
  it('puts the date where each language does, with the Kazakh ablative', () => {
    expect(sinceDate('2024-12-27', 'en')).toBe('since 27 December 2024');
    expect(sinceDate('2024-12-27', 'ru')).toBe('с 27 декабря 2024 г.');
    expect(sinceDate('2024-12-27', 'kk')).toBe('2024 жылғы 27 желтоқсаннан бастап');
  });
});

describe('versionChanges', () => {
  it('groups the changes of a version by amending act, with what each did', () => {
    const version = library.timeline('decree-2015-12').versions[1]!;
    const rule = { lang: 'en', text: 'shall be enforced from the date of its signing' };
    expect(versionChanges(version, 'en')).toEqual([{ href: '/acts/decree-2017-7/', name: 'Decree No. 7 of 5 May 2017', summary: 'reworded para. 2', rule }]);
    expect(versionChanges(version, 'ru')[0]).toEqual({ href: '/acts/decree-2017-7/', name: 'Указ № 7 от 5 мая 2017 г.', rule });
  });

  it('says why a start is only bounded: no rule stated, or a publication date not in the collection', () => {
    const version = { ...library.timeline('decree-2015-12').versions[1]!, exact: false };
    const change = version.changes[0]!;
    const bounded = (inForce: typeof change.inForce) => versionChanges({ ...version, changes: [{ ...change, inForce }] }, 'en')[0]!.bounded;
    expect(bounded({ from: '2017-05-05', exact: false })).toBe('no note states when it entered into force');
    expect(bounded({ from: '2017-05-16', exact: false, rule: { lang: 'ru', text: '…', read: { kind: 'publication', days: 11 } } })).toBe('its publication date is not in the collection');
    expect(bounded({ from: '2017-05-05', exact: true, rule: { lang: 'ru', text: '…', read: { kind: 'signing' } } })).toBeUndefined();
  });
});

describe('versionChanges, with a publication date', () => {
  it('says when the amending act was officially published, in each language, where the collection has it', () => {
    const version = library.timeline('decree-2015-12').versions[1]!;
    const change = version.changes[0]!;
    const published = { date: '2017-05-05', source: 'Kazakhstanskaya Pravda, No. 85' };
    const withPublication = { ...version, changes: [{ ...change, inForce: { from: '2017-05-06', exact: true, published } }] };
    expect(versionChanges(withPublication, 'en')[0]!.published).toEqual({ text: 'published on 5 May 2017', source: published.source });
    expect(versionChanges(withPublication, 'ru')[0]!.published!.text).toBe('опубликован 5 мая 2017 г.');
    expect(versionChanges(withPublication, 'kk')[0]!.published!.text).toBe('2017 жылғы 5 мамырда жарияланды');
    expect(versionChanges(version, 'en')[0]!.published).toBeUndefined();
  });
});

describe('actPage', () => {
  it('tells a repealed act as no longer in force, with the act that repealed it', () => {
    const page = actPage(library, act, 'en', undefined, 'latest', false);
    expect(page.repeal).toEqual({ headline: 'No longer in force', sentence: 'since 1 March 2020.', by: { href: '/acts/decree-2020-3/', name: 'Decree No. 3 of 1 March 2020' } });
    expect(page.inForce).toBe(false);
    expect(page.versionLine).toBe('In force from 5 May 2017 until the act lost force on 1 March 2020.');
  });

  it('gives an earlier version its dates, the link to the last one and the compares', () => {
    const page = actPage(library, act, 'en', '2015-01-05', 'version', false);
    expect(page.isCurrent).toBe(false);
    expect(page.original).toBe(true);
    expect(page.versionLine).toBe('In force from 5 January 2015 until 5 May 2017.');
    // A repealed act has no current version: its last one.
    expect(page.currentLink).toEqual({ href: '/acts/decree-2015-12/en/', label: 'Last version: 5 May 2017' });
    expect(page.links.map((l) => l.href)).toEqual(['/acts/decree-2015-12/en/compare/2015-01-05/2017-05-05/', '/acts/decree-2015-12/en/history/']);
    expect(page.versions.filter((v) => v.shown).map((v) => v.date)).toEqual(['2015-01-05']);
  });

  it('marks the version shown at the latest address too: the last one', () => {
    const page = actPage(library, act, 'en', undefined, 'latest', false);
    expect(page.versions.filter((v) => v.shown).map((v) => v.date)).toEqual(['2017-05-05']);
  });

  it('shows the edition of the version as published', () => {
    const page = actPage(library, act, 'en', '2017-05-05', 'version', true);
    expect(page.doc.verbatim).toBe(true);
    expect(page.assembly).toBe('This version is the edition of this date, as published.');
    expect(page.links.at(-1)).toEqual({ href: '/acts/decree-2015-12/en/org/#v-2017-05-05', label: 'Org chart' });
    // The latest version's text is read at the act's address in the language.
    expect(page.languages).toEqual([{ lang: 'en', href: '/acts/decree-2015-12/en/', name: 'English', shown: true }]);
  });
});
