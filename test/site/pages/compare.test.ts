import { describe, expect, it } from 'vitest';
import { compareData, comparisonLinks, unitAnchor } from '../../../src/site/pages/compare.js';
import { changeKind, comparisonBody, publishedLinks, sideBySide, type CompareData } from '../../../src/site/pages/comparison.js';
import type { ComparableTimeline } from '../../../src/versioning/compare.js';
import { wordDiff } from '../../../src/versioning/compare.js';
import type { ChangeRecord } from '../../../src/versioning/timeline.js';
import { chosenComparison, compareSteps, comparedInBrowser, prerenderedPair, prerenderedPairs } from '../../../src/site/pages/compare-choice.js';
import { contentLibrary } from '../../versioning/library.js';

describe('unitAnchor', async () => {
  const library = await contentLibrary();
  const act = library.acts.get('law-1993-2572-xii')!;

  it('lands on the unit where the page shows it', () => {
    const doc = library.version(act, 'ru', '2024-07-16');
    expect(unitAnchor(doc, 'art_2__para_1')).toBe('#art_2__para_1');
  });

  it('lands on the unit that contains it where this language prints no such unit', () => {
    // The Kazakh 2011 edition prints Art. 2 without numbered paragraphs; the Russian one numbers them.
    const doc = library.version(act, 'kk', '2011-10-13');
    expect(unitAnchor(doc, 'art_2__para_1')).toBe('#art_2');
  });

  it('lands on the top of the page when nothing of it is there', () => {
    const doc = library.version(act, 'kk', '2011-10-13');
    expect(unitAnchor(doc, 'att_9__para_1')).toBe('');
  });
});

describe('walking and choosing comparisons', () => {
  const dates = ['2011-09-07', '2012-12-21', '2017-05-05', '2019-01-24'];

  it('steps to the comparisons of consecutive versions just before and after a pair', () => {
    expect(compareSteps('decree-2011-149', 'ru', dates, '2012-12-21', '2017-05-05')).toEqual({
      previous: { from: '2011-09-07', to: '2012-12-21', href: '/acts/decree-2011-149/ru/compare/2011-09-07/2012-12-21/' },
      next: { from: '2017-05-05', to: '2019-01-24', href: '/acts/decree-2011-149/ru/compare/2017-05-05/2019-01-24/' },
    });
    expect(compareSteps('decree-2011-149', 'ru', dates, '2011-09-07', '2019-01-24')).toEqual({});
  });

  it('leads a choice to its comparison in time order, and nowhere for a date that is not a version', () => {
    expect(chosenComparison('decree-2011-149', 'kk', dates, '2017-05-05', '2011-09-07')).toEqual({
      from: '2011-09-07',
      to: '2017-05-05',
      href: '/acts/decree-2011-149/kk/compare/2011-09-07/2017-05-05/',
      prerendered: false,
    });
    expect(chosenComparison('decree-2011-149', 'kk', dates, '2019-01-24', '2011-09-07')?.prerendered).toBe(true);
    expect(chosenComparison('decree-2011-149', 'kk', dates, '2012-12-21', '2017-05-05')?.prerendered).toBe(true);
    expect(chosenComparison('decree-2011-149', 'kk', dates, '2017-05-05', '2017-05-05')).toBeUndefined();
    expect(chosenComparison('decree-2011-149', 'kk', dates, '2017-05-06', '2011-09-07')).toBeUndefined();
    expect(chosenComparison('decree-2011-149', 'kk', dates, null, '2011-09-07')).toBeUndefined();
  });
});

describe('the comparisons that have a page of their own', () => {
  it('are each version with the next and with the last: 2V − 3 of the V(V − 1)/2 pairs', () => {
    const dates = ['2001-01-01', '2002-01-01', '2003-01-01', '2004-01-01', '2005-01-01'];
    expect(prerenderedPairs(dates)).toEqual([
      ['2001-01-01', '2002-01-01'],
      ['2001-01-01', '2005-01-01'],
      ['2002-01-01', '2003-01-01'],
      ['2002-01-01', '2005-01-01'],
      ['2003-01-01', '2004-01-01'],
      ['2003-01-01', '2005-01-01'],
      ['2004-01-01', '2005-01-01'],
    ]);
    const thirty = Array.from({ length: 30 }, (_, i) => `${2000 + i}-01-01`);
    expect(prerenderedPairs(thirty)).toHaveLength(57);
    expect(prerenderedPair(dates, '2001-01-01', '2003-01-01')).toBe(false);
    expect(prerenderedPair(dates, '2003-01-01', '2001-01-01')).toBe(false);
    expect(prerenderedPair(dates, '2001-01-01', '2001-06-01')).toBe(false);
    // From four versions on, some two are compared in the browser.
    expect(comparedInBrowser(dates.slice(0, 3))).toBe(false);
    expect(comparedInBrowser(dates.slice(0, 4))).toBe(true);
  });
});

describe('comparisons computed in the browser', async () => {
  const library = await contentLibrary();

  it('give the HTML the pages give, for every two versions of every act, in each of its languages', () => {
    let compared = 0;
    for (const act of library.acts.values()) {
      if (!act.languages.length) continue;
      const timeline = library.timeline(act.slug);
      // As the browser has it: through JSON.
      const published = JSON.parse(JSON.stringify(compareData(library, act))) as CompareData;
      const dates = timeline.versions.map((v) => v.date);
      for (const lang of act.languages) {
        const site = comparisonLinks(library, act, lang);
        const browser = publishedLinks(published, lang);
        for (const [i, from] of dates.entries()) {
          for (const to of dates.slice(i + 1)) {
            expect(comparisonBody(published.timeline, lang, from, to, browser).html, `${act.slug} ${lang} ${from} ${to}`).toBe(comparisonBody(timeline, lang, from, to, site).html);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(700);
  });

  it('escapes the words it shows', () => {
    const timeline: ComparableTimeline = {
      act: 'x',
      versions: [{ date: '2001-01-01' }, { date: '2002-01-01' }],
      units: [
        {
          eId: 'para_1',
          periods: {
            ru: [
              { from: '2001-01-01', status: 'in-force', wording: { lang: 'ru', text: '1. Слова <b>жирные</b> & "кавычки".' } },
              { from: '2002-01-01', status: 'in-force', wording: { lang: 'ru', text: "1. Слова <script>alert('x')</script>." } },
            ],
          },
        },
      ],
      changes: [],
    };
    const { html, changed } = comparisonBody(timeline, 'ru', '2001-01-01', '2002-01-01', { act: (s) => `/acts/${s}/`, anchor: (_, e) => `#${e}` });
    expect(changed).toBe(1);
    expect(html).not.toMatch(/<b>|<script/);
    for (const escaped of ['&lt;', '&gt;', '&#39;x&#39;', ' &amp; &quot;кавычки&quot;']) expect(html).toContain(escaped);
  });
});

const change = (action: string) => ({ action }) as unknown as ChangeRecord;

describe('changeKind', () => {
  it('names a wording changed by one kind of recorded change by it', () => {
    expect(changeKind({ reason: 'text', changes: [change('reworded')] }, 'en')).toBe('reworded');
    expect(changeKind({ reason: 'text', changes: [change('words-replaced'), change('words-replaced')] }, 'ru')).toBe('заменены слова');
  });

  it('names each kind where several acts changed it differently', () => {
    expect(changeKind({ reason: 'text', changes: [change('amended'), change('reworded')] }, 'en')).toBe('amended, reworded');
    expect(changeKind({ reason: 'text', changes: [change('reworded'), change('supplemented')] }, 'kk')).toBe('жаңа редакцияда жазылды, толықтырылды');
  });

  it('says when no note records the change, rather than guess its kind', () => {
    expect(changeKind({ reason: 'text', changes: [] }, 'en')).toBe('changed, with no note in the collection recording it');
    expect(changeKind({ reason: 'text', changes: [] }, 'ru')).toBe('изменено, но ни одна сноска коллекции этого не записывает');
  });

  it('falls back to what the texts show for a kind it has no name for, and names status changes', () => {
    expect(changeKind({ reason: 'text', changes: [change('reworded'), change('other')] }, 'en')).toBe('reworded or amended');
    expect(changeKind({ reason: 'excluded', changes: [change('excluded')] }, 'en')).toBe('excluded');
    expect(changeKind({ reason: 'added', changes: [] }, 'ru')).toBe('добавлено');
  });
});

describe('sideBySide', () => {
  it('sets a rewording beside its earlier wording', () => {
    const parts = wordDiff('Ассамблею возглавляет Президент Республики Казахстан.', 'Председателем Ассамблеи является лицо, назначаемое Главой государства.', 'ru');
    expect(sideBySide(parts)).toBe(true);
  });

  it('keeps an edit of a few words inline, and an addition or a removal alone', () => {
    const edit = wordDiff('Совет состоит из председателя, заместителя и членов Совета.', 'Совет состоит из председателя, двух заместителей и членов Совета.', 'ru');
    expect(sideBySide(edit)).toBe(false);
    expect(sideBySide(wordDiff('Совет.', 'Совет. Новое предложение целиком.', 'ru'))).toBe(false);
    expect(sideBySide(wordDiff('Совет. Старое предложение целиком.', 'Совет.', 'ru'))).toBe(false);
  });
});
