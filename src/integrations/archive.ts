import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Zip, ZipDeflate } from 'fflate';
import { SITE_PAGE_LANGUAGES, sitePath } from '../model/paths.js';
import { DICTIONARIES } from '../i18n/index.js';
import type { Language } from '../schemas/language.js';
import { parseShard } from '../model/shard.js';

/**
 * The open-data archive, made when Astro has written the site: every file under `data/acts/`,
 * the feeds, and `data/manifest.json` (each file's path, size and SHA-256), in one ZIP at
 * `data/kz-legislation-data.zip`. Entries are sorted and dated with a fixed time, so that the same
 * content gives the same archive. The downloads page's sizes (each file's, the total, the archive's) are filled in here.
 */
export const ARCHIVE = 'data/kz-legislation-data.zip';
export const MANIFEST = 'data/manifest.json';
/** Written at the root of a shard's output (KZ_SHARD): which shard it is, for the merge. */
export const SHARD_MARKER = 'kz-shard.json';
/** ZIP timestamps: fixed, for reproducible archives (DOS dates start in 1980). */
const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

/** 1234567 → "1.2 MB". */
/** A size as the page's language writes it: "1.2 MB", «1,2 МБ». */
export function formatSize(bytes: number, lang: Language = 'en'): string {
  const units = DICTIONARIES[lang].pages.data.units;
  const [value, unit] = bytes < 1000 ? [String(bytes), units[0]] : bytes < 1_000_000 ? [(bytes / 1000).toFixed(1), units[1]] : [(bytes / 1_000_000).toFixed(1), units[2]];
  return `${lang === 'en' ? value : value.replace('.', ',')} ${unit}`;
}

/** Every file under `dir`, in sorted order, as full paths. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

export function makeArchive(root: string): { files: number; bytes: number } {
  const posix = (p: string) => relative(root, p).split(sep).join('/');
  const feeds = walk(join(root, 'acts')).filter((f) => f.endsWith(`${sep}feed.xml`));
  const files = [...walk(join(root, 'data', 'acts')), join(root, 'feed.xml'), ...feeds];
  const manifest = {
    files: files.map((f) => {
      const body = readFileSync(f);
      return { path: posix(f), bytes: body.length, sha256: createHash('sha256').update(body).digest('hex') };
    }),
  };
  writeFileSync(join(root, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  // Streamed to disk: a large collection's archive need not fit in memory.
  const fd = openSync(join(root, ARCHIVE), 'w');
  let failure: Error | undefined;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else writeSync(fd, chunk);
  });
  for (const f of [join(root, MANIFEST), ...files]) {
    const entry = new ZipDeflate(posix(f), { level: 6 });
    entry.mtime = FIXED_TIME;
    zip.add(entry);
    entry.push(readFileSync(f), true);
  }
  zip.end();
  closeSync(fd);
  if (failure) throw failure;
  const bytes = statSync(join(root, ARCHIVE)).size;
  // The downloads page, in each language: each file's size, the total and the archive's, from the files themselves.
  const sizes = new Map(manifest.files.map((f) => [`/${f.path}`, f.bytes]));
  const total = manifest.files.filter((f) => f.path.startsWith('data/acts/')).reduce((a, f) => a + f.bytes, 0);
  for (const lang of SITE_PAGE_LANGUAGES) {
    const page = join(root, sitePath('data', lang).slice(1), 'index.html');
    if (!existsSync(page)) continue;
    const html = readFileSync(page, 'utf8')
      .replace(/<span([^>]*) data-size-of="([^"]+)">[^<]*<\/span>/g, (whole, attrs: string, href: string) => {
        const n = sizes.get(href);
        return n === undefined ? whole : `<span${attrs} data-size-of="${href}" data-bytes="${n}">(${formatSize(n, lang)})</span>`;
      })
      .replace(/<span data-size-total>[^<]*<\/span>/, `<span data-size-total data-bytes="${total}">${formatSize(total, lang)}</span>`)
      .replace(/<span data-archive-size>[^<]*<\/span>/, `<span data-archive-size data-bytes="${bytes}">${formatSize(bytes, lang)}</span>`);
    writeFileSync(page, html);
  }
  return { files: files.length + 1, bytes };
}

export default function archiveIntegration(): AstroIntegration {
  return {
    name: 'kz-archive',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        // A shard of the collection holds some acts' data files: the merge makes the archive of all.
        const shard = parseShard(process.env.KZ_SHARD);
        if (shard) {
          writeFileSync(join(fileURLToPath(dir), SHARD_MARKER), `${JSON.stringify(shard)}\n`);
          logger.info(`shard ${shard.index}/${shard.count}: the archive is made by the merge (npm run merge)`);
          return;
        }
        const { files, bytes } = makeArchive(fileURLToPath(dir));
        logger.info(`${ARCHIVE}: ${files} files, ${bytes} bytes`);
      },
    },
  };
}
