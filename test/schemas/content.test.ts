import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { listActs, listEditions, readActMeta } from '../../src/loaders/files.js';
import { ROOT } from '../helpers.js';

describe('content/acts', () => {
  it('has valid act.yaml files', async () => {
    for (const act of await listActs(ROOT)) {
      const { meta, diagnostics } = await readActMeta(ROOT, act);
      expect(diagnostics).toEqual([]);
      expect(act.startsWith(`${meta?.type}-`), act).toBe(true);
    }
  });

  it('names every edition by language and date, with provenance whose hash matches the file', async () => {
    const { editions, diagnostics } = await listEditions(ROOT);
    expect(diagnostics).toEqual([]);
    expect(editions.map((e) => e.id)).toContain('decree-2011-149/en/2021-07-21');
    for (const edition of editions) {
      const { meta } = await readActMeta(ROOT, edition.act);
      const provenance = meta!.editions[edition.key];
      expect(provenance, edition.file).toBeDefined();
      const sha = createHash('sha256').update(readFileSync(join(ROOT, edition.file))).digest('hex');
      expect(sha, edition.file).toBe(provenance!.sha256);
    }
  });

  it('reports a misnamed act.yaml field with the file and line', async () => {
    const { diagnostics } = await readActMeta(join(ROOT, 'test/fixtures/bad-content'), 'decree-2000-1');
    expect(diagnostics[0]).toMatchObject({ file: 'content/acts/decree-2000-1/act.yaml', severity: 'error', code: 'act-meta-schema', line: 3 });
  });
});
