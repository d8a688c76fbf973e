import { describe, expect, it } from 'vitest';
import { changeKind, sideBySide, unitAnchor } from '../../../src/site/pages/compare.js';
import { wordDiff } from '../../../src/versioning/compare.js';
import type { ChangeRecord } from '../../../src/versioning/timeline.js';
import { chosenComparison, compareSteps } from '../../../src/site/pages/compare-choice.js';
import { contentLibrary } from '../../versioning/library.js';

describe('unitAnchor', async () => {
  const library = await contentLibrary();
  const act = library.acts.get('law-1993-2572-xii')!;

  it('lands on the unit where the page shows it', () => {
    const doc = library.version(act, 'ru', '2024-07-16');
    expect(unitAnchor(doc, 'art_2__para_1')).toBe('#art_2__para_1');
  });

  it('lands on the unit that contains it where this language prints no such unit', () => {
    // The Kazakh 2011 edition prints Art. 2 without numbered paragraphs; the Russian one numbers them.
    const doc = library.version(act, 'kk', '2011-10-13');
    expect(unitAnchor(doc, 'art_2__para_1')).toBe('#art_2');
  });

  it('lands on the top of the page when nothing of it is there', () => {
    const doc = library.version(act, 'kk', '2011-10-13');
    expect(unitAnchor(doc, 'att_9__para_1')).toBe('');
  });
});

describe('walking and choosing comparisons', () => {
  const dates = ['2011-09-07', '2012-12-21', '2017-05-05', '2019-01-24'];

  it('steps to the comparisons of consecutive versions just before and after a pair', () => {
    expect(compareSteps('decree-2011-149', 'ru', dates, '2012-12-21', '2017-05-05')).toEqual({
      previous: { from: '2011-09-07', to: '2012-12-21', href: '/acts/decree-2011-149/ru/compare/2011-09-07/2012-12-21/' },
      next: { from: '2017-05-05', to: '2019-01-24', href: '/acts/decree-2011-149/ru/compare/2017-05-05/2019-01-24/' },
    });
    expect(compareSteps('decree-2011-149', 'ru', dates, '2011-09-07', '2019-01-24')).toEqual({});
  });

  it('leads a choice to its comparison in time order, and nowhere for a date that is not a version', () => {
    expect(chosenComparison('decree-2011-149', 'kk', dates, '2017-05-05', '2011-09-07')).toBe('/acts/decree-2011-149/kk/compare/2011-09-07/2017-05-05/');
    expect(chosenComparison('decree-2011-149', 'kk', dates, '2017-05-05', '2017-05-05')).toBeUndefined();
    expect(chosenComparison('decree-2011-149', 'kk', dates, '2017-05-06', '2011-09-07')).toBeUndefined();
    expect(chosenComparison('decree-2011-149', 'kk', dates, null, '2011-09-07')).toBeUndefined();
  });
});

const change = (action: string) => ({ action }) as unknown as ChangeRecord;

describe('changeKind', () => {
  it('names a wording changed by one kind of recorded change by it', () => {
    expect(changeKind({ reason: 'text', changes: [change('reworded')] }, 'en')).toBe('reworded');
    expect(changeKind({ reason: 'text', changes: [change('words-replaced'), change('words-replaced')] }, 'ru')).toBe('заменены слова');
  });

  it('names each kind where several acts changed it differently', () => {
    expect(changeKind({ reason: 'text', changes: [change('amended'), change('reworded')] }, 'en')).toBe('amended, reworded');
    expect(changeKind({ reason: 'text', changes: [change('reworded'), change('supplemented')] }, 'kk')).toBe('жаңа редакцияда жазылды, толықтырылды');
  });

  it('says when no note records the change, rather than guess its kind', () => {
    expect(changeKind({ reason: 'text', changes: [] }, 'en')).toBe('changed, with no note in the collection recording it');
    expect(changeKind({ reason: 'text', changes: [] }, 'ru')).toBe('изменено, но ни одна сноска коллекции этого не записывает');
  });

  it('falls back to what the texts show for a kind it has no name for, and names status changes', () => {
    expect(changeKind({ reason: 'text', changes: [change('reworded'), change('other')] }, 'en')).toBe('reworded or amended');
    expect(changeKind({ reason: 'excluded', changes: [change('excluded')] }, 'en')).toBe('excluded');
    expect(changeKind({ reason: 'added', changes: [] }, 'ru')).toBe('добавлено');
  });
});

describe('sideBySide', () => {
  it('sets a rewording beside its earlier wording', () => {
    const parts = wordDiff('Ассамблею возглавляет Президент Республики Казахстан.', 'Председателем Ассамблеи является лицо, назначаемое Главой государства.', 'ru');
    expect(sideBySide(parts)).toBe(true);
  });

  it('keeps an edit of a few words inline, and an addition or a removal alone', () => {
    const edit = wordDiff('Совет состоит из председателя, заместителя и членов Совета.', 'Совет состоит из председателя, двух заместителей и членов Совета.', 'ru');
    expect(sideBySide(edit)).toBe(false);
    expect(sideBySide(wordDiff('Совет.', 'Совет. Новое предложение целиком.', 'ru'))).toBe(false);
    expect(sideBySide(wordDiff('Совет. Старое предложение целиком.', 'Совет.', 'ru'))).toBe(false);
  });
});
