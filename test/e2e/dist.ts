import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { ROOT } from '../helpers.js';

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
 * The pages that per-page checks of the markup read: every page, except that of the compare
 * pages between two versions that are neither adjacent nor the latest (V(V−1)/2 of them, from the
 * same template and data as the adjacent ones) one in ten is read, and one in ten of the pages of
 * acts known only by reference in each language. Links are checked on every page.
 */
export function sampledHtmlFiles(): string[] {
  const files = distFiles(DIST, /\.html$/);
  const versionsOf = new Map<string, string[]>();
  const versions = (actLang: string) => {
    let v = versionsOf.get(actLang);
    if (!v) {
      v = readdirSync(join(DIST, actLang)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
      versionsOf.set(actLang, v);
    }
    return v;
  };
  let distant = 0;
  let referenced = 0;
  return files.filter((file) => {
    // An act known only by reference: its page in each language, from one template and the same
    // data; the act's own address (its default language) is always read, one in ten of the others.
    const r = /[\\/]acts[\\/]([^\\/]+)[\\/][a-z]{2}[\\/]index\.html$/.exec(file);
    if (r && !existsSync(join(dirname(file), 'history'))) return referenced++ % 10 === 0;
    const m = /[\\/](acts[\\/][^\\/]+[\\/][a-z]{2})[\\/]compare[\\/](\d{4}-\d{2}-\d{2})[\\/](\d{4}-\d{2}-\d{2})[\\/]index\.html$/.exec(file);
    if (!m) return true;
    const v = versions(m[1]!);
    const from = v.indexOf(m[2]!);
    const to = v.indexOf(m[3]!);
    if (to === from + 1 || to === v.length - 1) return true;
    return distant++ % 10 === 0;
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
