import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import type { ActMeta } from '../schemas/act.js';
import type { Edition, EditionEntry } from '../schemas/edition.js';
import { buildLibrary, type Library } from '../model/library.js';
import { contentError } from './files.js';
import { orgDiagnostics, type OrgEntry } from './org.js';

/*
 * The library of this build, built once from the content collections: every page, data file and
 * check reads it. Org charts are proven here against the same timelines the pages show; a chart
 * that does not hold stops the build with `file:line:col: message` naming the entry.
 */

let cached: Promise<Library> | undefined;

/** The full parse result of an edition, from where the loader wrote it. */
function readEdition(entry: EditionEntry): Edition {
  return JSON.parse(readFileSync(join(process.cwd(), entry.store.path), 'utf8')) as Edition;
}

export function loadLibrary(): Promise<Library> {
  cached ??= (async () => {
    const [acts, entries, charts] = await Promise.all([getCollection('acts'), getCollection('editions'), getCollection('org')]);
    const byId = new Map(entries.map((e) => [e.id, e.data as EditionEntry]));
    // Each edition is read once here, and again only when a page renders it.
    function* editions() {
      for (const entry of byId.values()) yield readEdition(entry);
    }
    const library = buildLibrary(
      acts.map((a) => ({ id: a.id, data: a.data as ActMeta })),
      editions(),
      (id) => readEdition(byId.get(id)!),
    );
    const problems = charts.flatMap((c) => {
      const entry = c.data as OrgEntry;
      const act = library.acts.get(entry.act);
      return orgDiagnostics(entry, act?.languages.length ? library.timeline(entry.act) : undefined);
    });
    if (problems.length) throw contentError(problems);
    return library;
  })();
  return cached;
}
