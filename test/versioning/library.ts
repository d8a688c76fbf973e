import { buildLibrary, type Library } from '../../src/model/library.js';
import { listActs, readActMeta, listEditions } from '../../src/loaders/files.js';
import type { Edition } from '../../src/schemas/edition.js';
import { parseFile, ROOT } from '../helpers.js';

let library: Promise<Library> | undefined;

/** The library of the real content, parsed here (no Astro): for versioning tests. */
export function contentLibrary(): Promise<Library> {
  library ??= (async () => {
    const metas = [];
    for (const act of await listActs(ROOT)) {
      const { meta } = await readActMeta(ROOT, act);
      if (meta) metas.push({ id: act, data: meta });
    }
    const { editions } = await listEditions(ROOT);
    const full: Edition[] = editions.map((e) => ({ id: e.id, act: e.act, lang: e.lang, date: e.date, file: e.file, ...parseFile(e.file) }));
    return buildLibrary(metas, full);
  })();
  return library;
}
