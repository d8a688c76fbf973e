import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root } from 'hast';
import { eIdLabel } from '../site/i18n.js';
import type { Language } from '../schemas/language.js';
import { LANGUAGE_FACTS } from '../model/languages.js';

/**
 * The search index, built in one place when Astro has written the site. It reads the built
 * pages, not the sources: every text page marks its article with `data-search` (`current`,
 * `historical` or `none`) and each unit of the legal text (a paragraph, an article, a heading,
 * a preamble) with `data-unit`. Each unit becomes one Pagefind record, linked to its heading's
 * permalink (`…/ru/#att_1__para_5`), so a hit opens the page at the exact paragraph; navigation
 * and furniture (`data-pagefind-ignore`: citation tools, notices) are never indexed.
 *
 * A wording is indexed once: from the current text if it is current, else from the first
 * version page that shows it, marked historical. Records carry filters: act, language, status,
 * amending act, chapter, version.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'kz-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark times Astro and Pagefind apart: it indexes on its own when this is set.
        if (process.env.KZ_SKIP_PAGEFIND === '1') return;
        await buildSearchIndex(fileURLToPath(dir), (m) => logger.info(m));
      },
    },
  };
}

export interface SearchRecord {
  url: string;
  content: string;
  language: Language;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') out.push(...(await htmlFiles(full)));
    } else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}

const attr = (e: Element, name: string): string | undefined => {
  const v = e.properties[name];
  return v === undefined || v === null ? undefined : Array.isArray(v) ? v.join(' ') : String(v);
};

/** The words of a unit: its text, leaving out furniture, hidden labels and the units inside it. */
function unitText(node: ElementContent, root: boolean): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (!root && node.properties.dataUnit !== undefined) return '';
  if (node.properties.dataPagefindIgnore !== undefined) return '';
  const separate = /^(p|li|h\d|div|section|ol|ul)$/.test(node.tagName);
  const inner = node.children.map((c) => unitText(c, false)).join('');
  return separate ? ` ${inner} ` : inner;
}

/** The records of one built page. */
export function pageRecords(tree: Root, path: string): Array<SearchRecord & { version: string; key: string }> {
  const records: Array<SearchRecord & { version: string; key: string }> = [];
  const walk = (node: Root | Element, article: Element | undefined, foreign: boolean) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      let a = article;
      let f = foreign;
      if (child.tagName === 'article' && attr(child, 'dataSearch')) a = child;
      const pageLang = a ? (attr(a, 'lang') ?? undefined) : undefined;
      const lang = attr(child, 'lang');
      // A wording shown in another language (a fallback) is indexed from its own language's pages.
      if (a && lang && child !== a && child.tagName !== 'a' && lang !== (a.properties.dataLang ?? pageLang)) f = true;
      if (a && !f && attr(a, 'dataSearch') !== 'none' && child.properties.dataUnit !== undefined) {
        const eId = attr(child, 'dataEid') ?? attr(child, 'id');
        const content = unitText(child, true).replace(/\s+/g, ' ').trim();
        const language = attr(a, 'dataLang') as Language;
        if (eId && content) {
          const version = attr(a, 'dataSearch')!;
          const filters: Record<string, string[]> = {
            act: [attr(a, 'dataSearchAct')!],
            language: [LANGUAGE_FACTS[language].english],
            status: [attr(child, 'dataSearchStatus') ?? attr(a, 'dataSearchStatus')!],
            version: [version],
          };
          const chapter = attr(child, 'dataSearchChapter');
          if (chapter) filters.chapter = [chapter];
          const acts = attr(child, 'dataSearchActs');
          if (acts) filters['amending act'] = acts.split('|');
          records.push({
            url: `${path}#${eId}`,
            content,
            language,
            meta: {
              title: attr(a, 'dataSearchTitle')!,
              act: attr(a, 'dataSearchAct')!,
              provision: eIdLabel(eId, 'en'),
              eId,
              version,
              version_date: attr(a, 'dataSearchVersion') ?? '',
              language: LANGUAGE_FACTS[language].english,
            },
            filters,
            version,
            key: `${attr(a, 'dataSearchAct')}|${language}|${eId}|${content}`,
          });
        }
      }
      walk(child, a, f);
    }
  };
  walk(tree, undefined, false);
  return records;
}

/** Indexes a built site into `{site}/pagefind/`; returns the number of records. */
export async function buildSearchIndex(site: string, log: (message: string) => void = () => undefined): Promise<number> {
  const pages: Array<{ path: string; records: ReturnType<typeof pageRecords> }> = [];
  for (const file of await htmlFiles(site)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-search=')) continue;
    const path = `/${relative(site, file).split(sep).join('/').replace(/index\.html$/, '')}`;
    pages.push({ path, records: pageRecords(fromHtml(html), path) });
  }
  // Current wordings first, so that a wording still in force is found on the current text.
  const ordered = [...pages.flatMap((p) => p.records.filter((r) => r.version === 'current')), ...pages.flatMap((p) => p.records.filter((r) => r.version !== 'current'))];
  const seen = new Set<string>();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let count = 0;
  for (const r of ordered) {
    if (seen.has(r.key)) continue;
    seen.add(r.key);
    const added = await index.addCustomRecord({ url: r.url, content: r.content, language: r.language, meta: r.meta, filters: r.filters });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    count++;
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  log(`indexed ${count} provisions from ${pages.length} pages`);
  await pagefind.close();
  return count;
}
