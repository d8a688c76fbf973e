import type { AstroIntegration } from 'astro';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LIBRARY_KEY } from '../model/library.js';

/**
 * Lets the library go once every page and data file is written (`astro:build:generated`): the
 * archive and the search index read the written files, and the library (every act's editions and
 * timelines) is most of what a large collection's build holds, while the search indexer runs
 * beside it (docs/scale.md, memory). A full collection is asked for then, so that the memory is
 * given back before the indexer starts, not whenever V8 next needs room.
 */
export default function release(): AstroIntegration {
  return {
    name: 'kz-release',
    hooks: {
      'astro:build:generated': () => {
        delete (globalThis as { [LIBRARY_KEY]?: unknown })[LIBRARY_KEY];
        collectGarbage();
      },
    },
  };
}

/**
 * A full garbage collection that also gives memory back to the system (V8's last-resort
 * collection: a plain one leaves the freed pages committed), through the `gc` V8 exposes once
 * asked to: Node has no other way to ask for one.
 */
function collectGarbage() {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as (options: object) => void)({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  } catch {
    // A Node.js that does not expose it: the memory is given back when V8 next collects.
  }
}
