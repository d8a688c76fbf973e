import { describe, expect, it } from 'vitest';
import { readAmendingActs, slugFor } from '../../src/pipeline/amendments.js';
import { matchStatedTarget } from '../../src/pipeline/keywords.js';

describe('readAmendingActs', () => {
  it('reads an English reference with the number before the date', () => {
    const { acts, action } = readAmendingActs(
      'Paragraph 12 as amended by Decree of the President of the Republic of Kazakhstan No. 828 of 24.01.2019 (shall be enacted from the date of its first official publication).',
      'other',
    );
    expect(action).toBe('amended');
    expect(acts).toEqual([
      {
        kind: 'decree',
        issuer: 'President',
        number: '828',
        date: '2019-01-24',
        slug: 'decree-2019-828',
        action: 'amended',
        entryIntoForce: 'shall be enacted from the date of its first official publication',
      },
    ]);
  });

  it('reads several Russian decrees in one footnote, each with its own rule', () => {
    const { acts } = readAmendingActs(
      'Пункт 13 в редакции указов Президента РК от 24.01.2019 № 828 (вводится в действие со дня его первого официального опубликования); от 18.01.2021 № 495 (вводится в действие со дня его первого официального опубликования).',
      'other',
    );
    expect(acts.map((a) => [a.kind, a.number, a.date, a.action])).toEqual([
      ['decree', '828', '2019-01-24', 'reworded'],
      ['decree', '495', '2021-01-18', 'reworded'],
    ]);
  });

  it('reads a Kazakh reference whose act word comes last and whose date is year first', () => {
    const { acts, action } = readAmendingActs('25-тармақ жаңа редакцияда - ҚР Президентінің 2012.12.21 № 450 Жарлығымен.', 'other');
    expect(action).toBe('reworded');
    expect(acts.map((a) => a.slug)).toEqual(['decree-2012-450']);
  });

  it('maps Cyrillic look-alikes in Roman numerals to Latin', () => {
    const { acts } = readAmendingActs('Статья 3 в редакции Закона РК от 27.04.2018 № 149-VІ.', 'other');
    expect(acts[0]!.number).toBe('149-VI');
    expect(acts[0]!.slug).toBe('law-2018-149-vi');
  });

  it('returns no act, and no action, for words it does not understand', () => {
    expect(readAmendingActs('Something else entirely.', 'other')).toEqual({ acts: [], action: undefined });
  });
});

describe('matchStatedTarget', () => {
  it.each([
    ['Title of the chapter 1 in the wording of…', { kind: 'chapter', num: '1', heading: true }],
    ['Заголовок главы 2 в редакции…', { kind: 'chapter', num: '2', heading: true }],
    ['1-тараудың тақырыбы жаңа редакцияда', { kind: 'chapter', num: '1', heading: true }],
    ['Paragraph 5 – in the wording of…', { kind: 'paragraph', num: '5' }],
    ['Пункт 13 в редакции…', { kind: 'paragraph', num: '13' }],
    ['13-тармақ жаңа редакцияда', { kind: 'paragraph', num: '13' }],
    ['12-тармаққа өзгеріс енгізілді', { kind: 'paragraph', num: '12' }],
    ['Cтатья 19 в редакции (with a Latin C)', undefined],
    ['Статья 7 с изменениями', { kind: 'article', num: '7' }],
    ['Закон дополнен статьей 10-1 в соответствии…', { kind: 'article', num: '10-1' }],
    ['Преамбула в редакции…', { kind: 'preamble' }],
    ['По всему тексту слова…', { kind: 'act' }],
    ['Abrogated by Decree…', undefined],
  ])('reads %s', (text, expected) => {
    const got = matchStatedTarget(text);
    if (!expected) expect(got).toBeUndefined();
    else expect(got).toMatchObject(expected);
  });
});

describe('slugFor', () => {
  it('builds {type}-{year}-{number}', () => {
    expect(slugFor('decree', '2021-07-21', '626')).toBe('decree-2021-626');
    expect(slugFor('law', '2008-10-20', '70-IV')).toBe('law-2008-70-iv');
  });
});
