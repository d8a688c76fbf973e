import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from './browser.js';

let b: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  b = await openBrowser();
});
afterAll(async () => b.close());

describe('the home page', () => {
  it('lists the acts', async () => {
    const page = await b.page('/');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.textContent('main')).toContain('decree-2011-149');
  });
});
