import { describe, expect, it } from 'vitest';
import { describeDisagreement, recordedIn } from '../../../src/site/pages/history.js';
import { fixtureLibrary } from '../../fixtures/library.js';

const library = fixtureLibrary();
const source = (lang: 'en' | 'ru' | 'kk', date: string) => ({ edition: `x/${lang}/${date}`, lang, date, amendment: 'fn_1', text: '…' });

describe('recordedIn', () => {
  it('lists the editions that record a fact, by language, dates once each', () => {
    expect(recordedIn([source('ru', '2019-01-24'), source('ru', '2017-05-05'), source('kk', '2021-01-18'), source('ru', '2017-05-05')])).toBe('Russian (2017-05-05, 2019-01-24), Kazakh (2021-01-18)');
  });
});

describe('describeDisagreement', () => {
  it('tells a change the texts show but no note records', () => {
    expect(describeDisagreement({ kind: 'unrecorded-change', unit: 'para_2', lang: 'ru', from: '2011-09-07', to: '2017-05-05', editions: ['a', 'b'] }, library)).toBe(
      'The Russian texts of 7 September 2011 and 5 May 2017 differ, but no footnote records a change between them.',
    );
  });

  it('names the acts of a repealing act\'s list, and what the notes record', () => {
    expect(describeDisagreement({ kind: 'repealer-list', repealer: 'decree-2020-3', edition: 'e', listedOnly: ['decree-2016-9'], recordedOnly: [], agreed: ['decree-2017-7'] }, library)).toBe(
      'Decree No. 3 of 1 March 2020 lists in its appendix Decree No. 7 of 5 May 2017, decree-2016-9; the notes record Decree No. 7 of 5 May 2017. Listed but not in the notes: decree-2016-9.',
    );
  });
});
