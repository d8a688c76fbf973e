import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../../src/pipeline/dates.js';

describe('parseDate', () => {
  it.each([
    ['dated 27.12.2024 № 747', '2024-12-27'],
    ['ҚР Президентінің 2012.12.21 № 450', '2012-12-21'],
    ['No. 149 dated September 7, 2011', '2011-09-07'],
    ['dated 20 October 2008', '2008-10-20'],
    ['от 7 сентября 2011 года № 149', '2011-09-07'],
    ['2011 жылғы 7 қыркүйектегі № 149 Жарлығымен', '2011-09-07'],
    ['от 26 апреля 2002 года', '2002-04-26'],
  ])('reads %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('rejects dates that are not on the calendar', () => {
    expect(parseDate('31.02.2020')).toBeUndefined();
  });

  it('finds every date in order', () => {
    expect(findDates('от 24.01.2019 № 828 (…); от 18.01.2021 № 495').map((d) => d.iso)).toEqual(['2019-01-24', '2021-01-18']);
  });
});

describe('findDates on hostile text', () => {
  it('reads 80,000 letters without a date in linear time', () => {
    for (const letter of ['a', 'б', 'ә']) {
      const start = performance.now();
      expect(findDates(letter.repeat(80_000))).toEqual([]);
      expect(performance.now() - start).toBeLessThan(50);
    }
  });

  it('still finds a month word after other words and punctuation', () => {
    expect(parseDate('(см. от 7 сентября 2011 года)')).toBe('2011-09-07');
    expect(parseDate('signed on September 7, 2011')).toBe('2011-09-07');
    expect(parseDate('2011 жылғы 7 желтоқсандағы')).toBe('2011-12-07');
  });
});
