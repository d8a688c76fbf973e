import type { SourceBlock } from './blocks.js';
import {
  ACT_NUMBER,
  ANNOUNCED_CHANGE,
  EDITORIAL_MARK,
  EDITORIAL_NOTE,
  APPENDIX_END_KK,
  APPENDIX_START,
  APPROVAL_END_KK,
  APPROVAL_START,
  EXCLUSION_STUB,
  FOOTNOTE,
  PARAGRAPH_NUM,
  PUBLICATION_NOTE,
  SIGNATORY,
  SUBPARAGRAPH_NUM,
  TOC_TITLE,
  TRANSLATION_NOTE,
  UNIT_REFERENCE_KK,
  matchHeading,
  type HeadingMatch,
} from './keywords.js';
import { findDates } from './dates.js';
import { normalizeHomoglyphs } from './text.js';

/** What a block is, read from its words and its form; the builder decides where it goes. */
export type Role =
  | { role: 'frontmatter' }
  | { role: 'markup' }
  | { role: 'footnote' }
  | { role: 'editorial' }
  | { role: 'translation' }
  | { role: 'publication' }
  /** Opens an approved instrument or an appendix; `span` counts the blocks the marker takes. */
  | { role: 'approval' | 'appendix'; span: number }
  | ({ role: 'heading' } & HeadingMatch)
  | { role: 'paragraph' | 'subparagraph'; num: string; excluded: boolean }
  /** A Markdown heading that is not a chapter or article: a title. */
  | { role: 'title' }
  | { role: 'toc' }
  | { role: 'text' };

/** Short lines are candidates for multi-line markers (approval blocks, titles, signatures). */
export const SHORT = 120;
/** The longest one-line approval or appendix marker ("APPROVED BY Decree of the President … dated …"). */
const MARKER_MAX = 200;

export function classify(block: SourceBlock): Role {
  if (block.form === 'frontmatter') return { role: 'frontmatter' };
  const text = normalizeHomoglyphs(block.text);
  if (!text) return { role: 'markup' };
  if (FOOTNOTE.test(text)) return { role: 'footnote' };
  if (EDITORIAL_MARK.test(text) || (EDITORIAL_NOTE.test(text) && (block.form === 'quote' || block.emphasized || ANNOUNCED_CHANGE.test(text)))) return { role: 'editorial' };
  if (TRANSLATION_NOTE.test(text)) return { role: 'translation' };
  if (TOC_TITLE.test(text)) return { role: 'toc' };

  const heading = matchHeading(text);
  if (heading) return { role: 'heading', ...heading };
  if (block.form === 'heading') {
    // `## 1. Общие положения`: a Markdown heading with a bare number is a chapter.
    const bare = PARAGRAPH_NUM.exec(text);
    if (bare) {
      return { role: 'heading', kind: 'chapter', num: bare[1]!, designationLength: bare[0].length, title: text.slice(bare[0].length).trim() };
    }
  }

  const para = PARAGRAPH_NUM.exec(text);
  if (para && block.form !== 'heading') {
    return { role: 'paragraph', num: para[1]!, excluded: EXCLUSION_STUB.test(text.slice(para[0].length)) };
  }
  const sub = SUBPARAGRAPH_NUM.exec(text);
  if (sub && block.form !== 'heading' && !UNIT_REFERENCE_KK.test(text.slice(sub[0].length))) {
    return { role: 'subparagraph', num: sub[1]!, excluded: EXCLUSION_STUB.test(text.slice(sub[0].length)) };
  }

  if (PUBLICATION_NOTE.test(text) && text.length < 2 * SHORT) return { role: 'publication' };
  // A marker is short; a sentence that merely starts with "Приложение…" is text.
  const marker = block.form === 'quote' || text.length <= MARKER_MAX;
  if (marker && (APPROVAL_START.test(text) || (block.form === 'quote' && APPROVAL_END_KK.test(text)))) return { role: 'approval', span: 1 };
  if (marker && (APPENDIX_START.test(text) || (block.form === 'quote' && APPENDIX_END_KK.test(text)))) return { role: 'appendix', span: 1 };
  if (block.form === 'heading') return { role: 'title' };
  return { role: 'text' };
}

export function isShortText(block: SourceBlock, role: Role): boolean {
  return role.role === 'text' && block.text.length <= SHORT;
}

/**
 * Approval and appendix markers printed over several lines (adilet, and Markdown corpora that
 * lost the blockquote): "УТВЕРЖДЕНО / Указом Президента / Республики Казахстан / от … № 12"
 * ends at the line carrying the approving act's number or date; the Kazakh form puts the keyword
 * last ("Қазақстан Республикасы / Президентінің / … / № 12 Жарлығымен / БЕКІТІЛГЕН").
 */
export function markMultilineMarkers(blocks: SourceBlock[], roles: Role[]): void {
  const MAX = 7;
  for (let i = 0; i < blocks.length; i++) {
    const role = roles[i]!;
    const block = blocks[i]!;
    if (block.form === 'quote' || block.form === 'heading') continue;
    if (role.role === 'approval' || role.role === 'appendix') {
      const first = normalizeHomoglyphs(block.text);
      if (ACT_NUMBER.test(first) || findDates(first).length) continue;
      for (let j = i + 1; j < Math.min(blocks.length, i + MAX); j++) {
        if (!isShortText(blocks[j]!, roles[j]!)) break;
        const t = normalizeHomoglyphs(blocks[j]!.text);
        if (ACT_NUMBER.test(t) || findDates(t).length) {
          role.span = j - i + 1;
          for (let k = i + 1; k <= j; k++) roles[k] = { role: 'markup' };
          break;
        }
      }
      continue;
    }
  }
  // The Kazakh form ends with the keyword: find it, then walk back over the formula's lines to
  // its first line ("Қазақстан Республикасы …", not the signatory's "Қазақстан Республикасының").
  for (let k = 1; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.form === 'quote' || block.form === 'heading' || !isShortText(block, roles[k]!)) continue;
    const t = normalizeHomoglyphs(block.text);
    const kind = APPROVAL_END_KK.test(t) ? 'approval' : APPENDIX_END_KK.test(t) ? 'appendix' : undefined;
    if (!kind) continue;
    let first = k;
    let dated = -1;
    for (let j = k - 1; j >= Math.max(0, k - MAX + 1); j--) {
      if (!isShortText(blocks[j]!, roles[j]!)) break;
      const line = normalizeHomoglyphs(blocks[j]!.text);
      if (dated < 0 && (ACT_NUMBER.test(line) || findDates(line).length)) dated = j;
      if (FORMULA_START_KK.test(line)) {
        first = j;
        break;
      }
    }
    if (first === k && dated >= 0) first = dated;
    roles[first] = { role: kind, span: k - first + 1 };
    for (let j = first + 1; j <= k; j++) roles[j] = { role: 'markup' };
  }
}

const FORMULA_START_KK = /^Қазақстан Республикасы(?:\s|$)/u;

/**
 * The new wording an amending act quotes: "статью 8 изложить в следующей редакции:" /
 * "8-бап мынадай редакцияда жазылсын:" followed by «Статья 8. … 1. … 2. …» (or in straight quotes). The quotation is the
 * instruction's text, not the amending act's own articles and points: its numbered lines must not
 * become units (they would collide with the act's own numbers). A quotation opens at the start of
 * a block right after a line ending in a colon (or right after another quotation), and runs
 * until its quotation marks balance; one that never closes is left alone and reported, so a stray
 * « cannot swallow the rest of an act.
 */
export function markQuotations(blocks: SourceBlock[], roles: Role[]): number | undefined {
  let previous = '';
  // A quotation may follow another: "подпункты 6) и 13) изложить…: «6) …»; «13) …»;".
  let afterQuotation = false;
  for (let i = 0; i < blocks.length; i++) {
    const role = roles[i]!;
    if (role.role === 'markup') continue;
    const text = blocks[i]!.text.replace(/^[\s*_>]+/u, '');
    const introduced = afterQuotation || /:\s*$/u.test(previous);
    previous = blocks[i]!.text.replace(/[\s*_]+$/u, '');
    afterQuotation = false;
    const mark = text[0];
    if (!introduced || (mark !== '«' && mark !== '"')) continue;
    // Guillemets nest and balance; straight quotes only pair up, so an odd count opens or closes.
    const balance = mark === '«' ? quoteBalance : (t: string) => (t.split('"').length - 1) % 2;
    let depth = balance(text);
    if (depth <= 0) continue;
    let end = i + 1;
    for (; end < blocks.length && depth > 0; end++) depth = mark === '«' ? depth + balance(blocks[end]!.text) : depth - balance(blocks[end]!.text);
    // Unbalanced from here on: the quotation marks cannot be trusted for the rest of the text (and
    // giving up keeps the walk linear). Returns the block, for the builder to report.
    if (depth > 0) return i;
    for (let k = i; k < end; k++) {
      const r = roles[k]!.role;
      if (r === 'paragraph' || r === 'subparagraph' || r === 'heading' || r === 'title') roles[k] = { role: 'text' };
    }
    previous = blocks[end - 1]!.text.replace(/[\s*_]+$/u, '');
    afterQuotation = true;
    i = end - 1;
  }
  return undefined;
}

function quoteBalance(text: string): number {
  let n = 0;
  for (const c of text) {
    if (c === '«') n++;
    else if (c === '»') n--;
  }
  return n;
}

/**
 * A table of contents before the text (some adilet exports): a run of two or more headings with
 * nothing between them, whose first heading appears again later. Returns the run's indices.
 */
export function findTableOfContents(roles: Role[]): [number, number] | undefined {
  const first = roles.findIndex((r) => r.role === 'heading');
  if (first < 0) return undefined;
  const head = roles[first] as Extract<Role, { role: 'heading' }>;
  const same = (r: Role) => r.role === 'heading' && r.kind === head.kind && r.num === head.num;
  // The run of headings that starts at the first one.
  let end = first + 1;
  while (end < roles.length && (roles[end]!.role === 'heading' || roles[end]!.role === 'markup')) {
    // The text's own first heading right after the contents ("Глава 1" again): the run ends there.
    if (same(roles[end]!)) return end - first >= 2 ? [first, end] : undefined;
    end++;
  }
  if (roles.slice(first, end).filter((r) => r.role === 'heading').length < 2) return undefined;
  // Otherwise the contents are followed by other matter (a preamble) before the text repeats them.
  for (let i = end; i < roles.length; i++) if (same(roles[i]!)) return [first, end];
  return undefined;
}

/** A signature line: table cells, a line in emphasis, or a short signatory line. */
export function looksLikeSignature(block: SourceBlock, role: Role): boolean {
  if (role.role !== 'text') return false;
  if (block.text.length > SHORT) return false;
  if (block.cells) return true;
  if (block.emphasized) return true;
  const text = normalizeHomoglyphs(block.text);
  return SIGNATORY.test(text) && !/[.:;,]$/.test(text);
}
