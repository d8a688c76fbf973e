import { describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, elements, htmlPages } from './dist.js';

/** Every internal link of the built site, and every #fragment, resolves. */
const SITE = 'https://kz-legislation.example';
const pages = htmlPages();
const idsByPath = new Map<string, Set<string>>();
for (const page of pages) {
  const ids = new Set<string>();
  for (const e of elements(page.tree)) if (e.properties.id) ids.add(String(e.properties.id));
  idsByPath.set(page.path, ids);
}

function fileFor(pathname: string): string | undefined {
  const file = join(DIST, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return undefined;
}

describe('links in dist/', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it('has no broken internal link or fragment', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const e of elements(page.tree)) {
        const attr = e.tagName === 'a' || e.tagName === 'link' ? 'href' : e.tagName === 'script' || e.tagName === 'img' ? 'src' : undefined;
        const raw = attr ? e.properties[attr] : undefined;
        if (typeof raw !== 'string' || !raw) continue;
        const url = new URL(raw, `${SITE}${page.path}`);
        if (url.origin !== SITE) continue;
        checked++;
        const target = url.pathname === page.path ? page.path : url.pathname;
        if (!fileFor(target)) {
          broken.push(`${page.path}: ${raw} (no page)`);
          continue;
        }
        if (url.hash) {
          const ids = idsByPath.get(target);
          const id = decodeURIComponent(url.hash.slice(1));
          if (!ids?.has(id)) broken.push(`${page.path}: ${raw} (no #${id})`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
