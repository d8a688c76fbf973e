import { parentEId } from '../../src/model/provisions.js';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, actName, eIdLabel, formatDate, unitLabel, changeSummary } from '../../src/i18n/index.js';
import { enPlural, kk, ruPlural } from '../../src/i18n/grammar.js';
import { ACT_TYPES } from '../../src/model/act-types.js';
import { LANGUAGES } from '../../src/model/languages.js';

describe('the dictionaries', () => {
  it('have the same keys in every language, and a name for every kind of act', () => {
    const keys = (lang: (typeof LANGUAGES)[number]) => Object.keys(DICTIONARIES[lang].strings).sort();
    for (const lang of LANGUAGES) {
      expect(keys(lang)).toEqual(keys('en'));
      for (const type of ACT_TYPES) expect(DICTIONARIES[lang].kinds[type], `${lang} ${type}`).toMatch(/\S/);
    }
  });
});

describe('ruPlural', () => {
  it('chooses the form a Russian number takes', () => {
    const form = (n: number) => `${n} ${ruPlural(n, 'положение', 'положения', 'положений')}`;
    expect([1, 2, 5, 11, 12, 14, 21, 22, 25, 101, 111].map(form)).toEqual([
      '1 положение', '2 положения', '5 положений', '11 положений', '12 положений', '14 положений',
      '21 положение', '22 положения', '25 положений', '101 положение', '111 положений',
    ]);
  });
});

describe('enPlural', () => {
  it('is singular for one only', () => {
    expect([0, 1, 2].map((n) => enPlural(n, 'provision', 'provisions'))).toEqual(['provisions', 'provision', 'provisions']);
  });
});

describe('kk', () => {
  it('puts month names in the cases dates need, by vowel harmony and the last sound', () => {
    expect(kk('7 қыркүйек', 'ablative')).toBe('7 қыркүйектен');
    expect(kk('21 желтоқсан', 'dative')).toBe('21 желтоқсанға');
    expect(kk('21 желтоқсан', 'ablative')).toBe('21 желтоқсаннан');
    expect(kk('21 шілде', 'ablative')).toBe('21 шілдеден');
    expect(kk('21 шілде', 'dative')).toBe('21 шілдеге');
    expect(kk('7 қыркүйек', 'dative')).toBe('7 қыркүйекке');
    expect(kk('5 мамыр', 'locative-attributive')).toBe('5 мамырдағы');
    expect(kk('7 қыркүйек', 'locative-attributive')).toBe('7 қыркүйектегі');
    expect(kk('2012 жыл', 'dative')).toBe('2012 жылға');
  });

  it('puts the designation of a provision in the accusative and the genitive', () => {
    expect(kk('33-бап', 'accusative')).toBe('33-бапты');
    expect(kk('2-тарау', 'accusative')).toBe('2-тарауды');
    expect(kk('5)-тармақша', 'accusative')).toBe('5)-тармақшаны');
    expect(kk('Кіріспе', 'accusative')).toBe('Кіріспені');
    expect(kk('3-бөлім', 'accusative')).toBe('3-бөлімді');
    expect(kk('33-бап', 'genitive')).toBe('33-баптың');
    expect(kk('Кіріспе', 'genitive')).toBe('Кіріспенің');
  });
});

describe('formatDate', () => {
  it('writes a date the way each language does', () => {
    expect(formatDate('2011-09-07', 'en')).toBe('7 September 2011');
    expect(formatDate('2011-09-07', 'ru')).toBe('7 сентября 2011 г.');
    expect(formatDate('2011-09-07', 'kk')).toBe('2011 жылғы 7 қыркүйек');
  });
});

describe('actName', () => {
  it('names an act by kind, number and date in each language', () => {
    const act = { kind: 'decree', number: '12', date: '2015-01-05' };
    expect(actName(act, 'en')).toBe('Decree No. 12 of 5 January 2015');
    expect(actName(act, 'ru')).toBe('Указ № 12 от 5 января 2015 г.');
    expect(actName(act, 'kk')).toBe('2015 жылғы 5 қаңтардағы № 12 Жарлық');
  });

  it('names an act without a number (the Constitution) without one', () => {
    expect(actName({ kind: 'constitution', number: '', date: '1995-08-30' }, 'en')).toBe('Constitution of 30 August 1995');
  });
});

describe('eIdLabel', () => {
  it('labels nested provisions, attachments left out', () => {
    expect(eIdLabel('att_1__para_5__subpara_3', 'en')).toBe('subpara. 3) of para. 5');
    expect(eIdLabel('art_7__para_2', 'ru')).toBe('п. 2 ст. 7');
    expect(eIdLabel('art_7__para_2', 'kk')).toBe('7-бап, 2-тармақ');
    expect(eIdLabel('att_1__chp_2', 'en')).toBe('Chapter 2');
    expect(eIdLabel('preamble', 'ru')).toBe('Преамбула');
    expect(unitLabel('article', '5-1', 'kk')).toBe('5-1-бап');
  });

  it('names a sub-paragraph of a second list in its paragraph by its list', () => {
    expect(eIdLabel('art_52__para_5__list_2__subpara_1', 'en')).toBe('subpara. 1) of list 2 of para. 5 of Art. 52');
    expect(eIdLabel('art_52__para_5__list_2__subpara_1', 'ru')).toBe('пп. 1) перечня 2 п. 5 ст. 52');
    expect(eIdLabel('art_52__para_5__list_2__subpara_1', 'kk')).toBe('52-бап, 5-тармақ, 2-тізбе, 1)-тармақша');
    // The list is a place in the eId, not a unit: its sub-paragraph's enclosing unit is the paragraph.
    expect(parentEId('art_52__para_5__list_2__subpara_1')).toBe('art_52__para_5');
    expect(parentEId('art_52__para_5__subpara_1')).toBe('art_52__para_5');
  });
});

describe('counts of provisions in a sentence', () => {
  it('agree with their number in Russian and English', () => {
    const ru = DICTIONARIES.ru.format;
    expect(ru.fallbackCount(1)).toMatch(/^1 положение не имеет .*: оно показано/);
    expect(ru.fallbackCount(3)).toMatch(/^3 положения не имеют .*: они показаны/);
    expect(ru.fallbackCount(11)).toMatch(/^11 положений не имеют/);
    expect(ru.missingCount(21)).toMatch(/^21 положение не имеет текста/);
    expect(DICTIONARIES.en.format.missingCount(1)).toBe('1 provision has no wording for this date in any edition.');
    expect(DICTIONARIES.en.format.fallbackCount(2)).toMatch(/^2 provisions have .*: they are shown/);
    // A Kazakh noun after a number stays singular.
    expect(DICTIONARIES.kk.format.missingCount(5)).toBe('5 ережеде осы күнгі мәтін ешбір басылымда жоқ.');
  });
});

describe('changeSummary', () => {
  const change = (o: Partial<Parameters<typeof changeSummary>[0]>) => ({ action: 'amended' as const, scope: 'unit', targets: [], ...o });

  it('says what an act did to a provision, the Kazakh verb last with its object in the accusative', () => {
    expect(changeSummary(change({ unit: 'art_33' }), 'en')).toBe('amended Art. 33');
    expect(changeSummary(change({ unit: 'art_33' }), 'kk')).toBe('33-бапты өзгертті');
    expect(changeSummary(change({ action: 'reworded', unit: 'art_3__para_5' }), 'kk')).toMatch(/^3-бап, 5-тармақты жаңа редакцияда жазды$/);
    expect(changeSummary(change({ scope: 'heading', unit: 'chp_2' }), 'kk')).toBe('2-тараудың тақырыбын өзгертті');
    expect(changeSummary(change({ action: 'words-replaced', scope: 'act' }), 'kk')).toBe('мәтін бойынша сөздерін ауыстырды');
  });
});
