import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/pipeline/coverage.js';
import { parsedEditionSchema } from '../../src/schemas/edition.js';
import { attachments, byEId, childProvisions, contentEditions, footnotes, parseFile, provisions, read, words } from '../helpers.js';

describe('every edition in content/', () => {
  const files = contentEditions();

  it('finds the bundled editions', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of files) {
    it(`parses ${file} with no errors, 100% coverage and a valid tree`, () => {
      const result = parseFile(file);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const cov = coverage(read(file), result.tree);
      expect(cov.uncovered).toEqual([]);
      expect(cov.overlaps).toEqual([]);
      const checked = parsedEditionSchema.safeParse(result);
      expect(checked.success ? 'valid' : checked.error.issues[0]).toBe('valid');
    });
  }
});

describe('the 2011 Russian original', () => {
  const { tree, diagnostics, amendments } = parseFile('content/acts/decree-2011-149/ru/2011-09-07.md');
  const [regulations] = attachments(tree);

  it('gives the two chapters printed "2." distinct eIds by document order, with a warning', () => {
    const chapters = provisions(regulations!, 'chapter');
    expect(chapters.map((c) => c.num)).toEqual(['1', '2', '2', '3']);
    expect(chapters.map((c) => c.eId)).toEqual(['att_1__chp_1', 'att_1__chp_2', 'att_1__chp_3', 'att_1__chp_4']);
    expect(diagnostics.filter((d) => d.code === 'numbering')).toHaveLength(2);
  });

  it('reads escaped numbers (25\\.) as paragraph numbers', () => {
    expect(provisions(regulations!, 'paragraph').map((p) => p.num)).toEqual(Array.from({ length: 29 }, (_, i) => String(i + 1)));
    const para25 = byEId(tree, 'att_1__para_25')!;
    expect(para25.children[0]).toMatchObject({ type: 'num', value: '25.' });
  });

  it('nests the unindented "1) Доктрина…" list under paragraph 26', () => {
    expect(childProvisions(byEId(tree, 'att_1__para_26')!, 'subparagraph').map((s) => s.num)).toEqual(['1', '2']);
  });

  it('has no footnotes and no amendments: it is the original wording', () => {
    expect(footnotes(tree)).toEqual([]);
    expect(amendments).toEqual([]);
  });
});

describe('the 2021 Russian edition', () => {
  const { tree, diagnostics, amendments, frontmatter } = parseFile('content/acts/decree-2011-149/ru/2021-01-18.md');

  it('reads the front matter', () => {
    expect(frontmatter?.version_date).toBeDefined();
    expect(frontmatter?.caused_by?.code).toBe('152130');
  });

  it('keeps the footnotes that name the wrong chapter under the heading they follow, with warnings', () => {
    const mismatched = amendments.filter((a) => a.target.mismatch);
    expect(mismatched.map((a) => [a.target.kind, a.target.eId, a.target.stated])).toEqual([
      ['heading', 'att_1__chp_3', 'Заголовок главы 2'],
      ['heading', 'att_1__chp_4', 'Заголовок главы 3'],
    ]);
    expect(diagnostics.filter((d) => d.code === 'footnote-target-mismatch').map((d) => d.line)).toEqual([178, 190]);
  });

  it('reads both acts of the paragraph 13 footnote', () => {
    const para13 = amendments.find((a) => a.target.eId === 'att_1__para_13')!;
    expect(para13.amendingActs.map((a) => [a.number, a.date])).toEqual([
      ['828', '2019-01-24'],
      ['495', '2021-01-18'],
    ]);
  });

  it('attaches the top-level paragraph 11 footnote to paragraph 11, not its last sub-paragraph', () => {
    expect(footnotes(byEId(tree, 'att_1__para_11')!)).toHaveLength(1);
    expect(footnotes(byEId(tree, 'att_1__para_11__subpara_5')!)).toHaveLength(0);
  });

  it('keeps the text indented under sub-paragraph 5 of paragraph 11 with that sub-paragraph', () => {
    expect(words(byEId(tree, 'att_1__para_11__subpara_5')!)).toMatch(/Полномочия Секретариата по обеспечению/);
  });
});

describe('the Kazakh editions', () => {
  it('records that only the Russian text of paragraph 6 changed in 2017', () => {
    const { amendments } = parseFile('content/acts/decree-2011-149/kk/2017-05-05.md');
    const para6 = amendments.find((a) => a.target.eId === 'att_1__para_6')!;
    expect(para6.languages).toEqual(['ru']);
    expect(para6.amendingActs.map((a) => a.slug)).toEqual(['decree-2017-471']);
  });

  it('reads Kazakh dates written year first (2012.12.21)', () => {
    const { amendments } = parseFile('content/acts/decree-2011-149/kk/2019-01-24.md');
    const stubs = amendments.filter((a) => a.source === 'exclusion-stub');
    expect(stubs.map((a) => a.amendingActs[0]?.date)).toEqual(['2012-12-21', '2012-12-21', '2012-12-21']);
  });

  it('reads the approval block whose keyword comes last (…БЕКІТІЛГЕН)', () => {
    const { tree } = parseFile('content/acts/decree-2011-149/kk/2021-01-18.md');
    const [regulations] = attachments(tree);
    expect(words(regulations!.children.find((c) => c.type === 'note')!)).toMatch(/БЕКІТІЛГЕН$/);
    expect(provisions(regulations!, 'chapter').map((c) => c.num)).toEqual(['1', '2', '3', '4']);
  });
});

describe('the Law on the Assembly', () => {
  const { tree, amendments } = parseFile('content/acts/law-2008-70-iv/ru/2022-02-07.md');

  it('nests chapters, articles, paragraphs and sub-paragraphs with article-scoped eIds', () => {
    expect(provisions(tree, 'chapter')).toHaveLength(4);
    expect(byEId(tree, 'art_7__para_2')).toBeDefined();
    expect(byEId(tree, 'art_6__subpara_14-1')).toBeDefined();
    expect(byEId(tree, 'art_10__para_4__subpara_4-1')).toBeDefined();
    expect(byEId(tree, 'art_10-1')?.kind).toBe('article');
  });

  it('marks excluded sub-paragraphs written in emphasis', () => {
    expect(byEId(tree, 'art_6__subpara_4')?.status).toBe('excluded');
    expect(byEId(tree, 'art_9__para_4__subpara_3')?.status).toBe('excluded');
  });

  it('reads a footnote that replaces words throughout the text as an amendment of the whole act', () => {
    const first = amendments[0]!;
    expect(first.action).toBe('words-replaced');
    expect(first.target.kind).toBe('act');
    expect(first.amendingActs.map((a) => a.slug)).toEqual(['law-2018-149-vi']);
  });

  it('reads the preamble footnote as amending the preamble', () => {
    expect(amendments[1]!.target).toMatchObject({ kind: 'preamble', eId: 'preamble' });
  });

  it('reads an article added by a later law as supplemented', () => {
    const added = amendments.find((a) => a.target.eId === 'art_10-1')!;
    expect(added.action).toBe('supplemented');
  });

  it('reads a footnote naming three laws, each with its own rule', () => {
    const art7 = amendments.find((a) => a.target.eId === 'art_7')!;
    expect(art7.amendingActs.map((a) => a.number)).toEqual(['290-IV', '91-VI', '106-VII']);
    expect(art7.amendingActs.map((a) => a.kind)).toEqual(['law', 'law', 'law']);
    expect(art7.amendingActs[0]!.entryIntoForce).toBe('порядок введения в действие см. ст. 2');
  });

  it('reads one footnote with two actions (reworded, then amended)', () => {
    const art8 = amendments.find((a) => a.target.eId === 'art_8')!;
    expect(art8.amendingActs.map((a) => `${a.number}:${a.action}`)).toEqual(['149-VI:reworded', '357-VI:amended']);
  });

  it('reads the heading footnote of article 15 as amending its heading', () => {
    const heading = amendments.find((a) => a.target.kind === 'heading')!;
    expect(heading.target.eId).toBe('art_15');
  });
});

describe('Decree No. 747', () => {
  const { tree } = parseFile('content/acts/decree-2024-747/ru/2024-12-27.md');
  it('lists six acts in its appendix', () => {
    const [, appendix] = attachments(tree);
    expect(provisions(appendix!, 'paragraph')).toHaveLength(6);
    expect(words(byEId(tree, 'att_2__para_6')!)).toMatch(/от 21 июля 2021 года № 626/);
  });
});
