import { describe, expect, it } from 'vitest';
import { describeDisagreement, recordedIn } from '../../../src/site/pages/history.js';
import { fixtureLibrary } from '../../fixtures/library.js';

const library = fixtureLibrary();
const source = (lang: 'en' | 'ru' | 'kk', date: string) => ({ edition: `x/${lang}/${date}`, lang, date, amendment: 'fn_1', text: '…' });

describe('recordedIn', () => {
  it('lists the editions that record a fact, by language, dates once each', () => {
    const sources = [source('ru', '2019-01-24'), source('ru', '2017-05-05'), source('kk', '2021-01-18'), source('ru', '2017-05-05')];
    expect(recordedIn(sources, 'en')).toBe('Russian: 2017-05-05, 2019-01-24; Kazakh: 2021-01-18');
    expect(recordedIn(sources, 'ru')).toBe('на русском языке: 2017-05-05, 2019-01-24; на казахском языке: 2021-01-18');
    expect(recordedIn(sources, 'kk')).toBe('орыс тілінде: 2017-05-05, 2019-01-24; қазақ тілінде: 2021-01-18');
  });
});

describe('describeDisagreement', () => {
  it('tells a change the texts show but no note records', () => {
    const d = { kind: 'unrecorded-change', unit: 'para_2', lang: 'ru', from: '2011-09-07', to: '2017-05-05', editions: ['a', 'b'] } as const;
    expect(describeDisagreement({ ...d, editions: ['a', 'b'] }, library, 'en')).toBe('The Russian texts of 7 September 2011 and 5 May 2017 differ, but no note records a change between them.');
    expect(describeDisagreement({ ...d, editions: ['a', 'b'] }, library, 'ru')).toBe('Тексты на русском языке от 7 сентября 2011 г. и от 5 мая 2017 г. различаются, но ни одна сноска не записывает изменения между ними.');
    expect(describeDisagreement({ ...d, editions: ['a', 'b'] }, library, 'kk')).toBe('Орыс тіліндегі 2011 жылғы 7 қыркүйектегі және 2017 жылғы 5 мамырдағы мәтіндер әртүрлі, бірақ олардың арасындағы өзгерісті бірде-бір ескерту жазбайды.');
  });

  it('names the acts of a repealing act\'s list, and what the notes record', () => {
    const d = { kind: 'repealer-list', repealer: 'decree-2020-3', edition: 'e', listedOnly: ['decree-2016-9'], recordedOnly: [], agreed: ['decree-2017-7'] } as const;
    expect(describeDisagreement({ ...d, listedOnly: [...d.listedOnly], recordedOnly: [], agreed: [...d.agreed] }, library, 'en')).toBe(
      'Decree No. 3 of 1 March 2020 lists in its appendix Decree No. 7 of 5 May 2017, decree-2016-9; the notes record Decree No. 7 of 5 May 2017. Listed but not in the notes: decree-2016-9.',
    );
    // No doubled full stop after a Russian date ("2017 г.").
    expect(describeDisagreement({ ...d, listedOnly: [], recordedOnly: [], agreed: [...d.agreed] }, library, 'ru')).toBe(
      'Указ № 3 от 1 марта 2020 г. перечисляет в приложении акты, отменённые вместе с этим; это те изменяющие акты, которые записаны в сносках: Указ № 7 от 5 мая 2017 г.',
    );
  });
});
