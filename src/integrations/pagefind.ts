import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index over the built site, in one place, when Astro has written
 * dist/. What gets indexed is decided in the markup: `data-pagefind-body` on the legal text,
 * `data-pagefind-ignore` on furniture.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'kz-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark times Astro and Pagefind apart: it indexes on its own when this is set.
        if (process.env.KZ_SKIP_PAGEFIND === '1') return;
        await buildSearchIndex(fileURLToPath(dir), (m) => logger.info(m));
      },
    },
  };
}

/** Indexes a built site into `{site}/pagefind/`; returns the number of pages indexed. */
export async function buildSearchIndex(site: string, log: (message: string) => void = () => undefined): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  log(`indexed ${added.page_count} pages`);
  await pagefind.close();
  return added.page_count;
}
