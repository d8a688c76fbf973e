import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../src/search/records.js';
import type { VersionDocument } from '../../src/schemas/data.js';
import type { Node } from '../../src/schemas/tree.js';
import { contentLibrary } from '../versioning/library.js';

/** A small version document: a chapter of three paragraphs, one with a note, one borrowed from English, one in no edition. */
function fixture(): VersionDocument {
  const at = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const text = (value: string): Node => ({ type: 'text', value, position: at });
  const num = (value: string): Node => ({ type: 'num', value, position: at });
  const para = (n: string, words: string, extra: Node[] = [], status: 'in-force' | 'excluded' = 'in-force'): Node => ({
    type: 'provision', kind: 'paragraph', eId: `para_${n}`, num: n, status, position: at,
    children: [num(`${n}.`), { type: 'p', children: [text(words)], position: at }, ...extra],
  } as Node);
  const note: Node = { type: 'footnote', id: 'fn_1', position: at, children: [text('Сноска. Изменен Указом от 05.05.2017 № 471.')] } as Node;
  return {
    format: 'kz-legislation/version@1',
    act: 'decree-2015-12', type: 'decree', number: '12', date: '2015-01-05',
    titles: { ru: 'О Совете' }, lang: 'ru', status: { inForce: true },
    version: { from: '2017-05-05', until: '2019-01-24' },
    uris: { work: '/akn/kz/act/decree/2015-01-05/12', expression: '/akn/kz/act/decree/2015-01-05/12/rus@2017-05-05' },
    verbatim: false,
    base: { edition: 'decree-2015-12/ru/2019-01-24', file: 'content/acts/decree-2015-12/ru/2019-01-24.md' },
    borrowed: [{ eId: 'para_2', edition: 'decree-2015-12/en/2021-07-21', lang: 'en', fallback: true }],
    missing: ['para_3'],
    unknown: [{ eId: 'para_3', period: { from: '2015-01-05', until: '2019-01-24' }, changedBy: [] }],
    tree: {
      type: 'act', position: at,
      children: [
        { type: 'title', position: at, children: [{ type: 'p', position: at, children: [text('О Совете')] }] },
        {
          type: 'provision', kind: 'chapter', eId: 'chp_1', num: '1', status: 'in-force', position: at,
          children: [
            { type: 'heading', position: at, children: [text('Глава 1. Общие положения')] },
            para('1', 'Совет является консультативным органом.', [note]),
            para('2', 'The Council shall meet twice a year.'),
            { type: 'provision', kind: 'paragraph', eId: 'para_3', num: '3', status: 'in-force', position: at, children: [num('3.')] },
            para('4', 'Исключен.', [], 'excluded'),
          ],
        },
      ],
    } as VersionDocument['tree'],
    amendments: [{
      id: 'fn_1', source: 'footnote', action: 'amended', text: 'Изменен Указом от 05.05.2017 № 471.', edition: 'decree-2015-12/ru/2019-01-24',
      target: { kind: 'provision', eId: 'para_1' },
      amendingActs: [{ kind: 'decree', number: '471', date: '2017-05-05', slug: 'decree-2017-471', action: 'amended' }],
    }] as unknown as VersionDocument['amendments'],
    changes: [],
  };
}

describe('searchRecords', () => {
  it('makes one record per unit: the chapter heading and each paragraph in this language', () => {
    const records = searchRecords(fixture(), 'historical');
    expect(records.map((r) => r.meta.eId)).toEqual(['chp_1', 'para_1', 'para_4']);
    expect(records[0]!.content).toBe('Глава 1. Общие положения');
    expect(records[1]!.content).toBe('1. Совет является консультативным органом. Сноска. Изменен Указом от 05.05.2017 № 471.');
  });

  it('leaves out wordings shown in another language and units no edition holds', () => {
    const eIds = searchRecords(fixture(), 'historical').map((r) => r.meta.eId);
    expect(eIds).not.toContain('para_2');
    expect(eIds).not.toContain('para_3');
  });

  it('links each record to its permalink on the version page, or on the current text', () => {
    expect(searchRecords(fixture(), 'historical')[1]!.url).toBe('/acts/decree-2015-12/ru/2017-05-05/#para_1');
    expect(searchRecords(fixture(), 'current')[1]!.url).toBe('/acts/decree-2015-12/ru/#para_1');
  });

  it('gives the filters: act, language, status, chapter, amending act, version', () => {
    const [heading, para1, para4] = searchRecords(fixture(), 'historical');
    expect(para1!.filters).toEqual({
      act: ['Decree No. 12 of 5 January 2015'],
      language: ['Russian'],
      status: ['in force'],
      version: ['historical'],
      chapter: ['Chapter 1'],
      'amending act': ['Decree No. 471 of 5 May 2017'],
    });
    expect(heading!.filters.chapter).toBeUndefined();
    expect(para4!.filters.status).toEqual(['excluded']);
  });

  it('marks every record of a repealed act as no longer in force', () => {
    const doc = { ...fixture(), status: { inForce: false, abrogated: { by: 'decree-2024-1', date: '2024-01-01' } } };
    expect(searchRecords(doc, 'current').filter((r) => r.meta.eId !== 'para_4').every((r) => r.filters.status![0] === 'no longer in force')).toBe(true);
  });

  it('finds the 2011 wording of para. 5 of the Regulations in Russian on its own version', async () => {
    const library = await contentLibrary();
    const doc = library.version(library.acts.get('decree-2011-149')!, 'ru', '2011-09-07');
    const para5 = searchRecords(doc, 'historical').find((r) => r.meta.eId === 'att_1__para_5')!;
    expect(para5.content).toContain('Лидер Нации');
    expect(para5.url).toBe('/acts/decree-2011-149/ru/2011-09-07/#att_1__para_5');
  });
});
