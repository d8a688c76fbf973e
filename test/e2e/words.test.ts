import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { openBrowser } from './browser.js';
import { contentEditions, parseFile } from '../helpers.js';
import { contentLibrary } from '../versioning/library.js';
import { readingPath } from '../../src/model/paths.js';
import type { Language } from '../../src/schemas/language.js';

/*
 * Nothing lost on the page: every word of every source edition (its text and numbers; not its
 * Markdown syntax or front matter) appears on the edition's page, in the source's order.
 */
let b: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  b = await openBrowser();
});
afterAll(async () => b.close());

function sourceWords(file: string): string[] {
  const { tree } = parseFile(file);
  const words: string[] = [];
  visit(tree, (node) => {
    // A table printed as HTML is shown as a table: its words are the cells' (src/model/table.ts).
    if (node.type === 'text' || node.type === 'num') words.push(...(node as { value: string }).value.replace(/<\/?[a-z][^>]*>/gi, ' ').split(/\s+/).filter(Boolean));
  });
  return words;
}

describe('every word of every source edition appears on its page, in order', async () => {
  const library = await contentLibrary();
  for (const file of contentEditions()) {
    const [, act, lang, name] = /content\/acts\/([^/]+)\/([^/]+)\/([^/]+)\.(?:md|txt)$/.exec(file)!;
    // The edition's page is the version whose text it is.
    const path = readingPath(act!, lang as Language, library.versionOf({ id: `${act}/${lang}/${name}`, act: act! }), library.timeline(act!).versions);
    it.concurrent(`${file} on ${path}`, async () => {
      const page = await b.page(path);
      const pageWords = (await page.locator('main').innerText()).split(/\s+/).filter(Boolean);
      const words = sourceWords(file);
      expect(words.length).toBeGreaterThan(50);
      let at = 0;
      for (let i = 0; i < words.length; i++) {
        const found = pageWords.indexOf(words[i]!, at);
        if (found < 0) {
          throw new Error(`word ${i + 1} of ${words.length}, "${words[i]}", is missing after: "${words.slice(Math.max(0, i - 8), i).join(' ')}"`);
        }
        at = found + 1;
      }
      await page.close();
    });
  }
});
