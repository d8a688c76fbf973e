import { inLanguage } from '../model/languages.js';
import type { VersionDocument } from '../schemas/data.js';
import type { Node } from '../schemas/tree.js';
import { words } from '../model/text.js';
import { joinSplitTables, sourceTable, tableRows } from '../model/table.js';
import { DICTIONARIES } from '../i18n/index.js';

/*
 * Plain text of one version document, for reading, diffing and corpus work: a header saying what
 * the text is and where it comes from, then the text a block a line (titles, headings, paragraphs
 * with their numbers, notes), blank lines between units, amendment notes where they stand.
 */

export function toPlainText(doc: VersionDocument): string {
  const h = DICTIONARIES[doc.lang].plainText;
  const lines: string[] = [];
  lines.push(`${inLanguage(doc.titles, doc.lang) ?? doc.act}`);
  lines.push(`${h.version} ${doc.version.from}${doc.version.until ? ` ${h.until} ${doc.version.until}` : ''}`);
  lines.push(`${h.source}: ${doc.base.edition}${doc.base.provenance ? ` (${doc.base.provenance.source}, ${doc.base.provenance.origin})` : ''}`);
  for (const b of doc.borrowed) lines.push(`${h.borrowed}: ${b.eId} ← ${b.edition}`);
  if (doc.missing.length) lines.push(`${h.missing}: ${doc.missing.join(', ')}`);
  lines.push('', '');
  const missing = new Set(doc.missing);

  const walk = (node: Node, depth: number) => {
    switch (node.type) {
      case 'frontmatter':
      case 'markup':
        return;
      case 'text':
      case 'num':
        if (node.value.trim()) lines.push(node.value.trim());
        return;
      case 'p': {
        // A table printed as HTML: a line per row, its cells split by " | ", not its markup.
        const table = sourceTable(node);
        if (table) {
          const { caption, rows } = tableRows(table);
          if (caption) lines.push(caption);
          for (const row of rows) lines.push(row.cells.map((c) => c.lines.join(' ')).join(' | '));
          return;
        }
        const text = words(node);
        if (text) lines.push(text);
        return;
      }
      case 'title':
      case 'heading':
      case 'footnote':
      case 'note':
      case 'signature':
      case 'toc': {
        const text = words(node);
        if (text) lines.push(text);
        return;
      }
      case 'provision': {
        // The number leads the unit's first block of text, as printed.
        const children = node.children as Node[];
        const num = children.find((c) => c.type === 'num');
        if (depth > 0 && lines[lines.length - 1] !== '') lines.push('');
        let pending = num ? words(num) : '';
        // A unit whose wording on the date no edition holds: its number, and that said in place.
        if (missing.has(node.eId)) {
          const heading = children.find((c) => c.type === 'heading');
          const label = [pending || (heading ? words(heading) : ''), h.unknown].filter(Boolean).join(' ');
          lines.push(label);
          pending = '';
          for (const c of children) if (c.type === 'provision') walk(c, depth + 1);
          return;
        }
        for (const c of joinSplitTables(children)) {
          if (c === num) continue;
          if (pending && (c.type === 'p' || c.type === 'heading')) {
            lines.push(`${pending} ${words(c)}`.trim());
            pending = '';
            continue;
          }
          walk(c, depth + 1);
        }
        if (pending) lines.push(pending);
        return;
      }
      default:
        if (node.type === 'attachment' && lines[lines.length - 1] !== '') lines.push('', '');
        for (const c of joinSplitTables(node.children as Node[])) {
          // An attachment whose title on the date no edition holds: said in place of the title.
          if (node.type === 'attachment' && c.type === 'heading' && missing.has(node.eId)) lines.push(h.unknown);
          else walk(c, depth + 1);
        }
    }
  };
  walk(doc.tree, 0);
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
