import { describe, expect, it } from 'vitest';
import { inForceOf, readEntryRule } from '../../src/versioning/in-force.js';

describe('readEntryRule', () => {
  it('reads a date of its own, in each language', () => {
    expect(readEntryRule('вводится в действие с 01.01.2015')).toEqual({ kind: 'date', date: '2015-01-01' });
    expect(readEntryRule('2015 жылғы 1 қаңтардан бастап қолданысқа енгізіледі')).toEqual({ kind: 'date', date: '2015-01-01' });
    expect(readEntryRule('shall be enforced from 1 January 2015')).toEqual({ kind: 'date', date: '2015-01-01' });
  });

  it('reads the day of signing', () => {
    expect(readEntryRule('вводится в действие со дня подписания')).toEqual({ kind: 'signing' });
    expect(readEntryRule('қол қойылған күнінен бастап қолданысқа енгізіледі')).toEqual({ kind: 'signing' });
    expect(readEntryRule('shall be enforced from the date of its signing')).toEqual({ kind: 'signing' });
  });

  it('reads the day of first official publication', () => {
    expect(readEntryRule('вводится в действие со дня его первого официального опубликования')).toEqual({ kind: 'publication', days: 0 });
    expect(readEntryRule('алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі')).toEqual({ kind: 'publication', days: 0 });
    expect(readEntryRule('алғаш ресми жарияланған күнінен бастап қолданысқа енгізіледі')).toEqual({ kind: 'publication', days: 0 });
    expect(readEntryRule('shall be enacted from the date of its first official publication')).toEqual({ kind: 'publication', days: 0 });
    expect(readEntryRule('shall be enforced after the day of its first official publication')).toEqual({ kind: 'publication', days: 1 });
  });

  it('reads ten calendar days after first official publication as the eleventh day after it', () => {
    expect(readEntryRule('вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования')).toEqual({ kind: 'publication', days: 11 });
    expect(readEntryRule('вводится в действие по истечении десяти календарных дней после его первого официального опубликования')).toEqual({ kind: 'publication', days: 11 });
    expect(readEntryRule('алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі')).toEqual({ kind: 'publication', days: 11 });
    expect(readEntryRule('shall be enforced upon expiry of ten calendar days after the day of its first official publication')).toEqual({ kind: 'publication', days: 11 });
  });

  it('says when the rule is in the amending act, or not understood', () => {
    expect(readEntryRule('порядок введения в действие см. ст. 2')).toEqual({ kind: 'elsewhere' });
    expect(readEntryRule('some words')).toEqual({ kind: 'unknown' });
  });
});

describe('inForceOf', () => {
  it('gives a stated date exactly', () => {
    expect(inForceOf('2014-07-04', [{ lang: 'ru', text: 'вводится в действие с 01.01.2015' }])).toMatchObject({ from: '2015-01-01', exact: true });
  });

  it('bounds a start that needs a publication date the collection lacks', () => {
    const r = inForceOf('2022-02-07', [{ lang: 'ru', text: 'вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования' }]);
    expect(r).toMatchObject({ from: '2022-02-18', exact: false });
  });

  it('is exact where the publication date is known', () => {
    const r = inForceOf('2022-02-07', [{ lang: 'ru', text: 'вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования' }], { date: '2022-02-09', source: 'Казахстанская правда' });
    expect(r).toMatchObject({ from: '2022-02-20', exact: true });
  });

  it('reads the official languages first where a translation says otherwise', () => {
    const r = inForceOf('2021-01-18', [
      { lang: 'en', text: 'shall be enforced after the day of its first official publication' },
      { lang: 'ru', text: 'вводится в действие со дня его первого официального опубликования' },
    ]);
    expect(r).toMatchObject({ from: '2021-01-18', exact: false });
    expect(r.rule!.lang).toBe('ru');
  });

  it('bounds a change no note gives a rule for by the act\'s date', () => {
    expect(inForceOf('2012-12-21', [])).toEqual({ from: '2012-12-21', exact: false });
  });
});
