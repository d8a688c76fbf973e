import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { visit } from 'unist-util-visit';
import type { Act, Attachment, Footnote, Node, Provision } from '../src/schemas/tree.js';
import { parseEdition, type ParseResult } from '../src/pipeline/parse-edition.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEED = 'content/acts/decree-2011-149/en/2021-07-21.txt';

export function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** Parses a file of the repository by its path from the project root. */
export function parseFile(path: string): ParseResult {
  return parseEdition(read(path), { file: path });
}

/** Every edition file under content/acts, as paths from the project root. */
export function contentEditions(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(txt|md)$/.test(name)) out.push(relative(ROOT, full));
    }
  };
  walk(join(ROOT, 'content/acts'));
  return out.sort();
}

export function provisions(node: Node, kind?: Provision['kind']): Provision[] {
  const out: Provision[] = [];
  visit(node, 'provision', (p) => {
    if (!kind || (p as Provision).kind === kind) out.push(p as Provision);
  });
  return out;
}

export function footnotes(node: Node): Footnote[] {
  const out: Footnote[] = [];
  visit(node, 'footnote', (f) => void out.push(f as Footnote));
  return out;
}

export function attachments(tree: Act): Attachment[] {
  return tree.children.filter((c): c is Attachment => c.type === 'attachment');
}

export { words } from '../src/model/text.js';

export function byEId(tree: Act, eId: string): Provision | undefined {
  return provisions(tree).find((p) => p.eId === eId);
}

/** Direct child provisions of a provision. */
export function childProvisions(p: Provision, kind?: Provision['kind']): Provision[] {
  return p.children.filter((c): c is Provision => c.type === 'provision' && (!kind || c.kind === kind));
}
