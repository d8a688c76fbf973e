import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root } from 'hast';
import { DIST } from './dist.js';
import { versionDocumentSchema } from '../../src/schemas/data.js';
import type { Node } from '../../src/schemas/tree.js';
import { words } from '../../src/model/text.js';
import { readingPath } from '../../src/model/paths.js';
import type { Language } from '../../src/schemas/language.js';

/*
 * One document, three renderings: on every version page of every act and language, each
 * provision's words are its words in that version's JSON, and appear in its plain text, in the
 * same order. Furniture (tools, notices, badges, the structured reading of notes, hidden labels)
 * is not text of the act.
 */

const FURNITURE = /(^|\s)(tools|notice|badge|what|warning|visually-hidden)(\s|$)/;
/** Words without spacing; a table printed as HTML is compared by its cells' words (src/model/table.ts). */
const compact = (s: string) => s.replace(/<\/?[a-z][^>]*>/gi, '').replace(/\s+/g, '');

/** The words of an element as the reader sees them, furniture left out. */
function pageText(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element') {
    const cls = node.properties.className;
    const classes = Array.isArray(cls) ? cls.join(' ') : String(cls ?? '');
    if (FURNITURE.test(classes) || node.tagName === 'details') return '';
  }
  return node.children.map((c) => pageText(c as ElementContent)).join(' ');
}

function byEId(tree: Root): Map<string, Element> {
  const out = new Map<string, Element>();
  const walk = (n: Root | Element) => {
    for (const c of n.children) {
      if (c.type !== 'element') continue;
      // Another period's wording, shown apart behind a disclosure, is not this version's text.
      if (c.tagName === 'details') continue;
      const eId = c.properties.dataEid;
      if (typeof eId === 'string' && !out.has(eId)) out.set(eId, c);
      walk(c);
    }
  };
  walk(tree);
  return out;
}

function nodesByEId(tree: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  const walk = (n: Node) => {
    if ('eId' in n && !out.has((n as { eId: string }).eId)) out.set((n as { eId: string }).eId, n);
    if ('children' in n) for (const c of n.children as Node[]) walk(c);
  };
  walk(tree);
  return out;
}

const versions: Array<{ act: string; lang: string; date: string }> = [];
const root = join(DIST, 'data', 'acts');
for (const act of existsSync(root) ? readdirSync(root).sort() : []) {
  for (const lang of readdirSync(join(root, act)).sort()) {
    for (const f of readdirSync(join(root, act, lang)).filter((n) => n.endsWith('.json')).sort()) versions.push({ act, lang, date: f.replace(/\.json$/, '') });
  }
}

/** Each act's latest version: the last date it has data for, in any language. */
const latest = new Map<string, string>();
for (const v of versions) if (v.date > (latest.get(v.act) ?? '')) latest.set(v.act, v.date);

describe('every version page and its data files', () => {
  it('covers every act, language and version that has data', () => {
    expect(versions.length).toBeGreaterThanOrEqual(28);
    expect(new Set(versions.map((v) => v.act)).size).toBeGreaterThanOrEqual(3);
  });

  for (const v of versions) {
    it(`show the same words for each provision: ${v.act} ${v.lang} ${v.date}`, () => {
      const base = join(root, v.act, v.lang, v.date);
      const doc = versionDocumentSchema.parse(JSON.parse(readFileSync(`${base}.json`, 'utf8')));
      // The plain text gives a table a line per row, its cells split by " | " (src/data/text.ts).
      const txt = compact(readFileSync(`${base}.txt`, 'utf8')).replace(/\|/g, '');
      // The latest version's text is the act's page in the language (one page per text).
      const page = readingPath(v.act, v.lang as Language, v.date, [{ date: latest.get(v.act)! }]);
      const html = fromHtml(readFileSync(join(DIST, page, 'index.html'), 'utf8'));
      const onPage = byEId(html);
      const inDoc = nodesByEId(doc.tree as Node);
      expect([...onPage.keys()].sort()).toEqual([...inDoc.keys()].sort());
      let at = 0;
      for (const [eId, node] of inDoc) {
        const expected = compact(words(node));
        const shown = compact(pageText(onPage.get(eId)!));
        if (shown !== expected) {
          let i = 0;
          while (shown[i] === expected[i]) i++;
          expect(shown.slice(Math.max(0, i - 30), i + 40), `${eId} on the page`).toBe(expected.slice(Math.max(0, i - 30), i + 40));
        }
        if (node.type === 'provision' && node.kind === 'paragraph') {
          // Paragraphs appear in the plain text in document order.
          const found = txt.indexOf(expected.replace(/\|/g, ''), at);
          expect(found, `${eId} in the plain text`).toBeGreaterThanOrEqual(0);
          at = found;
        }
      }
    });
  }
});
