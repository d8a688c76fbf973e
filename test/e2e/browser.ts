import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Connects to the suite's Chromium; one context per test file. */
export async function openBrowser(
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number }; bypassCSP?: boolean; locale?: string } = {},
) {
  const browser: Browser = await chromium.connect(inject('wsEndpoint'));
  const context: BrowserContext = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  return {
    browser,
    context,
    baseURL: inject('baseURL'),
    async page(path: string): Promise<Page> {
      const page = await context.newPage();
      const response = await page.goto(new URL(path, inject('baseURL')).href);
      if (!response || response.status() >= 400) throw new Error(`${path}: HTTP ${response?.status()}`);
      // A comparison the browser computes on the chooser page (`?from=…&to=…`): wait until it is shown.
      if (new URL(path, inject('baseURL')).searchParams.has('from') && (await page.locator('[data-comparison]').count())) {
        await page.waitForSelector('[data-comparison]:not([hidden]):not([aria-busy])');
      }
      return page;
    },
    async close() {
      await context.close();
      await browser.close();
    },
  };
}
