import { describe, expect, it } from 'vitest';
import { findTermUses, termPattern } from '../../src/pipeline/terms.js';
import { findActCitations, findQuotedTitles, titleKey } from '../../src/pipeline/references.js';
import { parseFile, SEED } from '../helpers.js';

describe('findDefinedTerms', () => {
  it('finds the terms the English Regulations define, where they define them', () => {
    const { terms } = parseFile(SEED);
    expect(terms.map((t) => [t.term, t.eId])).toEqual([
      ['Assembly', 'att_1__para_1'],
      ['Session', 'att_1__para_7'],
      ['Council', 'att_1__para_9'],
      ['Secretariat', 'att_1__para_11'],
      ['Concept', 'att_1__para_26'],
    ]);
  });

  it('finds Russian and Kazakh definitions (далее -, бұдан әрі -)', () => {
    expect(parseFile('content/acts/decree-2011-149/ru/2021-01-18.md').terms.map((t) => t.term)).toEqual(['Ассамблея', 'Сессия', 'Совет', 'Секретариат', 'Концепция']);
    expect(parseFile('content/acts/decree-2011-149/kk/2021-01-18.md').terms.map((t) => t.term)).toEqual(['Ассамблея', 'Сессия', 'Кеңес', 'Хатшылық', 'Тұжырымдама']);
    expect(parseFile('content/acts/decree-2024-747/ru/2024-12-27.md').terms.map((t) => t.term)).toContain('Закон об Ассамблее');
  });
});

describe('findTermUses', () => {
  const term = (t: string) => ({ term: t, id: 'def-1', eId: 'para_1', offset: 0, index: 0 });

  it('matches Russian word forms of a term, not lowercase words', () => {
    const uses = findTermUses('Председатель Ассамблеи и ассамблеи областей; Ассамблеей; Совета', [term('Ассамблея'), term('Совет')], 'ru');
    expect(uses.map((u) => 'Председатель Ассамблеи и ассамблеи областей; Ассамблеей; Совета'.slice(u.from, u.to))).toEqual(['Ассамблеи', 'Ассамблеей', 'Совета']);
  });

  it('matches Kazakh suffixed forms', () => {
    const text = 'Ассамблеяның Төрағасы, Ассамблеяға';
    expect(findTermUses(text, [term('Ассамблея')], 'kk').map((u) => text.slice(u.from, u.to))).toEqual(['Ассамблеяның', 'Ассамблеяға']);
  });

  it('does not take "Expert Council" for the Council in English', () => {
    const text = 'The Scientific and Expert Council reports to the Council.';
    expect(findTermUses(text, [term('Council')], 'en').map((u) => u.from)).toEqual([text.lastIndexOf('Council')]);
  });

  it('matches a multi-word term by its inflected head', () => {
    expect(termPattern('Стратегия Ассамблеи', 'ru').test('разработку Стратегии Ассамблеи')).toBe(true);
  });
});

describe('findActCitations', () => {
  it('reads English, Russian and Kazakh references by number and date', () => {
    expect(findActCitations('Decree of the President of the Republic of Kazakhstan No. 149 dated September 7, 2011').map((c) => c.slug)).toEqual(['decree-2011-149']);
    expect(findActCitations('Указом Президента РК от 21.12.2012 № 450.').map((c) => c.slug)).toEqual(['decree-2012-450']);
    expect(findActCitations('ҚР Президентінің 2012.12.21 № 450 Жарлығымен.').map((c) => c.slug)).toEqual(['decree-2012-450']);
    expect(findActCitations('Законом РК от 27.04.2018 № 149-VІ').map((c) => c.slug)).toEqual(['law-2018-149-vi']);
  });

  it('reads the title quoted after a reference', () => {
    const [c] = findActCitations('Указ Президента Республики Казахстан от 7 сентября 2011 года № 149 «О Положении об Ассамблее народа Казахстана».');
    expect(c).toMatchObject({ slug: 'decree-2011-149', title: 'О Положении об Ассамблее народа Казахстана' });
  });

  it('ignores numbers with no date near them', () => {
    expect(findActCitations('САПП Республики Казахстан, 2005 г., № 17, ст. 200')).toEqual([]);
  });
});

describe('findQuotedTitles', () => {
  it('finds a known title in quotes', () => {
    const titles = new Map([[titleKey('Об Ассамблее народа Казахстана'), 'law-2008-70-iv']]);
    const text = 'Законом Республики Казахстан "Об Ассамблее народа Казахстана", иными';
    expect(findQuotedTitles(text, titles)).toEqual([{ from: text.indexOf('"'), to: text.indexOf(',', text.indexOf('"')), key: 'law-2008-70-iv' }]);
  });
});
