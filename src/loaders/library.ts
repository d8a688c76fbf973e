import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import type { ActMeta } from '../schemas/act.js';
import type { Edition, EditionEntry } from '../schemas/edition.js';
import { buildLibrary, LIBRARY_KEY, type ActRecord, type Library } from '../model/library.js';
import { inShard, parseShard } from '../model/shard.js';
import { actReferenceDiagnostics, contentDir, contentError, readActMeta } from './files.js';
import { guideDiagnostics } from './guides.js';
import { orgDiagnostics, type OrgEntry } from './org.js';

/*
 * The library of this build, built once from the content collections: every page, data file and
 * check reads it. Org charts are proven here against the same timelines the pages show; a chart
 * that does not hold stops the build with `file:line:col: message` naming the entry; so do an
 * act.yaml naming an act the site has no page for, and a guide's <Provision> that is not there.
 */

/*
 * The library is kept on the global object under LIBRARY_KEY, not in a module variable: the
 * pages are bundled apart from the integrations, and the build lets the library go once the last
 * page is written (src/integrations/release.ts), before the archive and the search index, which
 * read the written files: on a large collection that is most of the build's memory.
 */
const held = globalThis as { [LIBRARY_KEY]?: Promise<Library> };

/** The shard this build renders (`KZ_SHARD=i/n`, src/model/shard.ts), if any. */
export const BUILD_SHARD = parseShard(process.env.KZ_SHARD);

/** The acts whose pages and data files this build renders: every act, or those of its shard. */
export function builtActs(library: Library): ActRecord[] {
  return [...library.acts.values()].filter((a) => inShard(a.slug, BUILD_SHARD));
}

/** Whether this build renders the pages of the act `slug`. */
export const isBuilt = (slug: string) => inShard(slug, BUILD_SHARD);

/** The full parse result of an edition, from where the loader wrote it. */
function readEdition(entry: EditionEntry): Edition {
  return JSON.parse(readFileSync(join(process.cwd(), entry.store.path), 'utf8')) as Edition;
}

export function loadLibrary(): Promise<Library> {
  held[LIBRARY_KEY] ??= (async () => {
    const [acts, entries, charts, guides] = await Promise.all([getCollection('acts'), getCollection('editions'), getCollection('org'), getCollection('guides')]);
    const byId = new Map(entries.map((e) => [e.id, e.data as EditionEntry]));
    // Each edition is read once here, and again only when a page renders it.
    function* editions() {
      for (const entry of byId.values()) yield readEdition(entry);
    }
    const metas = acts.map((a) => ({ id: a.id, data: a.data as ActMeta }));
    const library = buildLibrary(metas, editions(), (id) => readEdition(byId.get(id)!));
    const root = process.cwd();
    // The acts' own problems first: a chart or guide that names a broken act only repeats them.
    const problems = await actReferenceDiagnostics(root, metas, (slug) => library.acts.has(slug));
    for (const guide of guides) {
      if (!guide.filePath) continue;
      problems.push(...guideDiagnostics(guide.filePath, readFileSync(join(root, guide.filePath), 'utf8'), library));
    }
    for (const c of charts) {
      const entry = c.data as OrgEntry;
      const act = library.acts.get(entry.act);
      const timeline = act?.languages.length ? library.timeline(entry.act) : undefined;
      // A chart of an act that is missing: if its act.yaml is the reason, that is what to fix.
      const causes = timeline || !existsSync(join(root, contentDir(), 'acts', entry.act)) ? [] : (await readActMeta(root, entry.act)).diagnostics;
      problems.push(...orgDiagnostics(entry, timeline, causes));
    }
    if (problems.length) throw contentError(problems);
    return library;
  })();
  return held[LIBRARY_KEY];
}
