import { readdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseEdition } from '../pipeline/parse-edition.js';
import { formatDiagnostic } from '../pipeline/report.js';
import type { Diagnostic } from '../schemas/diagnostic.js';
import { editionSchema } from '../schemas/edition.js';
import { contentError, listEditions, readActMeta } from './files.js';

/**
 * A fingerprint of the parser and its schemas: cached entries are re-parsed whenever the code
 * that produced them changes, not only when their source does.
 */
async function pipelineFingerprint(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of ['src/pipeline', 'src/schemas']) {
    for (const name of (await readdir(join(root, dir))).sort()) {
      hash.update(name);
      hash.update(await readFile(join(root, dir, name)));
    }
  }
  return hash.digest('hex');
}

/**
 * Content-layer loader for editions: parses every edition file with the pipeline and stores
 * the validated result. Any error (a malformed source, a missing act.yaml) stops the build
 * with `file:line:col: message` lines; warnings are kept on the entries (see /build-report.json).
 */
export function editionsLoader(): Loader {
  return {
    name: 'kz-editions',
    schema: editionSchema,
    async load({ store, parseData, generateDigest, logger, config }) {
      const root = fileURLToPath(config.root);
      const fingerprint = await pipelineFingerprint(root);
      const { editions, diagnostics: layout } = await listEditions(root);
      const errors: Diagnostic[] = [...layout];
      const metas = new Map<string, Awaited<ReturnType<typeof readActMeta>>['meta']>();
      const seen = new Set<string>();
      for (const edition of editions) {
        if (!metas.has(edition.act)) {
          const { meta, diagnostics } = await readActMeta(root, edition.act);
          metas.set(edition.act, meta);
          errors.push(...diagnostics);
        }
        const text = await readFile(join(root, edition.file), 'utf8');
        const provenance = metas.get(edition.act)?.editions[edition.key];
        if (!provenance) {
          errors.push({ file: edition.file, line: 1, column: 1, severity: 'error', code: 'provenance-missing', message: `act.yaml has no provenance for ${edition.key}` });
        } else if (createHash('sha256').update(text).digest('hex') !== provenance.sha256) {
          logger.warn(`${edition.file}:1:1: warning: the file differs from its recorded source (sha256 in act.yaml) [provenance-changed]`);
        }
        seen.add(edition.id);
        const digest = generateDigest(`${fingerprint}\n${edition.file}\n${JSON.stringify(provenance ?? null)}\n${text}`);
        const cached = store.get(edition.id);
        if (cached && cached.digest === digest) {
          const cachedDiagnostics = (cached.data as { diagnostics: Diagnostic[] }).diagnostics;
          errors.push(...cachedDiagnostics.filter((d) => d.severity === 'error'));
          continue;
        }
        const parsed = parseEdition(text, { file: edition.file, lang: edition.lang });
        errors.push(...parsed.diagnostics.filter((d) => d.severity === 'error'));
        for (const d of parsed.diagnostics) if (d.severity === 'warning') logger.warn(formatDiagnostic(d));
        const data = await parseData({
          id: edition.id,
          data: {
            id: edition.id,
            act: edition.act,
            lang: edition.lang,
            date: edition.date,
            file: edition.file,
            ...(provenance ? { provenance } : {}),
            ...parsed,
          },
          filePath: edition.file,
        });
        store.set({ id: edition.id, data, digest, filePath: edition.file });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      if (errors.length) throw contentError(errors);
    },
  };
}
