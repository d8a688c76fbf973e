import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import type { ActMeta } from '../schemas/act.js';
import type { Edition, EditionEntry } from '../schemas/edition.js';
import { buildLibrary, type Library } from '../model/library.js';

let cached: Promise<Library> | undefined;

/** The full parse result of an edition, from where the loader wrote it. */
function readEdition(entry: EditionEntry): Edition {
  return JSON.parse(readFileSync(join(process.cwd(), entry.store.path), 'utf8')) as Edition;
}

/** The library for this build, built once from the content collections. */
export function loadLibrary(): Promise<Library> {
  cached ??= (async () => {
    const [acts, entries] = await Promise.all([getCollection('acts'), getCollection('editions')]);
    const byId = new Map(entries.map((e) => [e.id, e.data as EditionEntry]));
    // Each edition is read once here, and again only when a page renders it.
    function* editions() {
      for (const entry of byId.values()) yield readEdition(entry);
    }
    return buildLibrary(
      acts.map((a) => ({ id: a.id, data: a.data as ActMeta })),
      editions(),
      (id) => readEdition(byId.get(id)!),
    );
  })();
  return cached;
}
