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

  it('gives each act of a list its own kind: the act word before its number, after it in Kazakh', () => {
    const slugs = (s: string) => readAmendingActs(s, 'other').acts.map((a) => a.slug);
    expect(slugs('Статья 9 в редакции Указа Президента Республики Казахстан, имеющего силу Закона, от 19 декабря 1995 г. N 2691, законами РК от 21.01.2013 № 72-V; от 05.07.2011 № 452-IV')).toEqual([
      'decree-1995-2691',
      'law-2013-72-v',
      'law-2011-452-iv',
    ]);
    expect(slugs('Статья 2 с изменениями, внесенными Конституционным законом РК от 03.07.2017 № 86-VI')).toEqual(['constitutional-law-2017-86-vi']);
    expect(slugs('5-тармақ өзгертілді - ҚР 2013.01.21 № 72-V Заңымен, ҚР Президентінің 2017.05.05 № 471 Жарлығымен')).toEqual(['law-2013-72-v', 'decree-2017-471']);
    expect(slugs('См. постановление Конституционного Совета РК от 21 декабря 2001 г. N 18/2')).toEqual(['resolution-2001-18-2']);
  });

  it('reads notes of an interpretation or a suspension, which change no wording', () => {
    expect(readAmendingActs('См. постановление Конституционного Совета РК от 12 апреля 2001 г. N 1/2.', 'other').action).toBe('interpreted');
    expect(readAmendingActs('1-баптың 1-тармағына түсініктеме берілді - ҚР Конституциялық Кеңесінің 1999.03.29 N 7/2 қаулысымен', 'other').action).toBe('interpreted');
    expect(readAmendingActs('Действие ст. 23 приостановлено до 1 января 2003 года - Законом РК от 7 августа 2002 г. N 350', 'other').action).toBe('suspended');
    expect(readAmendingActs('23-баптың қолданылуы 2003 жылдың 1 қаңтарына дейiн тоқтатыла тұрсын - ҚР 2002.08.07 N 350 Заңымен', 'other').action).toBe('suspended');
  });

  it('reads each sentence of a footnote as a note of its own: an amendment, then interpretations', () => {
    const { acts } = readAmendingActs('В статью 41 внесены изменения - Законом РК от 7 октября 1998 г. N 284. См. постановление Конституционного Совета РК от 9 октября 1998 г. N 9/2; постановление Конституционного Совета РК от 19 августа 2005 года N 5', 'other');
    expect(acts.map((a) => [a.slug, a.action])).toEqual([
      ['law-1998-284', 'amended'],
      ['resolution-1998-9-2', 'interpreted'],
      ['resolution-2005-5', 'interpreted'],
    ]);
    const second = readAmendingActs('См. постановление Конституционного Совета РК от 18 марта 1999 г. N 5/2; от 11 февраля 2003 г. N 1. Статья 51 с изменениями, внесенными Законом РК от 21 мая 2007 г. N 254', 'other').acts;
    expect(second.map((a) => [a.slug, a.action])).toEqual([
      ['resolution-1999-5-2', 'interpreted'],
      ['resolution-2003-1', 'interpreted'],
      ['law-2007-254', 'amended'],
    ]);
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
