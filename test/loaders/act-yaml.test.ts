import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actReferenceDiagnostics, listActs, listEditions, readActMeta } from '../../src/loaders/files.js';
import { formatDiagnostic } from '../../src/pipeline/report.js';
import type { Diagnostic } from '../../src/schemas/diagnostic.js';
import { ROOT } from '../helpers.js';

/*
 * The mistakes a new user makes in content/acts, each caught with its file, line and code: a copy
 * of a valid collection (test/fixtures/act-yaml) is altered in one way per test. The unaltered
 * copy passes, so that every test fails if its rule stops firing.
 */

const FIXTURE = join(ROOT, 'test/fixtures/act-yaml');
const base = join(ROOT, 'node_modules/.kz-test-builds');
mkdirSync(base, { recursive: true });
const dir = mkdtempSync(join(base, 'act-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ACT = 'content/acts/decree-2020-1';
let n = 0;

/** A fresh copy of the fixture collection; returns its root. */
function collection(alter?: (root: string) => void): string {
  const root = join(dir, `c${++n}`);
  cpSync(FIXTURE, root, { recursive: true });
  alter?.(root);
  return root;
}

/** Replaces exactly one occurrence in a file of the copy, so that a test cannot silently alter nothing. */
function edit(root: string, file: string, from: string, to: string) {
  const text = readFileSync(join(root, file), 'utf8');
  expect(text.split(from).length - 1, `"${from}" occurs once in ${file}`).toBe(1);
  writeFileSync(join(root, file), text.replace(from, to));
}

const lineOf = (root: string, file: string, needle: string) => readFileSync(join(root, file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

/** Every problem the loaders find in a collection, without the library: act.yaml and the layout. */
async function problems(root: string): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const act of await listActs(root)) out.push(...(await readActMeta(root, act)).diagnostics);
  out.push(...(await listEditions(root)).diagnostics);
  return out;
}

describe('content mistakes', () => {
  it('a valid collection has none', async () => {
    const root = collection();
    expect(await problems(root)).toEqual([]);
    expect((await listEditions(root)).editions.map((e) => e.id)).toEqual(['decree-2020-1/en/2020-01-01']);
  });

  it('an edition named with a date not in the calendar', async () => {
    const root = collection((r) => renameSync(join(r, ACT, 'en/2020-01-01.txt'), join(r, ACT, 'en/2020-02-30.txt')));
    const { editions, diagnostics } = await listEditions(root);
    expect(editions).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ file: `${ACT}/en/2020-02-30.txt`, line: 1, column: 1, severity: 'error', code: 'edition-date' })]);
    expect(diagnostics[0]!.message).toMatch(/2020-02-30 is not a date of the calendar/);
  });

  it('a sha256 that does not match the file, at the sha256 line', async () => {
    const root = collection((r) => edit(r, `${ACT}/en/2020-01-01.txt`, 'The second', 'The 2nd'));
    const diagnostics = await problems(root);
    expect(diagnostics).toEqual([expect.objectContaining({ file: `${ACT}/act.yaml`, line: lineOf(root, `${ACT}/act.yaml`, 'sha256:'), column: 13, severity: 'error', code: 'provenance-sha256' })]);
    expect(diagnostics[0]!.message).toMatch(/sha256sum content\/acts\/decree-2020-1\/en\/2020-01-01\.txt/);
  });

  it('an edition dated before the act was adopted', async () => {
    const root = collection((r) => edit(r, `${ACT}/act.yaml`, 'date: 2020-01-01', 'date: 2020-03-01'));
    expect(await problems(root)).toEqual([
      expect.objectContaining({ line: lineOf(root, `${ACT}/act.yaml`, 'en/2020-01-01.txt:'), column: 3, code: 'edition-before-adoption', message: expect.stringMatching(/dated 2020-01-01, before the act was adopted on 2020-03-01/) }),
    ]);
  });

  it('an edition dated after the act lost force', async () => {
    const root = collection((r) => edit(r, `${ACT}/act.yaml`, 'date: 2021-06-01', 'date: 2019-12-31'));
    expect(await problems(root)).toEqual([expect.objectContaining({ code: 'edition-after-repeal', line: lineOf(root, `${ACT}/act.yaml`, 'en/2020-01-01.txt:'), message: expect.stringMatching(/after the act lost force on 2019-12-31/) })]);
  });

  it('a folder name that disagrees with type, year or number', async () => {
    const cases: Array<[string, string, string]> = [
      ['type: decree', 'type: order', 'type'],
      ['date: 2020-01-01', 'date: 2019-01-01', 'date'],
      ['number: "1"', 'number: "12"', 'number'],
    ];
    for (const [from, to, key] of cases) {
      const root = collection((r) => edit(r, `${ACT}/act.yaml`, from, to));
      const found = (await problems(root)).filter((d) => d.code === 'act-folder-mismatch');
      expect(found, key).toEqual([expect.objectContaining({ file: `${ACT}/act.yaml`, line: lineOf(root, `${ACT}/act.yaml`, to), column: key.length + 3, severity: 'error' })]);
    }
    const root = collection((r) => edit(r, `${ACT}/act.yaml`, 'number: "1"', 'number: "12"'));
    expect((await problems(root))[0]!.message).toMatch(/the folder "decree-2020-1" does not match act\.yaml's number "12": the folder of this act is named "decree-2020-12"/);
  });

  it('a folder name with a number as printed: Roman numerals in Cyrillic look-alikes, other signs', async () => {
    const root = collection((r) => {
      renameSync(join(r, ACT), join(r, 'content/acts/decree-2020-1-iv'));
      edit(r, 'content/acts/decree-2020-1-iv/act.yaml', 'number: "1"', 'number: "1-ІV"');
      edit(r, 'content/acts/decree-2021-5/act.yaml', 'repeals: [decree-2020-1]', 'repeals: []');
    });
    expect(await problems(root)).toEqual([]);
  });

  it('an act.yaml entry for a file that does not exist', async () => {
    const root = collection((r) => rmSync(join(r, ACT, 'en/2020-01-01.txt')));
    expect(await problems(root)).toEqual([expect.objectContaining({ file: `${ACT}/act.yaml`, line: lineOf(root, `${ACT}/act.yaml`, 'en/2020-01-01.txt:'), column: 3, code: 'edition-missing', message: expect.stringMatching(/"en\/2020-01-01\.txt" is listed, but there is no file content\/acts\/decree-2020-1\/en\/2020-01-01\.txt/) })]);
  });

  it('a misspelled key, named with the key it most likely meant', async () => {
    const root = collection((r) => {
      edit(r, `${ACT}/act.yaml`, 'editions:', 'editons:');
      edit(r, `${ACT}/act.yaml`, '    source:', '    sourse:');
    });
    const diagnostics = await problems(root);
    expect(diagnostics.map(formatDiagnostic)).toEqual([`${ACT}/act.yaml:${lineOf(root, `${ACT}/act.yaml`, 'editons:')}:1: error: unknown key "editons": did you mean "editions"? [act-meta-unknown-key]`]);
    const nested = collection((r) => edit(r, `${ACT}/act.yaml`, '    source:', '    sourse:'));
    const [unknown, ...rest] = await problems(nested);
    expect(unknown).toMatchObject({ line: lineOf(nested, `${ACT}/act.yaml`, 'sourse:'), column: 5, code: 'act-meta-unknown-key', message: 'unknown key "editions.en/2020-01-01.txt.sourse": did you mean "source"?' });
    // The required `source` is then missing too: reported at its entry.
    expect(rest).toEqual([expect.objectContaining({ code: 'act-meta-schema', message: 'editions.en/2020-01-01.txt.source: required, and missing' })]);
    const far = collection((r) => edit(r, `${ACT}/act.yaml`, 'titles:', 'colour: red\ntitles:'));
    expect((await problems(far))[0]!.message).toMatch(/^unknown key "colour": expected one of type, number, date, /);
  });

  it('an upper-case act folder, told to be lower case', async () => {
    const root = collection((r) => renameSync(join(r, ACT), join(r, 'content/acts/Decree-2020-1')));
    const slug = (await problems(root)).filter((d) => d.code === 'act-slug');
    expect(slug).toEqual([expect.objectContaining({ file: 'content/acts/Decree-2020-1', severity: 'error', message: 'the folder name "Decree-2020-1" must be lower case: "decree-2020-1"' })]);
  });

  it('two editions of one date, .md and .txt', async () => {
    const root = collection((r) => cpSync(join(r, ACT, 'en/2020-01-01.txt'), join(r, ACT, 'en/2020-01-01.md')));
    const { editions, diagnostics } = await listEditions(root);
    expect(editions).toHaveLength(1);
    expect(diagnostics).toEqual([expect.objectContaining({ file: `${ACT}/en/2020-01-01.txt`, code: 'edition-duplicate', message: 'two editions of 2020-01-01 in en: 2020-01-01.md and 2020-01-01.txt; keep one' })]);
  });

  it('a control character in act.yaml, at its value', async () => {
    const root = collection((r) => edit(r, `${ACT}/act.yaml`, 'en: On a test act', 'en: "On a \\x1B[31mtest act"'));
    expect(await problems(root)).toEqual([expect.objectContaining({ line: lineOf(root, `${ACT}/act.yaml`, 'x1B'), column: 7, code: 'control-character', message: 'titles.en: the control character U+001B cannot be published; remove it' })]);
  });

  it('an act without a number in a numbered folder: its folder is {type}-{year}', async () => {
    const root = collection((r) => edit(r, `${ACT}/act.yaml`, 'number: "1"\n', ''));
    expect(await problems(root)).toEqual([
      expect.objectContaining({ code: 'act-folder-mismatch', message: expect.stringContaining('the folder of this act is named "decree-2020" ({type}-{year})') }),
    ]);
  });

  it('a required field missing, and a date not in the calendar, at their lines', async () => {
    const root = collection((r) => {
      edit(r, `${ACT}/act.yaml`, 'type: decree\n', '');
      edit(r, `${ACT}/act.yaml`, 'date: 2021-06-01', 'date: 2021-02-30');
    });
    expect(await problems(root)).toEqual([
      expect.objectContaining({ line: 1, column: 1, code: 'act-meta-schema', message: expect.stringMatching(/^type: /) }),
      expect.objectContaining({ line: lineOf(root, `${ACT}/act.yaml`, '2021-02-30'), column: 11, code: 'act-meta-schema', message: 'status.abrogated.date: not a calendar date' }),
    ]);
  });
});

describe('acts that act.yaml names', () => {
  async function references(root: string, known: string[]) {
    const metas = [];
    for (const id of await listActs(root)) metas.push({ id, data: (await readActMeta(root, id)).meta! });
    return actReferenceDiagnostics(root, metas, (slug) => known.includes(slug));
  }

  it('must be acts the site has a page for: abrogated.by and repeals', async () => {
    const root = collection();
    expect(await references(root, ['decree-2020-1', 'decree-2021-5'])).toEqual([]);
    expect(await references(root, ['decree-2020-1'])).toEqual([
      expect.objectContaining({ file: `${ACT}/act.yaml`, line: lineOf(root, `${ACT}/act.yaml`, 'by: decree-2021-5'), column: 9, code: 'act-unknown', message: expect.stringMatching(/^status\.abrogated\.by: no act "decree-2021-5"/) }),
    ]);
    expect(await references(root, ['decree-2021-5'])).toEqual([
      expect.objectContaining({ file: 'content/acts/decree-2021-5/act.yaml', line: lineOf(root, 'content/acts/decree-2021-5/act.yaml', 'repeals:'), column: 11, code: 'act-unknown', message: expect.stringMatching(/^repeals\.0: no act "decree-2020-1"/) }),
    ]);
  });
});
