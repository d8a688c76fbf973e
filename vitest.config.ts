import { getViteConfig } from 'astro/config';

/*
 * Two projects: `unit` (pipeline, schemas, site logic, components rendered with Astro's
 * container API: fast, no build) and `site` (builds the site once, serves dist/ on 127.0.0.1
 * and drives the system Chromium through playwright-core). getViteConfig lets Vitest compile
 * .astro components.
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/site/**'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/site/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
