import { describe, expect, it } from 'vitest';
import { unitAnchor } from '../../../src/site/pages/compare.js';
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
