import { getCollection } from 'astro:content';
import type { ActMeta } from '../schemas/act.js';
import type { Edition } from '../schemas/edition.js';
import { buildLibrary, type Library } from './library.js';

let cached: Promise<Library> | undefined;

/** The library for this build, built once from the content collections. */
export function loadLibrary(): Promise<Library> {
  cached ??= (async () => {
    const [acts, editions] = await Promise.all([getCollection('acts'), getCollection('editions')]);
    return buildLibrary(
      acts.map((a) => ({ id: a.id, data: a.data as ActMeta })),
      editions.map((e) => e.data as Edition),
    );
  })();
  return cached;
}
