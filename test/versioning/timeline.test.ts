import { describe, expect, it } from 'vitest';
import { periodOn, versionOn, wordingOn } from '../../src/versioning/timeline.js';
import { compareVersions } from '../../src/versioning/compare.js';
import { contentLibrary } from './library.js';

const library = await contentLibrary();
const timeline = library.timeline('decree-2011-149');
const unit = (eId: string) => timeline.units.find((u) => u.eId === eId)!;

describe('the versions of Decree No. 149', () => {
  it('are the act date and every amending act date, ending with the abrogation', () => {
    expect(timeline.versions.map((v) => v.date)).toEqual(['2011-09-07', '2012-12-21', '2017-05-05', '2019-01-24', '2021-01-18', '2021-07-21']);
    expect(timeline.end).toMatchObject({ date: '2024-12-27', by: 'decree-2024-747' });
    // The notes that record the abrogation, in each language's latest edition.
    expect(timeline.end!.sources.map((s) => s.lang).sort()).toEqual(['en']);
    expect(timeline.versions.at(-1)!.to).toBe('2024-12-27');
  });

  it('finds the version in force on a date', () => {
    expect(versionOn(timeline, '2015-01-01')!.date).toBe('2012-12-21');
    expect(versionOn(timeline, '2021-07-21')!.date).toBe('2021-07-21');
  });

  it('records the changes of each version with the act that made them', () => {
    const v2019 = timeline.versions.find((v) => v.date === '2019-01-24')!;
    expect(v2019.changes.map((c) => `${c.by.slug}:${c.unit}`).sort()).toEqual(['decree-2019-828:att_1__para_12', 'decree-2019-828:att_1__para_13']);
  });
});

describe('paragraph 5, whose wording each language holds for some periods only', () => {
  it('has the Russian wording of 2011, of 2017 to 2021, and none after Decree No. 626', () => {
    const periods = unit('att_1__para_5').periods.ru!;
    expect(periods.map((p) => [p.from, p.to, p.wording?.edition ?? null])).toEqual([
      ['2011-09-07', '2017-05-05', 'decree-2011-149/ru/2011-09-07'],
      ['2017-05-05', '2021-07-21', 'decree-2011-149/ru/2021-01-18'],
      ['2021-07-21', '2024-12-27', null],
    ]);
    expect(periods[0]!.wording!.text).toMatch(/Лидер Нации/);
    expect(periods[1]!.wording!.text).toMatch(/Елбасы является пожизненным/);
  });

  it('has English only from Decree No. 626 on', () => {
    const en = unit('att_1__para_5').periods.en!;
    expect(en.filter((p) => p.wording).map((p) => p.from)).toEqual(['2021-07-21']);
  });

  it('offers another language where one lacks the wording, never another period', () => {
    const r = wordingOn(unit('att_1__para_5'), 'en', '2015-01-01');
    expect(r.fallback).toBe(true);
    expect(r.wording!.lang).toBe('ru');
    expect(r.wording!.text).toMatch(/Лидер Нации/);
  });
});

describe('paragraphs 25–29 on 1 January 2015, in English', () => {
  it('have the English wording of 25 and 26 as reworded in 2012, and 27–29 excluded', () => {
    for (const eId of ['att_1__para_25', 'att_1__para_26']) {
      const p = periodOn(unit(eId), 'en', '2015-01-01')!;
      expect(p.from).toBe('2012-12-21');
      expect(p.wording?.lang).toBe('en');
    }
    for (const eId of ['att_1__para_27', 'att_1__para_28', 'att_1__para_29']) expect(periodOn(unit(eId), 'en', '2015-01-01')!.status).toBe('excluded');
  });
});

describe('comparing Russian versions', () => {
  const changed = (from: string, to: string) => compareVersions(timeline, 'ru', from, to).units.filter((u) => u.changed).map((u) => u.unit.eId);

  it('2017-05-05 → 2019-01-24: exactly paragraphs 12 and 13', () => {
    expect(changed('2017-05-05', '2019-01-24')).toEqual(['att_1__para_12', 'att_1__para_13']);
  });

  it('2019-01-24 → 2021-01-18: paragraphs 11 and 13 and the four chapter headings', () => {
    expect(changed('2019-01-24', '2021-01-18').sort()).toEqual(['att_1__chp_1', 'att_1__chp_2', 'att_1__chp_3', 'att_1__chp_4', 'att_1__para_11', 'att_1__para_13']);
  });

  it('2011-09-07 → 2017-05-05: paragraph 5, 25 and 26 reworded, 27–29 excluded', () => {
    const c = compareVersions(timeline, 'ru', '2011-09-07', '2017-05-05');
    expect(c.units.filter((u) => u.changed).map((u) => `${u.unit.eId}:${u.reason}`)).toEqual([
      'att_1__para_5:text',
      'att_1__para_25:text',
      'att_1__para_26:text',
      'att_1__para_27:excluded',
      'att_1__para_28:excluded',
      'att_1__para_29:excluded',
    ]);
  });

  it('diffs words, not characters, in Cyrillic', () => {
    const para12 = compareVersions(timeline, 'ru', '2017-05-05', '2019-01-24').units.find((u) => u.unit.eId === 'att_1__para_12')!;
    expect(para12.diff!.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['города']);
    expect(para12.diff!.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['городов']);
  });
});

describe('where the sources disagree', () => {
  it('shows that the English footnote of paragraph 5 names only No. 626 while the Russian editions record No. 471', () => {
    const d = timeline.disagreements.find((x) => x.kind === 'footnote-omits-act' && x.unit === 'att_1__para_5' && x.omittedIn.lang === 'en');
    expect(d).toMatchObject({ act: { slug: 'decree-2017-471' }, omittedIn: { edition: 'decree-2011-149/en/2021-07-21' } });
  });

  it('checks the history against Decree No. 747, which lists every amending act', () => {
    const d = timeline.disagreements.find((x) => x.kind === 'repealer-list');
    expect(d).toEqual({
      kind: 'repealer-list',
      repealer: 'decree-2024-747',
      // Its Russian and Kazakh texts list the same acts: either one answers.
      edition: expect.stringMatching(/^decree-2024-747\/(?:ru|kk)\/2024-12-27$/),
      listedOnly: [],
      recordedOnly: [],
      agreed: ['decree-2012-450', 'decree-2017-471', 'decree-2019-828', 'decree-2021-495', 'decree-2021-626'],
    });
  });

  it('notes the Kazakh record of a change to the Russian text of paragraph 6 that the Russian texts do not show', () => {
    expect(timeline.disagreements.some((x) => x.kind === 'change-not-visible' && x.unit === 'att_1__para_6' && x.lang === 'ru')).toBe(true);
  });

  it('keeps the footnotes naming the wrong chapter with the heading they follow', () => {
    const d = timeline.disagreements.filter((x) => x.kind === 'footnote-target').map((x) => (x.kind === 'footnote-target' ? x.unit : ''));
    expect([...new Set(d)].sort()).toEqual(['att_1__chp_3', 'att_1__chp_4']);
  });
});

describe('the Law, whose articles were added later', () => {
  const law = library.timeline('law-2008-70-iv');
  it('leaves an article added in 2018 out of earlier versions, with its paragraphs', () => {
    const art = law.units.find((u) => u.eId === 'art_10-1')!;
    expect(periodOn(art, 'ru', '2015-01-01')!.status).toBe('absent');
    expect(periodOn(art, 'ru', '2022-02-07')!.status).toBe('in-force');
    expect(periodOn(law.units.find((u) => u.eId === 'art_10-1__para_1')!, 'ru', '2015-01-01')!.status).toBe('absent');
  });
});
