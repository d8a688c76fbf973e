// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import archive from './src/integrations/archive.ts';
import headers from './src/integrations/headers.ts';
import release from './src/integrations/release.ts';
import sitemap from '@astrojs/sitemap';
import { movedTarget } from './src/integrations/moved.ts';
import { parseShard } from './src/model/shard.ts';

/*
 * A static site: every page is HTML on disk, readable without JavaScript. The site URL is used
 * for canonical links, feeds and the sitemap; set SITE_URL when deploying elsewhere.
 */
const outDir = process.env.KZ_OUT_DIR ?? './dist';

// A build of one shard of the collection (docs/scale.md): a malformed KZ_SHARD stops here, in one line.
try {
  parseShard(process.env.KZ_SHARD);
} catch (e) {
  process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://kz-legislation.example',
  // Other collections (tests, benchmarks) build elsewhere, with a cache of their own.
  outDir,
  cacheDir: process.env.KZ_CACHE_DIR ?? './node_modules/.astro',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The archive is made before the search index, so that the downloads page is indexed complete.
  // An address that only leads to another page (one page per text) is not in the sitemap.
  integrations: [mdx(), release(), sitemap({ filter: (page) => !movedTarget(outDir, new URL(page).pathname) }), archive(), pagefind(), headers()],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: { build: { assetsInlineLimit: 0 } },
});
