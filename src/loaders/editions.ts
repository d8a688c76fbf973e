import { mkdir, readdir, readFile, writeFile, access } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { visit } from 'unist-util-visit';
import { parseEdition } from '../pipeline/parse-edition.js';
import { formatDiagnostic } from '../pipeline/report.js';
import type { Diagnostic } from '../schemas/diagnostic.js';
import { editionEntrySchema, parsedEditionSchema, type EditionEntry } from '../schemas/edition.js';
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

const exists = (path: string) => access(path).then(() => true, () => false);

/**
 * Content-layer loader for editions: parses every edition file with the pipeline, validates the
 * result with the zod schemas, writes it beside the data store (keyed by a digest of the source
 * and the parser) and stores the entry. Any error (a malformed source, a control character, a
 * missing or wrong act.yaml, a file that is not the copy its sha256 records) stops the build with
 * `file:line:col: message` lines, act.yaml's first; warnings stay on the entries (see
 * /build-report.json) and are logged on every build, cached or not.
 */
export function editionsLoader(): Loader {
  return {
    name: 'kz-editions',
    schema: editionEntrySchema,
    async load({ store, parseData, generateDigest, logger, config }) {
      const root = fileURLToPath(config.root);
      const parsedDir = join(fileURLToPath(config.cacheDir), 'kz-editions');
      await mkdir(parsedDir, { recursive: true });
      const fingerprint = await pipelineFingerprint(root);
      const { editions, diagnostics: layout } = await listEditions(root);
      const errors: Diagnostic[] = [...layout];
      const metas = new Map<string, Awaited<ReturnType<typeof readActMeta>>>();
      const seen = new Set<string>();
      for (const edition of editions) {
        let act = metas.get(edition.act);
        if (!act) {
          act = await readActMeta(root, edition.act);
          metas.set(edition.act, act);
          // act.yaml's own problems first: they are the cause of what follows.
          errors.unshift(...act.diagnostics);
        }
        const text = await readFile(join(root, edition.file), 'utf8');
        const provenance = act.meta?.editions[edition.key];
        // An act.yaml that does not hold is reported above; every edition lacking provenance would only repeat it.
        if (!provenance && !act.diagnostics.length) {
          errors.push({ file: edition.file, line: 1, column: 1, severity: 'error', code: 'provenance-missing', message: `act.yaml has no provenance for ${edition.key}: add it under editions: (source, origin, sha256)` });
        }
        seen.add(edition.id);
        const digest = generateDigest(`${fingerprint}\n${edition.file}\n${JSON.stringify(provenance ?? null)}\n${text}`);
        const parsedPath = join(parsedDir, `${digest}.json`);
        const cached = store.get(edition.id);
        if (cached && cached.digest === digest && (await exists(parsedPath))) {
          const { diagnostics } = cached.data as EditionEntry;
          errors.push(...diagnostics.filter((d) => d.severity === 'error'));
          // Warnings are listed on every build, not only on the one that parsed the file.
          for (const d of diagnostics) if (d.severity === 'warning') logger.warn(formatDiagnostic(d));
          continue;
        }
        const parsed = parseEdition(text, { file: edition.file, lang: edition.lang });
        const checked = parsedEditionSchema.safeParse(parsed);
        if (!checked.success) {
          const issue = checked.error.issues[0]!;
          errors.push({ file: edition.file, line: 1, column: 1, severity: 'error', code: 'schema', message: `parser output fails its schema at ${issue.path.join('.')}: ${issue.message}` });
        }
        errors.push(...parsed.diagnostics.filter((d) => d.severity === 'error'));
        for (const d of parsed.diagnostics) if (d.severity === 'warning') logger.warn(formatDiagnostic(d));
        const full = { id: edition.id, act: edition.act, lang: edition.lang, date: edition.date, file: edition.file, ...(provenance ? { provenance } : {}), ...parsed };
        await writeFile(parsedPath, JSON.stringify(full));
        let provisions = 0;
        let footnotes = 0;
        visit(parsed.tree, (node) => {
          if (node.type === 'provision') provisions++;
          else if (node.type === 'footnote') footnotes++;
        });
        const data = await parseData({
          id: edition.id,
          data: {
            id: edition.id,
            act: edition.act,
            lang: edition.lang,
            date: edition.date,
            file: edition.file,
            ...(provenance ? { provenance } : {}),
            ...(parsed.frontmatter ? { frontmatter: parsed.frontmatter } : {}),
            diagnostics: parsed.diagnostics,
            store: { path: relative(root, parsedPath).split('\\').join('/'), digest },
            stats: { provisions, footnotes, amendments: parsed.amendments.length },
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
