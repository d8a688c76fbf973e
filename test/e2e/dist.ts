import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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

export function htmlPages(): Array<{ file: string; path: string; tree: Root }> {
  return distFiles(DIST, /\.html$/).map((file) => {
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
