import { describe, expect, it } from 'vitest';
import { guideDiagnostics } from '../../src/loaders/guides.js';
import { fixtureLibrary } from '../fixtures/library.js';
import { read } from '../helpers.js';

/*
 * A guide's <Provision> is checked against the library before any page renders: a wrong act,
 * language, date or eId stops the build at the .mdx file and the tag's line, not with a stack
 * trace from the page.
 */

const FILE = 'test/fixtures/guides/mistakes.mdx';
const text = read(FILE);
const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the <Provision> tags of a guide', () => {
  const diagnostics = guideDiagnostics(FILE, text, fixtureLibrary());

  it('names each one that is not in the content, at its line, and no other', () => {
    expect(diagnostics.map((d) => [d.line, d.column, d.code, d.message])).toEqual([
      [lineOf('eId="para_9"'), 1, 'guide-provision', '<Provision>: no provision para_9 in decree-2015-12/en/2017-05-05'],
      [lineOf('decree-2099-1'), 1, 'guide-provision', '<Provision>: no act "decree-2099-1" with text in the content'],
      [lineOf('lang="kk"'), 1, 'guide-provision', '<Provision>: no kk edition of decree-2015-12 (it has en)'],
      [lineOf('date="2016-01-01"'), 1, 'guide-provision', '<Provision>: no en edition of decree-2015-12 dated 2016-01-01 (its editions: 2015-01-05, 2017-05-05)'],
      [lineOf('<Provision act="decree-2015-12" eId="para_1" />'), 1, 'guide-provision', '<Provision>: lang missing (act, lang and eId are required)'],
    ]);
    expect(diagnostics.every((d) => d.file === FILE && d.severity === 'error')).toBe(true);
  });

  it('passes the guides of the site', async () => {
    const { contentLibrary } = await import('../versioning/library.js');
    const library = await contentLibrary();
    for (const file of ['content/guides/sources.mdx', 'content/guides/amendment-history.mdx']) {
      const guide = read(file);
      expect(guide).toContain('<Provision');
      expect(guideDiagnostics(file, guide, library)).toEqual([]);
      // And the check is not blind to them: an eId that is not there is caught.
      const broken = guide.replace(/eId="[^"]+"/, 'eId="para_404"');
      expect(guideDiagnostics(file, broken, library)).toEqual([expect.objectContaining({ code: 'guide-provision', message: expect.stringMatching(/no provision para_404/) })]);
    }
  });
});
