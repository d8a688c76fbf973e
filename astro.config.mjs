// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';

/*
 * A static site: every page is HTML on disk, readable without JavaScript. The site URL is used
 * for canonical links, feeds and the sitemap; set SITE_URL when deploying elsewhere.
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://kz-legislation.example',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), pagefind()],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: { build: { assetsInlineLimit: 0 } },
});
