import { unified, type Plugin } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';
import type { Act } from '../schemas/tree.js';
import type { Language } from '../schemas/language.js';
import type { Amendment, AmendmentTarget } from '../schemas/amendment.js';
import type { Diagnostic } from '../schemas/diagnostic.js';
import type { DefinedTerm, FrontmatterData } from '../schemas/edition.js';
import { findDefinedTerms } from './terms.js';
import { lexAdilet } from './adilet-lexer.js';
import { lexMarkdown } from './markdown-lexer.js';
import { buildTree } from './build-tree.js';
import { extractAmendments } from './amendments.js';
import { checkSource } from './check-source.js';
import { coverage } from './coverage.js';
import { Reporter } from './report.js';
import { SourceText } from './source.js';
import { detectLanguage } from './language.js';
import { makeLeaf } from './leaves.js';

/*
 * Entry points. Two unified plugins produce the same tree:
 *   unified().use(adiletParse)                                       (adilet plain text)
 *   unified().use(remarkParse).use(remarkFrontmatter).use(remarkActTree)  (Markdown editions)
 * and `parseEdition` picks one by the file's extension, then extracts the amendments.
 */

export type SourceFormat = 'adilet' | 'markdown';

export interface ParseOptions {
  /** Path shown in diagnostics; also tells the format (`.md` → Markdown) and language (`/ru/`). */
  file: string;
  format?: SourceFormat;
  lang?: Language;
}

export interface ParseResult {
  tree: Act;
  amendments: Amendment[];
  diagnostics: Diagnostic[];
  terms: DefinedTerm[];
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
const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkActTree).freeze();

export function formatOf(file: string): SourceFormat {
  return /\.(md|markdown)$/i.test(file) ? 'markdown' : 'adilet';
}

/** Parses one edition. Never throws on bad input: problems come back as diagnostics. */
export function parseEdition(text: string, options: ParseOptions): ParseResult {
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
    const mdast = markdownProcessor.parse(file);
    tree = markdownProcessor.runSync(mdast, file) as Act;
  } else {
    tree = adiletProcessor.parse(file) as Act;
  }
  const amendments = extractAmendments(tree, editionData(file).footnoteTargets, reporter);
  const result: ParseResult = { tree, amendments, diagnostics: [], terms: findDefinedTerms(tree) };
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
  result.diagnostics = reporter.diagnostics;
  return result;
}

export function languageFromPath(file: string): Language | undefined {
  const m = /(?:^|[\\/])(en|ru|kk)[\\/]/.exec(file);
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
