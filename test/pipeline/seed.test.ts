import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/pipeline/coverage.js';
import { parsedEditionSchema } from '../../src/schemas/edition.js';
import { SEED, attachments, byEId, childProvisions, footnotes, parseFile, provisions, read, words } from '../helpers.js';

/*
 * The English seed (adilet plain text export of Decree No. 149, latest edition). The expected
 * values are the acceptance facts and the text itself, not the parser's output.
 */
const result = parseFile(SEED);
const { tree, amendments, diagnostics } = result;
const [regulations, appendix] = attachments(tree);

describe('the English seed', () => {
  it('parses without errors and validates against the schemas', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parsedEditionSchema.safeParse(result).success).toBe(true);
  });

  it('puts every non-whitespace character in exactly one leaf', () => {
    const cov = coverage(read(SEED), tree);
    expect(cov.uncovered).toEqual([]);
    expect(cov.overlaps).toEqual([]);
    expect(cov.ratio).toBe(1);
  });

  it('reads the decree: title, publication note, preamble, its three points, signature', () => {
    const title = tree.children.find((c) => c.type === 'title')!;
    expect(words(title)).toBe('On the Regulations on the Assembly of People of Kazakhstan');
    const publication = tree.children.find((c) => c.type === 'note' && c.role === 'publication')!;
    expect(words(publication)).toBe('Shall be subject to publication in “Collected Acts of the President and the Government”');
    const preamble = tree.children.find((c) => c.type === 'preamble')!;
    expect(words(preamble)).toMatch(/^Pursuant to sub-paragraph 3\).*I HEREBY RESOLVE AS FOLLOWS:$/);
    const points = tree.children.filter((c) => c.type === 'provision');
    expect(points.map((p) => p.type === 'provision' && p.eId)).toEqual(['para_1', 'para_2', 'para_3']);
    const signature = tree.children.find((c) => c.type === 'signature')!;
    expect(words(signature)).toBe('President of the Republic of Kazakhstan N. Nazarbayev');
  });

  it('keeps table cells as text with the pipes as markup', () => {
    const signature = tree.children.find((c) => c.type === 'signature')!;
    const markup: string[] = [];
    JSON.stringify(signature, (k, v) => {
      if (v && v.type === 'markup') markup.push(v.value);
      return v;
    });
    expect(markup).toEqual(['|', '|', '|', '|']);
  });

  it('finds the Regulations as an attachment with an approval block and a title', () => {
    expect(regulations?.kind).toBe('attachment');
    const approval = regulations!.children.find((c) => c.type === 'note')!;
    expect(words(approval)).toBe('APPROVED BY Decree of the President of the Republic of Kazakhstan No. 149 dated September 7, 2011');
    const heading = regulations!.children.find((c) => c.type === 'heading')!;
    expect(words(heading)).toBe('on the Assembly of the People of Kazakhstan');
  });

  it('warns that the title line lost its first word', () => {
    const lowercase = diagnostics.filter((d) => d.code === 'title-lowercase');
    expect(lowercase.map((d) => d.line)).toEqual([14, 100]);
    expect(lowercase.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('has 4 chapters and 29 paragraphs, 27–29 excluded', () => {
    const chapters = provisions(regulations!, 'chapter');
    expect(chapters.map((c) => c.eId)).toEqual(['att_1__chp_1', 'att_1__chp_2', 'att_1__chp_3', 'att_1__chp_4']);
    const paragraphs = provisions(regulations!, 'paragraph');
    expect(paragraphs.map((p) => p.num)).toEqual(Array.from({ length: 29 }, (_, i) => String(i + 1)));
    expect(paragraphs.filter((p) => p.status === 'excluded').map((p) => p.num)).toEqual(['27', '28', '29']);
  });

  it('gives paragraph 4 fifteen sub-paragraphs and paragraph 5 five', () => {
    expect(childProvisions(byEId(tree, 'att_1__para_4')!, 'subparagraph')).toHaveLength(15);
    expect(childProvisions(byEId(tree, 'att_1__para_5')!, 'subparagraph').map((s) => s.eId)).toEqual([
      'att_1__para_5__subpara_1',
      'att_1__para_5__subpara_2',
      'att_1__para_5__subpara_3',
      'att_1__para_5__subpara_4',
      'att_1__para_5__subpara_5',
    ]);
  });

  it('joins the chapter 4 heading printed over three lines', () => {
    const chapter4 = byEId(tree, 'att_1__chp_4')!;
    const heading = chapter4.children.find((c) => c.type === 'heading')!;
    expect(words(heading)).toBe(
      'Chapter 4. Procedure for participation of the Assembly in the development and implementation of the State policy of the Republic of Kazakhstan in the field of inter-ethnic relations',
    );
    expect(diagnostics.some((d) => d.code === 'heading-split' && d.line === 87)).toBe(true);
  });

  it('splits footnotes glued to the next paragraph on one line', () => {
    expect(diagnostics.filter((d) => d.code === 'glued-footnote').map((d) => d.line)).toEqual([63, 65, 66, 93, 96]);
    // "…publication).12. The Assemblies…": the footnote stays with 11, paragraph 12 starts anew.
    expect(words(byEId(tree, 'att_1__para_12')!)).toMatch(/^12\. The Assemblies of oblasts\/regions/);
    expect(footnotes(byEId(tree, 'att_1__para_11')!).map(words)).toEqual([
      'Footnote. Paragraph 11 - in the wording of the Decree of the President of the RK dated 18.01.2021 № 495 ( shall be enforced after the day of its first official publication).',
    ]);
    // "…21.12.2012.27. Excluded…": the stub of 27 is its own provision.
    expect(words(byEId(tree, 'att_1__para_27')!)).toBe('27. Excluded by Decree of the President of the Republic of Kazakhstan No. 450 of 21.12.2012.');
  });

  it('turns 11 footnotes and 3 exclusion stubs into 14 amendment records', () => {
    expect(amendments.filter((a) => a.source === 'footnote')).toHaveLength(11);
    expect(amendments.filter((a) => a.source === 'exclusion-stub').map((a) => a.target.eId)).toEqual([
      'att_1__para_27',
      'att_1__para_28',
      'att_1__para_29',
    ]);
  });

  it('reads the amending acts No. 450, 828, 495, 626 and 747 with their dates', () => {
    const acts = new Map<string, string>();
    for (const a of amendments) for (const act of a.amendingActs) acts.set(act.number, act.date);
    expect(Object.fromEntries(acts)).toEqual({
      '747': '2024-12-27',
      '495': '2021-01-18',
      '626': '2021-07-21',
      '828': '2019-01-24',
      '450': '2012-12-21',
    });
    for (const a of amendments) for (const act of a.amendingActs) expect(act.kind).toBe('decree');
  });

  it('records No. 747 as abrogating the whole act', () => {
    const abrogation = amendments.find((a) => a.action === 'abrogated')!;
    expect(abrogation.target).toEqual({ kind: 'act', mismatch: false });
    expect(abrogation.amendingActs.map((a) => a.slug)).toEqual(['decree-2024-747']);
  });

  it('attaches chapter-title footnotes to headings and paragraph footnotes to paragraphs', () => {
    const targets = amendments.filter((a) => a.source === 'footnote').map((a) => `${a.target.kind}:${a.target.eId ?? ''}:${a.action}`);
    expect(targets).toEqual([
      'act::abrogated',
      'heading:att_1__chp_1:reworded',
      'heading:att_1__chp_2:reworded',
      'provision:att_1__para_5:reworded',
      'provision:att_1__para_11:reworded',
      'provision:att_1__para_12:amended',
      'provision:att_1__para_13:reworded',
      'heading:att_1__chp_3:reworded',
      'heading:att_1__chp_4:reworded',
      'provision:att_1__para_25:reworded',
      'provision:att_1__para_26:reworded',
    ]);
  });

  it('keeps the entry-into-force rule as stated', () => {
    const para11 = amendments.find((a) => a.target.eId === 'att_1__para_11')!;
    expect(para11.amendingActs[0]!.entryIntoForce).toBe('shall be enforced after the day of its first official publication');
    const para12 = amendments.find((a) => a.target.eId === 'att_1__para_12')!;
    expect(para12.amendingActs[0]!.entryIntoForce).toBe('shall be enacted from the date of its first official publication');
    const para5 = amendments.find((a) => a.target.eId === 'att_1__para_5')!;
    expect(para5.amendingActs[0]!.entryIntoForce).toBeUndefined();
  });

  it('lists 4 acts in the appendix', () => {
    expect(appendix?.kind).toBe('appendix');
    expect(provisions(appendix!, 'paragraph').map((p) => p.eId)).toEqual(['att_2__para_1', 'att_2__para_2', 'att_2__para_3', 'att_2__para_4']);
  });

  it('gives every node a position', () => {
    const missing: string[] = [];
    JSON.stringify(tree, (k, v) => {
      if (v && typeof v === 'object' && typeof v.type === 'string' && !v.position) missing.push(v.type);
      return v;
    });
    expect(missing).toEqual([]);
  });
});
