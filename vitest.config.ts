import { getViteConfig } from 'astro/config';

/*
 * Two projects: `unit` (pipeline, schemas, site logic, components rendered with Astro's
 * container API: fast, no build) and `e2e` (builds the site once, serves dist/ on 127.0.0.1
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
          exclude: ['test/e2e/**'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
