import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { orgChartSchema, type OrgChart } from '../schemas/org.js';
import type { Diagnostic } from '../schemas/diagnostic.js';
import type { ActTimeline } from '../versioning/timeline.js';
import { checkOrgChart, entryName } from '../org/check.js';
import { contentDir, contentError } from './files.js';

/*
 * Org charts (`content/org/{act}.yaml`). The loader reads and validates each file and keeps the
 * line of every entry; the chart is proven against the act's text where the act's timeline is
 * (src/loaders/library.ts), the one the pages use, and problems name the file, the entry's line
 * and the entry.
 */

/** A chart as stored: with its file and the line of each entry, for diagnostics. */
export const orgEntrySchema = orgChartSchema.extend({
  file: z.string(),
  lines: z.record(z.string(), z.object({ line: z.number(), column: z.number() })),
});
export type OrgEntry = z.infer<typeof orgEntrySchema>;

/** Reads and validates an org chart file; YAML and schema problems as diagnostics. */
export async function readOrgFile(root: string, file: string): Promise<{ entry?: OrgEntry; diagnostics: Diagnostic[] }> {
  const text = await readFile(join(root, file), 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const at = (node: YamlNode | null | undefined) => lineCounter.linePos(node && 'range' in node && node.range ? node.range[0] : 0);
  const problem = (message: string, node?: YamlNode | null): Diagnostic => {
    const pos = at(node);
    return { file, line: pos.line, column: pos.col, severity: 'error', code: 'org-chart', message };
  };
  if (doc.errors.length) return { diagnostics: doc.errors.map((e) => ({ ...problem(`not valid YAML: ${e.message.split('\n')[0]}`), line: e.linePos?.[0]?.line ?? 1, column: e.linePos?.[0]?.col ?? 1 })) };
  const parsed = orgChartSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return { diagnostics: parsed.error.issues.map((i) => problem(`${i.path.join('.')}: ${i.message}`, doc.getIn(i.path, true) as YamlNode)) };
  }
  const chart = parsed.data;
  const lines: OrgEntry['lines'] = {};
  for (const key of ['nodes', 'relations'] as const) {
    const seq = doc.get(key, true);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, i) => {
      const e = chart[key][i];
      if (e && isMap(item)) {
        const pos = at(item as YamlNode);
        lines[entryName(e)] = { line: pos.line, column: pos.col };
      }
    });
  }
  return { entry: { ...chart, file, lines }, diagnostics: [] };
}

/**
 * Proves a chart against its act's timeline: each problem at its entry's line. With no timeline,
 * `causes` are the act's own problems (a broken act.yaml), reported before the chart's.
 */
export function orgDiagnostics(entry: OrgEntry, timeline: ActTimeline | undefined, causes: Diagnostic[] = []): Diagnostic[] {
  const problem = (message: string, name?: string): Diagnostic => {
    const pos = (name && entry.lines[name]) || { line: 1, column: 1 };
    return { file: entry.file, line: pos.line, column: pos.column, severity: 'error', code: 'org-chart', message };
  };
  if (!timeline) return [...causes, problem(`act: no act "${entry.act}" with text in the content${causes.length ? ` (its act.yaml does not hold: ${causes[0]!.file}:${causes[0]!.line})` : ''}`)];
  const chart: OrgChart = { act: entry.act, nodes: entry.nodes, relations: entry.relations };
  return checkOrgChart(chart, timeline).map((p) => problem(`${p.entry}: ${p.message}`, p.entry));
}

/** Content-layer loader for org charts (`content/org/{act}.yaml`). */
export function orgLoader(): Loader {
  return {
    name: 'kz-org',
    schema: orgEntrySchema,
    async load({ store, parseData, generateDigest, config }) {
      const root = fileURLToPath(config.root);
      const dir = join(root, contentDir(), 'org');
      const names = await readdir(dir).catch(() => [] as string[]);
      const errors: Diagnostic[] = [];
      store.clear();
      for (const name of names.filter((n) => n.endsWith('.yaml')).sort()) {
        const file = `${contentDir()}/org/${name}`;
        const { entry, diagnostics } = await readOrgFile(root, file);
        errors.push(...diagnostics);
        if (!entry) continue;
        const data = await parseData({ id: entry.act, data: entry as unknown as Record<string, unknown>, filePath: file });
        store.set({ id: entry.act, data, digest: generateDigest(data), filePath: file });
      }
      if (errors.length) throw contentError(errors);
    },
  };
}
