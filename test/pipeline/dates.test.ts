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
