import { describe, expect, it } from 'vitest';
import { unitAnchor } from '../../../src/site/pages/compare.js';
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
