import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromium, type BrowserServer } from 'playwright-core';
import { serveStatic } from '../../tools/lib/static-server.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromium } from '../../tools/lib/chromium.js';
import { ROOT } from '../helpers.js';
import { astroBuildArgs } from '../../tools/lib/astro.js';
import { TEST_BUILD_ENV } from './dist.js';

/*
 * The site suite builds once (unless SKIP_BUILD=1 and dist/ exists), serves dist/ on 127.0.0.1
 * and starts one Chromium that every test file connects to.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.SKIP_BUILD !== '1') {
    const build = spawnSync(process.execPath, astroBuildArgs(ROOT, { ...process.env, ...TEST_BUILD_ENV }), { cwd: ROOT, env: { ...process.env, ...TEST_BUILD_ENV }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
  }
  assertChromium();
  const site = await serveStatic(join(ROOT, 'dist'));
  const browser: BrowserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  project.provide('baseURL', site.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await site.close();
  };
}
