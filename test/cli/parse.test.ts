import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parsedEditionSchema } from '../../src/schemas/edition.js';
import { ROOT, SEED } from '../helpers.js';

/** Runs `npm run parse -- ARGS` the way a user does (through tsx), from the project root. */
function parse(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'tools/parse.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const DIAGNOSTIC_LINE = /^[^:\n]+:\d+:\d+: (error|warning|info): .+ \[[a-z-]+\]$/;

describe('npm run parse', () => {
  it('prints the seed as JSON (tree, amendments, diagnostics) and exits 0', () => {
    const { code, stdout, stderr } = parse(SEED);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['tree', 'amendments', 'diagnostics']));
    expect(parsedEditionSchema.safeParse(json).success).toBe(true);
    expect(json.amendments).toHaveLength(14);
    const lines = stderr.trim().split('\n');
    expect(lines.length).toBe(json.diagnostics.length);
    for (const line of lines) expect(line).toMatch(DIAGNOSTIC_LINE);
    expect(lines[0]).toMatch(new RegExp(`^${SEED}:63:174: warning: footnote glued`));
  });

  it('fails under --strict when there are warnings', () => {
    expect(parse(SEED, '--strict').code).toBe(1);
  });

  it('under --strict, exits 1 on an edition with warnings and 0 on one without', () => {
    expect(parse('content/acts/decree-2011-149/ru/2021-01-18.md', '--strict').code).toBe(1);
    expect(parse('content/acts/decree-2024-747/ru/2024-12-27.md', '--strict').code).toBe(0);
  });

  it('reports broken front matter as file:line:col and exits 1, still printing a tree', () => {
    const { code, stdout, stderr } = parse('test/fixtures/bad/bad-frontmatter.md');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).tree.type).toBe('act');
    expect(stderr).toMatch(/^test\/fixtures\/bad\/bad-frontmatter\.md:\d+:\d+: error: front matter is not valid YAML/m);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reports text with no structure as an error', () => {
    const { code, stderr } = parse('test/fixtures/bad/no-structure.txt');
    expect(code).toBe(1);
    expect(stderr).toMatch(/no-structure\.txt:1:1: error: no numbered provisions found/);
  });

  it('reports a file that cannot be read, without a stack trace', () => {
    const { code, stderr } = parse('content/does-not-exist.txt');
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('content/does-not-exist.txt:1:1: error: cannot read the file: ENOENT');
  });

  it('survives binary input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-'));
    const file = join(dir, 'garbage.md');
    writeFileSync(file, Buffer.from([0, 1, 2, 0xff, 0xfe, 0x50, 0x4b, 3, 4]));
    const { code, stderr } = parse(file);
    expect(code).toBe(1);
    expect(stderr).toMatch(/garbage\.md:1:1: error: the source contains NUL bytes/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a control character at its place and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-'));
    const file = join(dir, 'escape.md');
    writeFileSync(file, '# Закон\n\n1. Текст \u001b[31mкрасный.\n');
    const { code, stderr } = parse(file);
    expect(code).toBe(1);
    expect(stderr).toMatch(/escape\.md:3:10: error: the control character U\+001B cannot be published; remove it \[control-character\]/);
  });

  it('prints usage and exits 2 without a file', () => {
    const { code, stderr } = parse();
    expect(code).toBe(2);
    expect(stderr).toMatch(/^usage: npm run parse -- FILE/);
  });
});
