import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where a built page leads, if it is a moved address (src/components/MovedPage.astro): such a
 * page shows no text of its own, so the sitemap leaves it out. Only the page's head is read.
 */
export function movedTarget(outDir: string, pathname: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(join(outDir, decodeURIComponent(pathname), 'index.html'), 'r');
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(8192);
    const n = readSync(fd, head, 0, head.length, 0);
    return /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(head.toString('utf8', 0, n))?.[1];
  } finally {
    closeSync(fd);
  }
}
