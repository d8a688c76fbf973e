import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Definition, Nodes, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { markdownPieces, MAX_BLOCK, MAX_BLOCKS, MAX_NESTING, type MarkdownPiece, type PieceOptions } from './markdown-pieces.js';
import type { PlainLines } from './markdown-lexer.js';
import { simpleBlock } from './markdown-simple.js';
import type { Reporter } from './report.js';
import type { SourceText } from './source.js';

/*
 * Markdown to mdast, piece by piece (see `markdown-pieces.ts` for where the text is cut and why):
 * each piece is parsed by remark-parse on its own (the first with remark-frontmatter if the file
 * opens with front matter), its positions shifted to the file's, and the pieces' children
 * joined under one root. A piece nested too deep is not parsed: it becomes one `plainLines` node
 * that the lexer reads line by line, like adilet text.
 */

const withFrontmatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
const withoutFrontmatter = unified().use(remarkParse).freeze();

/** Link reference definitions shared with every piece are capped: beyond this, references stay within their piece. */
const MAX_SHARED_DEFINITIONS = 64 * 1024;

/** How a Markdown source is read: where it is cut, and (`remarkOnly`, for tests that compare the two) whether simple blocks go to remark too. */
export type MarkdownOptions = PieceOptions & { remarkOnly?: boolean };

export function parseMarkdown(source: SourceText, report: Reporter, options: MarkdownOptions = {}): Root {
  const text = source.text;
  const blocks = new Map<number, RootContent>();
  const simple = (t: string, s: MarkdownPiece) => {
    const block = simpleBlock(t, s.start, s.end, s.line);
    if (block) blocks.set(s.start, block);
    return !!block;
  };
  const pieces = markdownPieces(text, options.remarkOnly ? options : { simple, ...options });
  const parsed: Array<{ piece: MarkdownPiece; children: RootContent[] }> = [];
  for (const piece of pieces) {
    if (piece.forced) {
      report.warn(
        'block-too-long',
        `more than ${MAX_BLOCK} characters or ${MAX_BLOCKS} blocks with no blank line between them; read in pieces cut at line ends`,
        source.point(piece.start),
      );
    }
    if (piece.read === 'plain') {
      const deep = piece.deep!;
      if (deep.what === 'line') {
        report.warn('line-too-long', `a line of more than ${MAX_BLOCK} characters; read as plain lines`, source.point(deep.offset));
      } else {
        const what = deep.what === 'containers' ? 'blockquotes and lists' : 'links and emphasis';
        report.warn('nesting-too-deep', `${what} nested more than ${MAX_NESTING} deep; read as plain lines`, source.point(deep.offset));
      }
      parsed.push({ piece, children: [plainLines(source, piece)] });
      continue;
    }
    if (piece.read === 'simple') {
      parsed.push({ piece, children: [blocks.get(piece.start)!] });
      continue;
    }
    parsed.push({ piece, children: parsePiece(source, piece, report)! });
  }

  // Link reference definitions apply to the whole file: if there are any, pieces that may use
  // one are parsed again with every definition's label added (the added nodes are dropped).
  if (parsed.length > 1) {
    const labels = definitionLabels(parsed.flatMap((p) => p.children));
    if (labels.length) {
      const definitions = labels.map((l) => `[${l}]: #`).join('\n');
      if (definitions.length > MAX_SHARED_DEFINITIONS) {
        report.warn('too-many-definitions', `${labels.length} link reference definitions; references to them are resolved within their own block only`);
      } else {
        for (const p of parsed) {
          if (p.piece.read !== 'markdown' || !text.slice(p.piece.start, p.piece.end).includes('[')) continue;
          p.children = parsePiece(source, p.piece, report, definitions) ?? p.children;
        }
      }
    }
  }

  return {
    type: 'root',
    children: parsed.flatMap((p) => p.children),
    position: source.position(0, text.length),
  };
}

/**
 * Parses one piece and returns its children in the file's positions. With `definitions`, they
 * are parsed along: before the piece (which starts after a blank line, so nothing of theirs runs
 * into it), or after the first piece, whose front matter must stay first; `undefined` if a
 * block left open at that piece's end ran on into them.
 */
function parsePiece(source: SourceText, piece: MarkdownPiece, report: Reporter, definitions?: string): RootContent[] | undefined {
  // A piece's last line ending is left out: micromark counts the line endings of blank lines
  // into a block still open at the end of its input (`* <!--` / blank / blank), up to the line
  // that closes it in the file, whose own line ending it leaves out.
  const text = source.text;
  let end = piece.end;
  if (end < text.length) {
    if (text.charCodeAt(end - 1) === 10) end--;
    if (text.charCodeAt(end - 1) === 13) end--;
  }
  const value = text.slice(piece.start, end);
  const before = definitions !== undefined && piece.start > 0 ? `${definitions}\n\n` : '';
  const after = definitions !== undefined && piece.start === 0 ? `\n\n${definitions}\n` : '';
  let root: Root;
  try {
    // Only a piece that opens with closed front matter gets remark-frontmatter: a `---` it tries
    // and gives up on leaves micromark reading a later `5. a` as a paragraph, not a list.
    root = (piece.frontmatter ? withFrontmatter : withoutFrontmatter).parse(before + value + after);
  } catch (e) {
    // Not expected within the limits; if remark fails anyway (a stack overflow on some shape
    // the pre-scan did not foresee), the piece is still read, as plain lines. (Parsed again
    // for the definitions, it keeps its first reading.)
    if (definitions !== undefined) return undefined;
    const message = e instanceof Error ? e.message : String(e);
    const code = e instanceof RangeError ? 'nesting-too-deep' : 'markdown-failed';
    report.warn(code, `the Markdown parser failed on this block (${message}); read as plain lines`, source.point(piece.start));
    return [plainLines(source, piece)];
  }
  const startOf = (c: RootContent) => c.position?.start.offset ?? 0;
  const children = root.children.filter((c) => startOf(c) >= before.length && startOf(c) < before.length + value.length);
  if (after && children.some((c) => (c.position?.end.offset ?? 0) > value.length)) return undefined;
  const beforeLines = before ? before.split('\n').length - 1 : 0;
  if (piece.start > 0 || before) shift(children, piece.start - before.length, piece.line - 1 - beforeLines);
  return children;
}

function plainLines(source: SourceText, piece: MarkdownPiece): PlainLines {
  return { type: 'plainLines', value: source.slice(piece.start, piece.end), position: source.position(piece.start, piece.end) };
}

/** Moves positions from the piece's to the file's. Iterative: nesting is bounded, but not by much. */
function shift(children: RootContent[], offset: number, lines: number) {
  const move = (p: Point) => {
    p.line += lines;
    if (p.offset !== undefined) p.offset += offset;
  };
  const stack: Nodes[] = [...children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.position) {
      move(node.position.start);
      move(node.position.end);
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}

/** The labels of every definition, wherever it is nested. */
function definitionLabels(children: RootContent[]): string[] {
  const labels = new Set<string>();
  const stack: Nodes[] = [...children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'definition') labels.add(((node as Definition).label ?? node.identifier).replace(/\s+/g, ' '));
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return [...labels];
}
