import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { orgChartSchema, type OrgChart } from '../schemas/org.js';
import type { Diagnostic } from '../schemas/diagnostic.js';
import { parseEdition } from '../pipeline/parse-edition.js';
import { unitsOf } from '../versioning/units.js';
import { buildTimeline } from '../versioning/timeline.js';
import { checkOrgChart, entryName } from '../org/check.js';
import { contentDir, contentError, listEditions, readActMeta } from './files.js';

/**
 * Checks an org chart against the act's text: parses the act's editions, builds its version
 * model and tests every quote for the period its entry claims. Problems are diagnostics naming
 * the file, the entry's line and the entry.
 */
export async function checkOrgFile(root: string, file: string): Promise<{ chart?: OrgChart; diagnostics: Diagnostic[] }> {
  const text = await readFile(join(root, file), 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const at = (node: YamlNode | null | undefined) => {
    const offset = node && 'range' in node && node.range ? node.range[0] : 0;
    return lineCounter.linePos(offset);
  };
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
  const { meta } = await readActMeta(root, chart.act);
  if (!meta) return { diagnostics: [problem(`no act "${chart.act}" in the content`)] };
  const { editions } = await listEditions(root);
  const versioned = [];
  for (const e of editions.filter((x) => x.act === chart.act)) {
    const parsedEdition = parseEdition(await readFile(join(root, e.file), 'utf8'), { file: e.file, lang: e.lang });
    versioned.push({ id: e.id, lang: e.lang, date: e.date, units: unitsOf(parsedEdition.tree), amendments: parsedEdition.amendments });
  }
  const timeline = buildTimeline(
    { act: chart.act, date: meta.date, ...(meta.status.abrogated ? { end: { date: meta.status.abrogated.date, by: meta.status.abrogated.by } } : {}) },
    versioned,
  );
  // The YAML node of each entry, for line numbers.
  const entries = new Map<string, YamlNode>();
  for (const key of ['nodes', 'relations'] as const) {
    const seq = doc.get(key, true);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, i) => {
      const e = chart[key][i];
      if (e && isMap(item)) entries.set(entryName(e), item as YamlNode);
    });
  }
  const diagnostics = checkOrgChart(chart, timeline).map((p) => problem(`${p.entry}: ${p.message}`, entries.get(p.entry)));
  return diagnostics.length ? { diagnostics } : { chart, diagnostics };
}

/** Content-layer loader for org charts (`content/org/{act}.yaml`), proven against the text. */
export function orgLoader(): Loader {
  return {
    name: 'kz-org',
    schema: orgChartSchema,
    async load({ store, parseData, generateDigest, config }) {
      const root = fileURLToPath(config.root);
      const dir = join(root, contentDir(), 'org');
      const names = await readdir(dir).catch(() => [] as string[]);
      const errors: Diagnostic[] = [];
      store.clear();
      for (const name of names.filter((n) => n.endsWith('.yaml')).sort()) {
        const file = `${contentDir()}/org/${name}`;
        const { chart, diagnostics } = await checkOrgFile(root, file);
        errors.push(...diagnostics);
        if (!chart) continue;
        const data = await parseData({ id: chart.act, data: chart as unknown as Record<string, unknown>, filePath: file });
        store.set({ id: chart.act, data, digest: generateDigest(data), filePath: file });
      }
      if (errors.length) throw contentError(errors);
    },
  };
}
