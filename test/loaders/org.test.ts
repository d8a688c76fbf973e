import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { orgDiagnostics, readOrgFile } from '../../src/loaders/org.js';
import { contentLibrary } from '../versioning/library.js';
import { ROOT, read } from '../helpers.js';

/*
 * The org chart of the Regulations is proven against the text: every quote must be in the cited
 * provision for the period its entry claims. These tests alter the real chart file and expect the
 * check to name the entry and its line.
 */

const CHART = 'content/org/decree-2011-149.yaml';
const original = read(CHART);
const base = join(ROOT, 'node_modules/.kz-test-builds');
mkdirSync(base, { recursive: true });
const dir = mkdtempSync(join(base, 'org-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** Writes a variant of the chart and checks it. */
async function check(text: string) {
  const file = relative(ROOT, join(dir, `chart-${++n}.yaml`));
  writeFileSync(join(ROOT, file), text);
  const { entry, diagnostics } = await readOrgFile(ROOT, file);
  if (!entry) return { file, diagnostics };
  const library = await contentLibrary();
  const problems = orgDiagnostics(entry, library.acts.get(entry.act)?.languages.length ? library.timeline(entry.act) : undefined);
  return { file, diagnostics: problems, chart: problems.length ? undefined : entry };
}

/** The 1-based line of the first line of the file containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** Replaces exactly one occurrence, so that a test cannot silently alter nothing. */
function replaceOnce(text: string, from: string, to: string): string {
  expect(text.split(from).length - 1, `"${from}" occurs once in the chart`).toBe(1);
  return text.replace(from, to);
}

describe('the org chart of Decree No. 149', () => {
  it('passes the check as published', async () => {
    const r = await check(original);
    expect(r.diagnostics).toEqual([]);
    expect(r.chart?.nodes.length).toBeGreaterThanOrEqual(17);
  });

  it('fails naming the entry and its line when a quote is altered', async () => {
    const quote = '"shall be convened by the Chairman of the Assembly"';
    const altered = replaceOnce(original, quote, '"shall be convened by the President of the Assembly"');
    const r = await check(altered);
    expect(r.chart).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ file: r.file, line: lineOf(altered, 'shall be convened by the President'), severity: 'error' });
    expect(r.diagnostics[0]!.message).toMatch(/^relation chairman convenes council: the quote "shall be convened by the President of the Assembly" is not in att_1__para_9 \(en\)/);
  });

  it('fails when a node quote is altered by a single letter', async () => {
    const altered = replaceOnce(original, 'quote: "The Scientific and Expert Council shall be formed', 'quote: "The Scientific and Expert Council shall be framed');
    const r = await check(altered);
    expect(r.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^node expert-council: the quote "The Scientific and Expert Council shall be framed/)]);
  });

  it('fails when a quote is claimed for longer than the wording held it', async () => {
    // Paragraph 5 (Russian) named the First President "Лидер Нации" until the amendment of 5 May 2017.
    const altered = replaceOnce(original, '"Первый Президент Республики Казахстан - Лидер Нации является пожизненным Председателем Ассамблеи", until: 2017-05-05 }', '"Первый Президент Республики Казахстан - Лидер Нации является пожизненным Председателем Ассамблеи" }');
    const r = await check(altered);
    expect(r.diagnostics.length).toBeGreaterThan(0);
    for (const d of r.diagnostics) {
      expect(d.line).toBe(lineOf(altered, '- id: first-president'));
      expect(d.message).toMatch(/^node first-president: the quote "Первый Президент Республики Казахстан - Лидер Нации .*" is not in att_1__para_5 \(ru\) as in force 20(1[7-9]|2[01])-/);
    }
    expect(r.diagnostics[0]!.message).toMatch(/as in force 2017-05-05/);
  });

  it('fails when a citation names a provision no edition has, or a node that does not exist', async () => {
    const altered = replaceOnce(replaceOnce(original, '{ eId: att_1__para_19, lang: en', '{ eId: att_1__para_99, lang: en'), 'from: chairman, type: convenes, to: council', 'from: chairman, type: convenes, to: councill');
    const r = await check(altered);
    const messages = r.diagnostics.map((d) => d.message);
    expect(messages).toContain('relation chairman convenes councill: no node "councill"');
    expect(messages.some((m) => /cites att_1__para_99, which is in no edition of decree-2011-149/.test(m))).toBe(true);
  });

  it('reports a schema error at the offending line, and invalid YAML as such', async () => {
    const altered = replaceOnce(original, 'type: convenes, to: council', 'type: summons, to: council');
    const r = await check(altered);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.line).toBe(lineOf(altered, 'type: summons'));
    expect(r.diagnostics[0]!.message).toMatch(/^relations\.\d+\.type: Invalid option: expected one of .*"convenes"/);
    const broken = await check(original.replace('nodes:\n', 'nodes: [\n'));
    expect(broken.diagnostics[0]!.message).toMatch(/^not valid YAML/);
  });
});

describe('a chart of an act that is not in the content', () => {
  it('reports the act’s own problems (its act.yaml) before the chart’s', async () => {
    const { entry } = await readOrgFile(ROOT, CHART);
    const cause = { file: 'content/acts/decree-2011-149/act.yaml', line: 1, column: 1, severity: 'error' as const, code: 'act-meta-schema', message: 'number: required, and missing' };
    const problems = orgDiagnostics(entry!, undefined, [cause]);
    expect(problems[0]).toEqual(cause);
    expect(problems[1]).toMatchObject({ file: CHART, code: 'org-chart', message: 'act: no act "decree-2011-149" with text in the content (its act.yaml does not hold: content/acts/decree-2011-149/act.yaml:1)' });
    expect(orgDiagnostics(entry!, undefined)).toEqual([expect.objectContaining({ message: 'act: no act "decree-2011-149" with text in the content' })]);
  });
});
