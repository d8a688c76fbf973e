/*
 * Pre-parse for Markdown editions: the source is cut into pieces that remark parses one at a
 * time, because micromark's cost grows faster than the text (its event list is spliced in place:
 * 1 M characters take 2.5 s in one call, 4 M take 24 s) and with the depth of nesting (3,000
 * nested `> ` take seconds, nested links and emphasis minutes). Guarantees:
 *
 * - Pieces are consecutive, start at line starts and together cover the whole text.
 * - A piece ends at a blank line that no construct spans: the next line starts at column 1 (so
 *   it continues no list item and no indented code), the last line before it is not indented
 *   four columns (after indented code micromark reads `5. a` as a paragraph, as if it
 *   interrupted one), and no top-level fenced code, HTML block of kinds 1–5 (`<script>`,
 *   `<!--`…) or front matter is open. Such a cut changes nothing in what
 *   remark reads, except that a loose list becomes two lists (the lexer gives the same blocks).
 *   Link reference definitions are global: `markdown-parse.ts` shares them between pieces.
 * - A stretch with no such blank line that is longer than `MAX_BLOCK` characters or holds more
 *   than `MAX_BLOCKS` blocks is cut at a line start anyway (`forced`): what runs over the cut
 *   (a paragraph, a list) is read as two, and the parser reports it. Pieces hold at most
 *   `MAX_BLOCKS` blocks too.
 * - Stretches between blank lines nested deeper than `MAX_NESTING` (blockquotes and lists by
 *   their line prefixes, links and emphasis by their open brackets and delimiters), or with a
 *   line longer than `MAX_BLOCK`, are pieces of their own, read as plain lines (`plain`), never
 *   given to remark.
 *
 * The scan is one pass over the characters, so it is linear in the text's length.
 */

/** Deepest nesting given to remark: containers on one line, or open brackets and emphasis in one paragraph. */
export const MAX_NESTING = 32;
/** Longest stretch of text with no blank line given to remark in one piece. */
export const MAX_BLOCK = 64 * 1024;
/**
 * Most blocks (paragraphs, headings, blockquotes, list items) given to remark in one piece:
 * micromark splices its whole event list as each container closes, so its time per character
 * stays flat up to a few hundred blocks and then climbs steeply (2,048 one-line blockquotes:
 * 0.5 ms a character).
 */
export const MAX_BLOCKS = 256;
/** Pieces are filled with whole blocks up to this size: small enough for linear time, big enough to be few. */
export const PIECE_SIZE = 16 * 1024;

export interface MarkdownPiece {
  /** Offsets of the piece in the text. */
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** `markdown`: given to remark; `simple`: one block with no markup, written without remark (`markdown-simple.ts`); `plain`: nested too deep, read as plain lines. */
  read: 'markdown' | 'simple' | 'plain';
  /** For `plain`: where a limit is first passed: nesting of containers or inline, or a line's length. */
  deep?: { offset: number; what: 'containers' | 'inline' | 'line' };
  /** Cut at a line start inside an over-long stretch, not at a blank line. */
  forced?: boolean;
  /** Blocks that start in the piece (an estimate from line prefixes, at least 1). */
  blocks: number;
  /** The piece opens with front matter (closed by a second `---`): parse it with remark-frontmatter. */
  frontmatter?: boolean;
}

export interface PieceOptions {
  /** Target size of a piece; `Infinity` keeps every safe stretch together (one piece for a normal file). */
  pieceSize?: number;
  /** Longest stretch with no blank line given to remark (`Infinity`: never cut inside one). */
  maxBlock?: number;
  /** Most blocks in a stretch or a piece (`Infinity`: no limit). */
  maxBlocks?: number;
  /** Whether a stretch is one block that needs no parser: it is then a piece of its own, read `simple`. */
  simple?: (text: string, stretch: MarkdownPiece) => boolean;
}

/** A top-level construct that runs over blank lines: no cut inside it. */
type Open =
  | { kind: 'fence'; marker: number; length: number }
  | { kind: 'html'; end: RegExp }
  | { kind: 'frontmatter' };

/** HTML blocks of kinds 1–5 (CommonMark §4.6) end at a marker, not at a blank line. */
const HTML_OPENERS: Array<{ start: RegExp; end: RegExp }> = [
  { start: /^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i },
  { start: /^ {0,3}<!--/, end: /-->/ },
  { start: /^ {0,3}<\?/, end: /\?>/ },
  { start: /^ {0,3}<![A-Za-z]/, end: />/ },
  { start: /^ {0,3}<!\[CDATA\[/, end: /\]\]>/ },
];
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** A line that starts a block of its own, not a container: a heading, a rule, a fence, HTML, a setext underline. */
const BLOCK_START = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$|`{3,}|~{3,}|<|=+[ \t]*$)/;
const FRONTMATTER_FENCE = /^---[ \t]*$/;
/** A closing `---` line anywhere in the rest of the text (line ends as micromark reads them). */
const FRONTMATTER_CLOSE = /(?:^|\r\n|\r|\n)---[ \t]*(?:\r|\n|$)/;

/** Character codes the scanners compare with. */
const TAB = 9;
const SPACE = 32;
const BANG = 33;
const STAR = 42;
const DASH = 45;
const SLASH = 47;
const LT = 60;
const GT = 62;
const QUESTION = 63;
const BRACKET_OPEN = 91;
const BACKSLASH = 92;
const BRACKET_CLOSE = 93;
const UNDERSCORE = 95;
const BACKTICK = 96;

/** Cuts a Markdown text into pieces (see the module comment). */
export function markdownPieces(text: string, options: PieceOptions = {}): MarkdownPiece[] {
  const pieceSize = options.pieceSize ?? PIECE_SIZE;
  const maxBlock = options.maxBlock ?? MAX_BLOCK;
  const maxBlocks = options.maxBlocks ?? MAX_BLOCKS;
  /** Stretches between cut points, before they are grouped into pieces. */
  const stretches: MarkdownPiece[] = [];
  let current: MarkdownPiece = { start: 0, end: 0, line: 1, read: 'markdown', blocks: 1 };
  let open: Open | undefined;
  let previousBlank = false;
  let lastIndented = false;
  let inline: Readonly<InlineState> = NOTHING_OPEN;

  let lineStart = 0;
  let line = 1;
  while (lineStart < text.length) {
    // The line: [lineStart, contentEnd), then its ending (LF, CRLF or CR, as micromark reads them).
    let contentEnd = lineStart;
    while (contentEnd < text.length) {
      const c = text.charCodeAt(contentEnd);
      if (c === 10 || c === 13) break;
      contentEnd++;
    }
    let next = contentEnd;
    if (text.charCodeAt(next) === 13) next++;
    if (text.charCodeAt(next) === 10) next++;
    const content = text.slice(lineStart, contentEnd);
    // Blank as Markdown reads it: spaces and tabs only (a no-break space is text).
    const blank = /^[ \t]*$/.test(content);
    const first = content.charCodeAt(0);

    if (lineStart > current.start && !blank) {
      const indented = first === SPACE || first === TAB;
      const safe = !open && previousBlank && !lastIndented && !indented;
      // Too long: cut at a line that starts at column 1, or at any line once twice too long.
      const over = Math.max((lineStart - current.start) / maxBlock, current.blocks / maxBlocks);
      const tooLong = over > (indented ? 2 : 1);
      if (safe || tooLong) {
        current.end = lineStart;
        stretches.push(current);
        current = { start: lineStart, end: lineStart, line, read: 'markdown', blocks: 0 };
        if (!safe) current.forced = true;
        inline = NOTHING_OPEN;
      }
    }

    if (contentEnd - lineStart > maxBlock && current.read === 'markdown') {
      // micromark looks ahead to the end of a paragraph for what closes `<!--`, a backtick run,
      // a bracket: a paragraph that is one huge line costs the square of its length.
      current.read = 'plain';
      current.deep = { offset: lineStart, what: 'line' };
    }
    if (open) {
      if (closes(open, content, lineStart === 0)) open = undefined;
    } else if (blank) {
      inline = NOTHING_OPEN;
    } else {
      open = opens(content, lineStart === 0, text, next);
      if (open?.kind === 'frontmatter') current.frontmatter = true;
      const containers = open ? 0 : containerDepth(content);
      current.blocks += open || BLOCK_START.test(content) ? 1 : containers;
      if (!open && current.read === 'markdown') {
        if (containers > MAX_NESTING) {
          current.read = 'plain';
          current.deep = { offset: lineStart, what: 'containers' };
        } else {
          const deep = inlineDepth(content, inline);
          inline = deep.open;
          if (deep.exceededAt >= 0) {
            current.read = 'plain';
            current.deep = { offset: lineStart + deep.exceededAt, what: 'inline' };
          }
        }
      }
    }
    previousBlank = blank;
    if (!blank) lastIndented = /^(?: {4}| {0,3}\t)/.test(content);
    lineStart = next;
    line++;
  }
  current.end = text.length;
  stretches.push(current);
  if (options.simple) for (const s of stretches) if (s.read === 'markdown' && !s.frontmatter && options.simple(text, s)) s.read = 'simple';
  return group(stretches, pieceSize, maxBlocks);
}

/** Joins consecutive stretches read by remark into pieces of about `pieceSize` characters and at most `maxBlocks` blocks. */
function group(stretches: MarkdownPiece[], pieceSize: number, maxBlocks: number): MarkdownPiece[] {
  const pieces: MarkdownPiece[] = [];
  for (const s of stretches) {
    s.blocks = Math.max(1, s.blocks);
    const last = pieces[pieces.length - 1];
    if (last && last.read === 'markdown' && s.read === 'markdown' && !s.forced && s.end - last.start <= pieceSize && last.blocks + s.blocks <= maxBlocks) {
      last.end = s.end;
      last.blocks += s.blocks;
      continue;
    }
    pieces.push({ ...s });
  }
  return pieces;
}

/** Whether a line opens a construct that blank lines do not end. */
function opens(content: string, atStart: boolean, text: string, next: number): Open | undefined {
  if (atStart && FRONTMATTER_FENCE.test(content)) {
    // Front matter only if it is closed; otherwise `---` is a thematic break.
    return FRONTMATTER_CLOSE.test(text.slice(next)) ? { kind: 'frontmatter' } : undefined;
  }
  const fence = FENCE_OPEN.exec(content);
  if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) {
    return { kind: 'fence', marker: fence[1]!.charCodeAt(0), length: fence[1]!.length };
  }
  if (content.includes('<')) {
    for (const html of HTML_OPENERS) {
      const m = html.start.exec(content);
      if (m && !html.end.test(content.slice(m[0].length - 1))) return { kind: 'html', end: html.end };
    }
  }
  return undefined;
}

function closes(open: Open, content: string, atStart: boolean): boolean {
  if (open.kind === 'frontmatter') return !atStart && FRONTMATTER_FENCE.test(content);
  if (open.kind === 'html') return open.end.test(content);
  const m = /^ {0,3}(`+|~+)[ \t]*$/.exec(content);
  return !!m && m[1]!.charCodeAt(0) === open.marker && m[1]!.length >= open.length;
}

/**
 * How deep a line's container prefix can nest: its `>` and list markers, plus one level per two
 * columns of indentation (a list item's content is indented at least two columns past its
 * parent's), not counting the one space that belongs to each marker. A line with no marker
 * opens no container, so it counts as 0: it can only continue containers opened, and counted,
 * on earlier lines.
 */
export function containerDepth(content: string): number {
  let markers = 0;
  let columns = 0;
  let afterMarker = false;
  let i = 0;
  while (i < content.length) {
    const c = content.charCodeAt(i);
    if (c === SPACE || c === TAB) {
      let run = 0;
      while (content.charCodeAt(i) === SPACE || content.charCodeAt(i) === TAB) run += content.charCodeAt(i++) === TAB ? 4 : 1;
      columns += afterMarker ? run - 1 : run;
      afterMarker = false;
      continue;
    }
    if (c === GT) {
      markers++;
      i++;
    } else {
      const m = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/.exec(content.slice(i, i + 11));
      if (!m) break;
      markers++;
      i += m[0].length;
    }
    afterMarker = true;
  }
  return markers ? markers + Math.floor(columns / 2) : 0;
}

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** What a paragraph's lines so far leave open, waiting for a closer further on. */
export interface InlineState {
  /** `[` and `![` not yet closed by `]`. */
  brackets: number;
  /** Emphasis delimiters that can only open, less those that can only close. */
  emphasis: number;
  /** Inline HTML not yet closed: `<tag` (by `>`), `<!--` (by `-->`), `<?` (by `?>`), `<!X`. */
  html: number;
  /** Lengths of backtick runs not yet matched by a run of the same length. */
  ticks: number[];
}

export const NOTHING_OPEN: Readonly<InlineState> = { brackets: 0, emphasis: 0, html: 0, ticks: [] };

/**
 * The inline nesting of a line, carried on from the paragraph's previous lines: what it leaves
 * open. Nested links and emphasis cost micromark more than linear time in their depth, and each
 * construct left open makes it look ahead to the end of the paragraph for a closer; 32 of either
 * in one paragraph is no legal text. A delimiter run that can both open and close (`a*b`)
 * counts as neither; code spans and autolinks are not told apart from what they contain: the
 * count errs high.
 */
export function inlineDepth(content: string, carried: Readonly<InlineState>): { open: InlineState; exceededAt: number } {
  let { brackets, emphasis, html } = carried;
  const ticks = [...carried.ticks];
  let exceededAt = -1;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === BACKSLASH) {
      i++;
      continue;
    }
    if (c === BRACKET_OPEN) brackets++;
    else if (c === BRACKET_CLOSE) brackets = Math.max(0, brackets - 1);
    else if (c === STAR || c === UNDERSCORE) {
      let j = i;
      while (content.charCodeAt(j) === c) j++;
      const before = i > 0 ? content[i - 1]! : ' ';
      const after = j < content.length ? content[j]! : ' ';
      const beforeSpace = WHITESPACE.test(before);
      const afterSpace = WHITESPACE.test(after);
      const beforePunct = PUNCTUATION.test(before);
      const afterPunct = PUNCTUATION.test(after);
      const left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
      const right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
      if (left && !right) emphasis += j - i;
      else if (right && !left) emphasis = Math.max(0, emphasis - (j - i));
      i = j - 1;
    } else if (c === BACKTICK) {
      let j = i;
      while (content.charCodeAt(j) === BACKTICK) j++;
      const at = ticks.indexOf(j - i);
      if (at >= 0) ticks.splice(at, 1);
      else ticks.push(j - i);
      i = j - 1;
    } else if (c === LT) {
      const next = content.charCodeAt(i + 1);
      if (next === BANG || next === QUESTION || next === SLASH || /[A-Za-z]/.test(content[i + 1] ?? '')) html++;
      else continue;
    } else if (c === GT) {
      // Closes a tag or declaration; `-->` and `?>` also end a comment or an instruction.
      if (html && (content.charCodeAt(i - 1) !== DASH || content.charCodeAt(i - 2) === DASH || i < 2)) html = 0;
      else if (content.charCodeAt(i - 1) === QUESTION) html = 0;
      continue;
    } else continue;
    if (brackets + emphasis + html + ticks.length > MAX_NESTING && exceededAt < 0) exceededAt = i;
  }
  return { open: { brackets, emphasis, html, ticks }, exceededAt };
}
