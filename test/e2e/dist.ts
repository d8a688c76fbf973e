import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { ROOT } from '../helpers.js';

/**
 * How the browser tests' site is built: its search index in shards of at most 500 records (the
 * site's own are 20,000), so that each Cyrillic language's index is several shards, merged by
 * the search page, as a large collection's are.
 */
export const TEST_BUILD_ENV = { KZ_SEARCH_SHARD_RECORDS: '500' };

/** Reading the built site from disk, for checks that need no browser. */
export const DIST = join(ROOT, process.env.KZ_OUT_DIR ?? 'dist');

export function distFiles(dir = DIST, ext?: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...distFiles(full, ext));
    else if (!ext || ext.test(name)) out.push(full);
  }
  return out.sort();
}

/**
 * The pages that per-page checks of the markup read: every page, except that one in ten of the
 * pages of acts known only by reference in each language is read. Links are checked on every page.
 */
export function sampledHtmlFiles(): string[] {
  let referenced = 0;
  return distFiles(DIST, /\.html$/).filter((file) => {
    // An act known only by reference: its page in each language, from one template and the same
    // data; the act's own address (its default language) is always read, one in ten of the others.
    const r = /[\\/]acts[\\/]([^\\/]+)[\\/][a-z]{2}[\\/]index\.html$/.exec(file);
    if (r && !existsSync(join(dirname(file), 'history'))) return referenced++ % 10 === 0;
    return true;
  });
}

export function htmlPages(files = distFiles(DIST, /\.html$/)): Array<{ file: string; path: string; tree: Root }> {
  return files.map((file) => {
    const rel = relative(DIST, file).split('\\').join('/');
    const path = `/${rel.replace(/index\.html$/, '')}`;
    return { file, path, tree: fromHtml(readFileSync(file, 'utf8')) };
  });
}

export function elements(tree: Root): Element[] {
  const out: Element[] = [];
  visit(tree, 'element', (e) => void out.push(e as Element));
  return out;
}
