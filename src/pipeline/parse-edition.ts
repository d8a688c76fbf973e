import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { Act } from '../schemas/tree.js';
import type { Language } from '../schemas/language.js';
import { LANGUAGES } from '../model/languages.js';
import type { Amendment, AmendmentTarget } from '../schemas/amendment.js';
import type { Diagnostic } from '../schemas/diagnostic.js';
import type { DefinedTerm, EditionCitation, FrontmatterData } from '../schemas/edition.js';
import { findDefinedTerms } from './terms.js';
import { editionCitations } from './references.js';
import { lexAdilet } from './adilet-lexer.js';
import { lexMarkdown } from './markdown-lexer.js';
import { buildTree } from './build-tree.js';
import { extractAmendments } from './amendments.js';
import { checkSource } from './check-source.js';
import { coverage } from './coverage.js';
import { Reporter } from './report.js';
import { SourceText } from './source.js';
import { detectLanguage } from './language.js';
import { makeLeaf, runLeaves } from './leaves.js';
import { parseMarkdown, type MarkdownOptions } from './markdown-parse.js';

/*
 * Entry points. Two unified plugins produce the same tree:
 *   unified().use(adiletParse)                          (adilet plain text)
 *   unified().use(markdownParse).use(remarkActTree)     (Markdown editions)
 * and `parseEdition` picks one by the file's extension, then extracts the amendments.
 * `markdownParse` is remark-parse with remark-frontmatter, given the file in block-sized pieces
 * so that big and deeply nested files parse in linear time (markdown-pieces.ts).
 */

export type SourceFormat = 'adilet' | 'markdown';

export interface ParseOptions {
  /** Path shown in diagnostics; also tells the format (`.md` → Markdown) and language (`/ru/`). */
  file: string;
  format?: SourceFormat;
  lang?: Language;
  /** How a Markdown source is cut for remark; the defaults suit every file (tests compare them with one piece). */
  markdown?: MarkdownOptions;
}

export interface ParseResult {
  tree: Act;
  amendments: Amendment[];
  diagnostics: Diagnostic[];
  terms: DefinedTerm[];
  citations: EditionCitation[];
  frontmatter?: FrontmatterData;
}

/** What the plugins leave on the vfile for the caller. */
interface EditionData {
  reporter: Reporter;
  footnoteTargets: Map<string, AmendmentTarget>;
  lang: Language;
}

function editionData(file: VFile): EditionData {
  return file.data as unknown as EditionData;
}

/** unified parser plugin for adilet plain text. */
export const adiletParse: Plugin<[], string, Act> = function () {
  this.parser = (doc, file) => {
    const data = editionData(file as VFile);
    const source = new SourceText(doc);
    const blocks = lexAdilet(source, data.reporter);
    const { tree, footnoteTargets } = buildTree(blocks, source, data.reporter, data.lang, 'adilet');
    data.footnoteTargets = footnoteTargets;
    return tree;
  };
};

/** unified parser plugin for Markdown editions: remark-parse and remark-frontmatter, piece by piece. */
export const markdownParse: Plugin<[MarkdownOptions?], string, Root> = function (options) {
  this.parser = (doc, file) => parseMarkdown(new SourceText(doc), editionData(file as VFile).reporter, options);
};

/** unified transformer plugin: the mdast of a Markdown edition in, the edition tree out. */
export const remarkActTree: Plugin<[], Root, Act> = function () {
  return (mdast, file) => {
    const data = editionData(file as VFile);
    const source = new SourceText(String(file.value));
    const blocks = lexMarkdown(source, mdast, data.reporter);
    const { tree, footnoteTargets } = buildTree(blocks, source, data.reporter, data.lang, 'markdown');
    data.footnoteTargets = footnoteTargets;
    return tree;
  };
};

const adiletProcessor = unified().use(adiletParse).freeze();
const markdownProcessor = unified().use(markdownParse).use(remarkActTree).freeze();

export function formatOf(file: string): SourceFormat {
  return /\.(md|markdown)$/i.test(file) ? 'markdown' : 'adilet';
}

/**
 * Parses one edition. Never throws: problems with the input come back as diagnostics, and so
 * does a failure of the parser itself (`internal-error`, with the text kept as plain leaves).
 */
export function parseEdition(text: string, options: ParseOptions): ParseResult {
  try {
    return parseOrThrow(text, options);
  } catch (e) {
    const file = new VFile({ path: options.file, value: text });
    const reporter = new Reporter(file);
    const message = e instanceof Error ? e.message : String(e);
    reporter.error('internal-error', `the parser failed (a bug): ${message}; the text is kept unstructured`);
    const source = new SourceText(text);
    const lang = options.lang ?? languageFromPath(options.file) ?? detectLanguage(text);
    const tree: Act = {
      type: 'act',
      lang,
      format: (options.format ?? formatOf(options.file)) === 'markdown' ? 'markdown' : 'adilet',
      children: runLeaves(source, 'text', 0, text.length),
      position: source.position(0, text.length),
    };
    return { tree, amendments: [], diagnostics: reporter.diagnostics, terms: [], citations: [] };
  }
}

function parseOrThrow(text: string, options: ParseOptions): ParseResult {
  const format = options.format ?? formatOf(options.file);
  const lang = options.lang ?? languageFromPath(options.file) ?? detectLanguage(text);
  // micromark drops a leading byte-order mark without counting it, which would shift every
  // position by one: give it a space of the same length instead (both are whitespace).
  const input = format === 'markdown' && text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const file = new VFile({ path: options.file, value: input });
  const reporter = new Reporter(file);
  checkSource(text, reporter);
  Object.assign(file.data, { reporter, lang, footnoteTargets: new Map() } satisfies EditionData);

  let tree: Act;
  if (format === 'markdown') {
    const processor = options.markdown ? unified().use(markdownParse, options.markdown).use(remarkActTree) : markdownProcessor;
    const mdast = processor.parse(file);
    tree = processor.runSync(mdast, file) as Act;
  } else {
    tree = adiletProcessor.parse(file) as Act;
  }
  const amendments = extractAmendments(tree, editionData(file).footnoteTargets, reporter);
  const result: ParseResult = { tree, amendments, diagnostics: [], terms: [], citations: [] };
  const frontmatter = readFrontmatter(tree, reporter);
  if (frontmatter) result.frontmatter = frontmatter;

  // The safety net: a character the structure missed is a parser bug. It is reported as an
  // error and still kept, at the end of the tree, so that nothing is ever lost.
  const cov = coverage(text, tree);
  const source = new SourceText(text);
  for (const gap of cov.uncovered) {
    reporter.error('uncovered-text', `text the parser did not place: "${gap.text.slice(0, 40)}"`, gap.start);
    tree.children.push(makeLeaf(source, 'text', gap.start.offset, gap.start.offset + gap.text.length));
  }
  for (const overlap of cov.overlaps.slice(0, 5)) {
    reporter.error('overlapping-leaves', `text claimed twice: "${overlap.text.slice(0, 40)}"`, overlap.start);
  }
  // A leaf whose value differs from its slice would hide characters it covers: shown from its
  // value, they would be lost. Reported, and the value is set back to the source.
  const mismatched = new Set(cov.mismatches.map((m) => m.start.offset));
  for (const m of cov.mismatches.slice(0, 5)) {
    reporter.error('leaf-value-mismatch', `a leaf reads "${m.value.slice(0, 40)}" where the source has "${m.text.slice(0, 40)}"`, m.start);
  }
  if (mismatched.size) restoreValues(tree, text, mismatched);
  // Read from the final leaves: terms and references in kept-back text count too.
  result.terms = findDefinedTerms(tree);
  result.citations = editionCitations(tree);
  result.diagnostics = reporter.diagnostics;
  return result;
}

/** Sets the value of the leaves starting at the given offsets back to their source slices. */
function restoreValues(tree: Act, text: string, starts: Set<number>) {
  visit(tree, (node) => {
    if (!('value' in node) || !('position' in node) || !node.position) return;
    const { start, end } = node.position;
    if (start.offset !== undefined && end.offset !== undefined && starts.has(start.offset)) {
      (node as { value: string }).value = text.slice(start.offset, end.offset);
    }
  });
}

/** An edition's language, from the folder it is in (`…/ru/2019-01-24.md`). */
const LANGUAGE_FOLDER = new RegExp(`(?:^|[\\\\/])(${LANGUAGES.join('|')})[\\\\/]`);

export function languageFromPath(file: string): Language | undefined {
  const m = LANGUAGE_FOLDER.exec(file);
  return m ? (m[1] as Language) : undefined;
}

function readFrontmatter(tree: Act, reporter: Reporter): FrontmatterData | undefined {
  const node = tree.children.find((c) => c.type === 'frontmatter');
  if (!node || node.type !== 'frontmatter') return undefined;
  const yaml = node.value.replace(/^---\s*\n?/, '').replace(/\n?---\s*$/, '');
  try {
    const data = parseYaml(yaml, { schema: 'core' }) as unknown;
    if (data === null || data === undefined) return {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      reporter.error('frontmatter-invalid', 'front matter is not a mapping of keys to values', node.position.start);
      return undefined;
    }
    return data as FrontmatterData;
  } catch (e) {
    const err = e as { message?: string; linePos?: Array<{ line: number; col: number }> };
    const pos = err.linePos?.[0];
    const at = pos
      ? { line: node.position.start.line + pos.line, column: pos.col, offset: node.position.start.offset }
      : node.position.start;
    // The YAML library counts lines from the front matter's first line: the position above is the file's.
    const reason = (err.message ?? String(e)).split('\n')[0]!.replace(/\s*at line \d+, column \d+:?\s*$/, '');
    reporter.error('frontmatter-invalid', `front matter is not valid YAML: ${reason}`, at);
    return undefined;
  }
}
