import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/pipeline/coverage.js';
import { parsedEditionSchema } from '../../src/schemas/edition.js';
import { attachments, byEId, childProvisions, footnotes, parseFile, provisions, read, words } from '../helpers.js';

/*
 * Other layouts of the same formats, as adilet and other corpora publish them: the indented
 * adilet variant with a table of contents and `Статья 1 .` headings, a Kazakh decree with its
 * approval block over five lines, an English law, Markdown without heading marks.
 */
function parseChecked(path: string) {
  const result = parseFile(path);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const cov = coverage(read(path), result.tree);
  expect(cov.uncovered).toEqual([]);
  expect(cov.overlaps).toEqual([]);
  expect(parsedEditionSchema.safeParse(result).success).toBe(true);
  return result;
}

describe('the indented adilet variant (Russian law)', () => {
  const path = 'test/fixtures/adilet/ru-law-indented.txt';
  const { tree, amendments, diagnostics } = parseChecked(path);

  it('keeps the table of contents apart, with a warning, and builds structure from the text', () => {
    const toc = tree.children.find((c) => c.type === 'toc')!;
    expect(words(toc)).toMatch(/^ОГЛАВЛЕНИЕ Глава 1\. ОБЩИЕ ПОЛОЖЕНИЯ Статья 1 \. Правовой статус/);
    expect(diagnostics.map((d) => d.code)).toContain('table-of-contents');
    expect(provisions(tree, 'chapter').map((c) => c.eId)).toEqual(['chp_1', 'chp_2']);
    expect(provisions(tree, 'article').map((a) => a.eId)).toEqual(['art_1', 'art_2', 'art_3']);
  });

  it('reads "Статья 1 ." with a space before the dot', () => {
    const heading = byEId(tree, 'art_1')!.children.find((c) => c.type === 'heading')!;
    expect(heading.children[0]).toMatchObject({ type: 'num', value: 'Статья 1 .' });
  });

  it('reads the identification line, the act-wide footnote and the preamble footnote', () => {
    expect(words(tree.children.find((c) => c.type === 'note' && c.role === 'identification')!)).toBe(
      'Закон Республики Казахстан от 20 октября 2008 года № 70-IV.',
    );
    expect(amendments[0]).toMatchObject({ action: 'words-replaced', target: { kind: 'act' } });
    expect(amendments[1]).toMatchObject({ action: 'reworded', target: { kind: 'preamble', eId: 'preamble' } });
  });

  it('nests 1-1) and 14-1) sub-paragraphs and marks an excluded one', () => {
    expect(childProvisions(byEId(tree, 'art_2')!).map((s) => s.eId)).toEqual(['art_2__subpara_1', 'art_2__subpara_1-1', 'art_2__subpara_2']);
    expect(byEId(tree, 'art_2__subpara_2')!.status).toBe('excluded');
    expect(byEId(tree, 'art_3__para_2__subpara_14-1')).toBeDefined();
  });

  it('gives text after a list, flush with it, to the paragraph (not the last sub-paragraph)', () => {
    const para = byEId(tree, 'art_3__para_2')!;
    expect(para.children.filter((c) => c.type === 'p').map(words)).toEqual(['К полномочиям Совета относится:', 'Решения Совета оформляются протоколом.']);
  });

  it('reads the signature spread over lines with wide gaps, with its place and number', () => {
    const signature = tree.children.find((c) => c.type === 'signature')!;
    expect(words(signature)).toBe('Президент Республики Казахстан Н. Назарбаев Астана, Акорда, 20 октября 2008 года № 70-IV');
  });

  it('attaches the article footnote, naming two laws, to the article', () => {
    const art1 = amendments.find((a) => a.target.eId === 'art_1')!;
    expect(art1.amendingActs.map((a) => a.slug)).toEqual(['law-2015-361-v', 'law-2018-149-vi']);
    expect(footnotes(byEId(tree, 'art_1')!)).toHaveLength(1);
  });
});

describe('a Kazakh decree in adilet plain text', () => {
  const { tree, amendments } = parseChecked('test/fixtures/adilet/kk-decree.txt');
  const [regulations, appendix] = attachments(tree);

  it('reads the approval block and the appendix marker printed over five lines', () => {
    expect(words(regulations!.children.find((c) => c.type === 'note')!)).toBe('Қазақстан Республикасы Президентінің 2011 жылғы 7 қыркүйектегі № 149 Жарлығымен БЕКІТІЛГЕН');
    expect(appendix!.kind).toBe('appendix');
    expect(words(appendix!.children.find((c) => c.type === 'note')!)).toMatch(/ҚОСЫМША$/);
  });

  it('joins a two-line title whose second line is in capitals', () => {
    expect(words(regulations!.children.find((c) => c.type === 'heading')!)).toBe('Қазақстан халқы Ассамблеясы туралы ЕРЕЖЕ');
  });

  it('takes the signatory line that precedes the gap-separated signature', () => {
    expect(words(tree.children.find((c) => c.type === 'signature')!)).toBe('Қазақстан Республикасының Президенті Н. Назарбаев');
    expect(words(byEId(tree, 'para_2')!)).toBe('2. Осы Жарлық қол қойылған күнінен бастап қолданысқа енгізіледі.');
  });

  it('reads Kazakh footnotes: abrogation, a chapter title, a paragraph, a stub', () => {
    expect(amendments.map((a) => `${a.action}:${a.target.kind}:${a.target.eId ?? ''}:${a.amendingActs.map((x) => x.slug).join('+')}`)).toEqual([
      'abrogated:act::decree-2024-747',
      'reworded:heading:att_1__chp_1:decree-2021-495',
      'reworded:provision:att_1__para_2:decree-2019-828',
      'excluded:provision:att_1__para_4:decree-2012-450',
    ]);
  });
});

describe('an English law in adilet plain text', () => {
  const { tree, amendments } = parseChecked('test/fixtures/adilet/en-law.txt');

  it('reads chapters and articles, including an article numbered 2-1', () => {
    expect(provisions(tree, 'article').map((a) => a.eId)).toEqual(['art_1', 'art_2', 'art_2-1']);
    expect(childProvisions(byEId(tree, 'art_2')!).map((s) => s.status)).toEqual(['in-force', 'excluded', 'in-force']);
  });

  it('reads the English footnote forms', () => {
    expect(amendments.map((a) => `${a.action}:${a.target.kind}:${a.target.eId ?? ''}`)).toEqual([
      'words-replaced:act:',
      'amended:provision:art_1',
      'excluded:provision:art_2__subpara_2',
      'supplemented:provision:art_2-1',
    ]);
    expect(amendments[0]!.amendingActs[0]).toMatchObject({ kind: 'law', number: '149-VI', date: '2018-04-27', issuer: 'Parliament' });
  });
});

describe('Markdown from other corpora', () => {
  it('accepts plain-line headings, a table of contents and indented text, with warnings', () => {
    const { tree, diagnostics, amendments } = parseChecked('test/fixtures/markdown/ru-other-corpus.md');
    expect(diagnostics.filter((d) => d.code === 'plain-heading').length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.severity !== 'error')).toBe(true);
    expect(words(tree.children.find((c) => c.type === 'toc')!)).toMatch(/^Содержание Глава 1\./);
    expect(provisions(tree, 'article').map((a) => a.eId)).toEqual(['art_1', 'art_2']);
    expect(childProvisions(byEId(tree, 'art_1')!).map((p) => p.eId)).toEqual(['art_1__para_1', 'art_1__para_2']);
    // The footnote on the line after paragraph 2 (no blank line) is a footnote of article 1.
    expect(amendments[0]!.target).toMatchObject({ kind: 'provision', eId: 'art_1' });
    expect(childProvisions(byEId(tree, 'art_2')!).map((p) => p.eId)).toEqual(['art_2__subpara_1', 'art_2__subpara_2']);
  });

  it('reads front matter, a plain title, Kazakh chapter headings and a nested footnote', () => {
    const { tree, frontmatter, amendments } = parseChecked('test/fixtures/markdown/kk-plain.md');
    expect(String(frontmatter?.version_date)).toBe('2019-01-24');
    expect(words(tree.children.find((c) => c.type === 'title')!)).toBe('Қазақстан халқы Ассамблеясының ережесі туралы');
    expect(provisions(tree, 'chapter').map((c) => c.num)).toEqual(['1']);
    expect(amendments[0]!.target).toMatchObject({ kind: 'provision', eId: 'para_1' });
  });
});
