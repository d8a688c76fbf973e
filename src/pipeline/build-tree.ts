import type {
  Act,
  Attachment,
  Footnote,
  Heading,
  Leaf,
  Note,
  P,
  Preamble,
  Provision,
  ProvisionKind,
  Signature,
  Title,
  Toc,
} from '../schemas/tree.js';
import { visit } from 'unist-util-visit';
import type { Language } from '../schemas/language.js';
import type { AmendmentTarget } from '../schemas/amendment.js';
import type { SourceBlock } from './blocks.js';
import { classify, findTableOfContents, looksLikeSignature, markMultilineMarkers, markQuotations, SHORT, type Role } from './classify.js';
import { ANNOUNCED_CHANGE, EDITORIAL_MARK, EXCLUSION_STUB, IDENTIFICATION, matchInsertedUnit, matchStatedTarget, type StatedTarget, FOOTNOTE, NAMES_HEADING, PARAGRAPH_NUM, SUBPARAGRAPH_NUM } from './keywords.js';
import { makeLeaf, pushAll, trimRange } from './leaves.js';
import { markdownValue, rawLength } from './markdown-text.js';
import type { Reporter } from './report.js';
import type { SourceText } from './source.js';
import { spanOf } from './source.js';
import { isAllCaps, normalizeHomoglyphs, startsLowercase } from './text.js';
import { squash } from '../model/text.js';
import { EID_PREFIX, LIST_PREFIX, isGrouping } from '../model/provisions.js';

/*
 * The structure builder: classified blocks in, the edition tree out. One pass in document
 * order, with a stack of open provisions. Format-agnostic: both lexers feed it.
 *
 * Zones, in order: the head (title, notes, preamble), the body (the act's own provisions and
 * its signature), then any number of attachments (an approved instrument such as Regulations,
 * an appendix). eIds are assigned as provisions open, so footnotes can name their targets.
 */

/** Nesting rank of each kind of unit: a unit closes every open unit of the same or lower rank. */
const RANK: Record<ProvisionKind, number> = {
  part: 1,
  chapter: 2,
  subchapter: 3,
  article: 4,
  paragraph: 5,
  subparagraph: 6,
};


/** Where a footnote sits: the thing it follows. */
type Anchor =
  | { kind: 'act' }
  | { kind: 'preamble'; node: Preamble }
  | { kind: 'heading'; node: Provision | Attachment }
  | { kind: 'provision'; node: Provision };

export interface BuildResult {
  tree: Act;
  /** The target each footnote was attached to, by footnote id. */
  footnoteTargets: Map<string, AmendmentTarget>;
}

interface Open {
  node: Provision;
  indent: number;
}

type Zone = 'head' | 'body' | 'signature' | 'attachment';

export function buildTree(
  blocks: SourceBlock[],
  source: SourceText,
  report: Reporter,
  lang: Language,
  format: Act['format'],
): BuildResult {
  return new Builder(blocks, source, report, lang, format).build();
}

class Builder {
  private readonly root: Act;
  private readonly roles: Role[];
  private zone: Zone = 'head';
  private container: Act | Attachment;
  private stack: Open[] = [];
  private title?: Title;
  /** The block the title was read from, while it may yet prove to be the act's requisites line. */
  private titleSource?: SourceBlock;
  private preamble?: Preamble;
  private signature?: Signature;
  private publication?: Note;
  private publicationQuotes = new QuoteBalance();
  private anchor: Anchor = { kind: 'act' };
  /** A heading whose title may continue on the next lines (adilet splits long headings). */
  private openHeading?: { heading: Heading; provision: Provision; lines: number; empty: boolean };
  /**
   * The heading that a Markdown heading right after it continues, nothing between: a designation
   * printed alone ("## Раздел II" / "## Человек и гражданин"), or an attachment's title printed
   * over two headings ("## … туралы ереже" / "## ЕРЕЖЕ"). Not a new attachment.
   */
  private headingGoesOn?: Heading;
  /** The attachment whose title is expected next. */
  private expectTitle?: Attachment;
  private attachmentTitleOpen?: Heading;
  private attachments = 0;
  private ordinals = new Map<string, number>();
  private eIds = new Set<string>();
  /** The next `_dupN` to try for each eId seen twice: finding a free one stays O(1) however long the run. */
  private nextDuplicate = new Map<string, number>();
  /** The list being read in each provision that holds more than one (see `inList`). */
  private lists = new Map<Provision, number>();
  private footnotes = 0;
  private readonly footnoteTargets = new Map<string, AmendmentTarget>();
  /**
   * A note that says a unit was added, printed before that unit (at the end of the unit before
   * it): it amends the next unit of that kind, if that unit bears the number it names.
   */
  private insertionAhead: { footnote: Footnote; kind: ProvisionKind; num: string; text: string; block: SourceBlock } | undefined;
  private sawProvision = false;

  constructor(
    private readonly blocks: SourceBlock[],
    private readonly source: SourceText,
    private readonly report: Reporter,
    lang: Language,
    format: Act['format'],
  ) {
    this.root = { type: 'act', lang, format, children: [], position: source.position(0, source.text.length) };
    this.container = this.root;
    this.roles = blocks.map(classify);
    markMultilineMarkers(blocks, this.roles);
    const unclosed = markQuotations(blocks, this.roles);
    if (unclosed !== undefined) {
      report.warn('unclosed-quotation', 'a quoted wording opens here and never closes; its numbered lines are read as units', blocks[unclosed]!.position.start);
    }
    const toc = findTableOfContents(this.roles);
    if (toc) {
      for (let i = toc[0]; i < toc[1]; i++) this.roles[i] = { role: 'toc' };
      report.info('table-of-contents', 'a table of contents precedes the text; kept as such, not as structure', blocks[toc[0]]!.position.start);
    }
  }

  build(): BuildResult {
    for (let i = 0; i < this.blocks.length; i++) {
      const role = this.roles[i]!;
      const block = this.blocks[i]!;
      const span = role.role === 'approval' || role.role === 'appendix' ? role.span : 1;
      this.step(block, role, this.blocks.slice(i + 1, i + span));
      i += span - 1;
    }
    if (!this.sawProvision) {
      const at = this.blocks[0]?.position.start;
      if (this.blocks.length === 0) this.report.error('empty-source', 'the source has no text', at);
      else this.report.error('no-provisions', 'no numbered provisions found: not a legal act in a known format', at);
    }
    this.closeHeading();
    this.insertionNotFound();
    finishPositions(this.root);
    return { tree: this.root, footnoteTargets: this.footnoteTargets };
  }

  // ---------------------------------------------------------------------------------------------

  /** Ends a heading that may have continued over lines, reporting it if it did. */
  private closeHeading() {
    const h = this.openHeading;
    this.openHeading = undefined;
    if (h && h.lines > 1) this.report.warn('heading-split', `heading printed over ${h.lines} lines; joined`, h.heading.position.start);
  }

  private step(block: SourceBlock, role: Role, absorbed: SourceBlock[]) {
    if (this.editorialOpen && role.role !== 'markup' && role.role !== 'editorial') {
      // The announced wording, in emphasis under the note; or the body of a bare "Примечание РЦПИ!".
      const note = this.editorialOpen;
      // The announced wording is set in emphasis, which the corpora do not always close.
      const inEmphasis = block.emphasized || /^[*_]/.test(block.text) || (block.leaves[0]?.type === 'markup' && /^[*_]/.test(block.leaves[0].value));
      // A note that ends in a colon announces the wording under it: indented under the unit the
      // note sits in, that wording is the note's even where the corpus lost its emphasis.
      const underNote = note.announces && note.under !== undefined && block.indent > note.under && block.form !== 'heading';
      if (inEmphasis || underNote || (note.bare && block.form !== 'heading')) {
        note.announces = false;
        pushAll(note.node.children, block.leaves);
        note.bare = false;
        return;
      }
      this.editorialOpen = undefined;
    }
    if (role.role !== 'text' && role.role !== 'markup') this.closeHeading();
    if (role.role !== 'markup' && role.role !== 'title') this.headingGoesOn = undefined;
    if (role.role !== 'text' && role.role !== 'title' && role.role !== 'markup') this.attachmentTitleOpen = undefined;
    switch (role.role) {
      case 'frontmatter':
        pushAll(this.root.children, block.leaves);
        return;
      case 'markup':
        this.appendLeaves(block.leaves);
        return;
      case 'toc': {
        const last = this.root.children[this.root.children.length - 1];
        const toc: Toc = last?.type === 'toc' ? last : { type: 'toc', children: [], position: block.position };
        if (toc !== last) this.root.children.push(toc);
        toc.children.push(this.p(block.leaves));
        return;
      }
      case 'footnote':
        this.footnote(block);
        return;
      case 'editorial':
        this.editorial(block);
        return;
      case 'translation':
        if (this.zone === 'head') {
          this.root.children.push(this.note('translation', [block]));
          return;
        }
        break;
      case 'publication':
        if (this.zone === 'head') {
          this.publication = this.note('publication', [block]);
          this.publicationQuotes = new QuoteBalance();
          for (const c of this.publication.children) if (c.type === 'p') this.publicationQuotes.add(c);
          this.root.children.push(this.publication);
          return;
        }
        break;
      case 'approval':
      case 'appendix':
        this.startAttachment(role.role === 'approval' ? 'attachment' : 'appendix', [block, ...absorbed]);
        return;
      case 'heading':
        this.heading(block, role);
        return;
      case 'paragraph':
      case 'subparagraph':
        this.numbered(block, role.role, role.num, role.excluded);
        return;
      case 'title':
        this.titleBlock(block);
        return;
      case 'text':
        this.text(block, role);
        return;
    }
    this.text(block, { role: 'text' });
  }

  // --- head ------------------------------------------------------------------------------------

  private titleBlock(block: SourceBlock) {
    if (this.headingGoesOn) {
      pushAll(this.headingGoesOn.children, block.leaves);
      return;
    }
    if (this.zone === 'head' && !this.title) {
      this.title = { type: 'title', children: [...block.leaves], position: block.position };
      this.root.children.push(this.title);
      this.anchor = { kind: 'act' };
      return;
    }
    if (this.expectTitle) {
      this.attachmentTitle(block);
      return;
    }
    if ((this.zone === 'body' || this.zone === 'signature' || this.zone === 'attachment') && this.sawProvision && (block.depth ?? 9) <= 2) {
      // A new top-level heading after the body, with no approval block: a new attachment.
      this.report.warn('attachment-without-marker', 'a heading after the text starts an attachment that has no approval or appendix marker', block.position.start);
      this.startAttachment('attachment', []);
      this.attachmentTitle(block);
      return;
    }
    this.text(block, { role: 'text' });
  }

  // --- text ------------------------------------------------------------------------------------

  private text(block: SourceBlock, role: Role) {
    const words = normalizeHomoglyphs(block.text);

    // The title of an attachment: the first line after its marker, and the lines that continue it.
    if (this.expectTitle) {
      this.attachmentTitle(block);
      return;
    }
    if (this.attachmentTitleOpen && block.form === 'line' && block.text.length <= SHORT && (startsLowercase(words) || isAllCaps(words))) {
      pushAll(this.attachmentTitleOpen.children, block.leaves);
      return;
    }
    this.attachmentTitleOpen = undefined;

    // A heading printed over several lines: "Chapter 4." / "Procedure for …" / "of the Republic …".
    if (this.openHeading && block.form === 'line') {
      const h = this.openHeading;
      if ((h.empty || (startsLowercase(words) && block.text.length <= 2 * SHORT)) && !this.provisionHasBody(h.provision)) {
        pushAll(h.heading.children, block.leaves);
        h.empty = false;
        h.lines++;
        return;
      }
    }
    this.closeHeading();

    switch (this.zone) {
      case 'head':
        this.headText(block, words);
        return;
      case 'signature':
        if (block.text.length <= SHORT || looksLikeSignature(block, role)) {
          this.signature!.children.push(this.p(block.leaves));
          return;
        }
        this.zone = 'body';
        break;
      case 'body':
        if (this.sawProvision && looksLikeSignature(block, role)) {
          const carried = this.signatoryLineBefore();
          this.closeAll();
          this.signature = { type: 'signature', children: [...carried, this.p(block.leaves)], position: block.position };
          this.root.children.push(this.signature);
          this.zone = 'signature';
          this.anchor = { kind: 'act' };
          return;
        }
        break;
      case 'attachment':
        break;
    }

    const top = this.continuationTarget(block);
    if (top) {
      top.children.push(this.p(block.leaves));
      this.anchor = { kind: 'provision', node: top };
      return;
    }
    // Text before any provision of an attachment is its preamble; after the act's signature,
    // loose text stays where it is.
    if (this.container.type === 'attachment' && !this.containerHasProvisions()) {
      this.preambleOf(this.container).children.push(this.p(block.leaves));
      return;
    }
    this.container.children.push(this.p(block.leaves));
  }

  /**
   * A signature that starts on a line of its own ("Қазақстан Республикасының" / "Президенті
   * Н. Назарбаев") first reads as text continuing the last provision. Such a line is short and
   * ends no sentence: take it back for the signature.
   */
  private signatoryLineBefore(): P[] {
    const top = this.stack[this.stack.length - 1]?.node;
    if (!top) return [];
    const last = top.children[top.children.length - 1];
    if (!last || last.type !== 'p') return [];
    const firstP = top.children.find((c) => c.type === 'p');
    if (firstP === last) return [];
    const text = last.children.map((l) => (l.type === 'text' ? l.value : '')).join(' ').trim();
    if (text.length > 60 || /[.;:!?,]$/.test(text)) return [];
    top.children.pop();
    return [last];
  }

  private headText(block: SourceBlock, words: string) {
    if (!this.title) {
      this.title = { type: 'title', children: [...block.leaves], position: block.position };
      this.root.children.push(this.title);
      this.anchor = { kind: 'act' };
      this.titleSource = block;
      return;
    }
    // An export that opens with the act's requisites ("Decree of the President … dated … No. 12")
    // and then its title: the first line identifies the act, the second is its title.
    const first = this.titleSource;
    this.titleSource = undefined;
    if (
      first &&
      !this.preamble &&
      !this.publication &&
      this.lastRootChild() === this.title &&
      block.form === 'line' &&
      IDENTIFICATION.test(normalizeHomoglyphs(first.text.trim())) &&
      !IDENTIFICATION.test(words) &&
      !startsLowercase(words) &&
      block.text.length <= 2 * SHORT &&
      !/[.;:]$/.test(words)
    ) {
      this.root.children.pop();
      this.root.children.push(this.note('identification', [first]));
      this.title = { type: 'title', children: [...block.leaves], position: block.position };
      this.root.children.push(this.title);
      return;
    }
    // A title printed over two lines continues in lowercase.
    if (!this.preamble && !this.publication && block.form === 'line' && startsLowercase(words) && block.text.length <= SHORT && this.lastRootChild() === this.title) {
      pushAll(this.title.children, block.leaves);
      return;
    }
    // The publication note runs on until its quotes close and a line ends a sentence.
    if (this.publication && this.lastRootChild() === this.publication && block.form === 'line' && !this.publicationQuotes.closed) {
      const p = this.p(block.leaves);
      this.publication.children.push(p);
      this.publicationQuotes.add(p);
      return;
    }
    if (!this.preamble && IDENTIFICATION.test(words) && block.text.length <= 2 * SHORT && !/:\s*$/.test(words)) {
      this.root.children.push(this.note('identification', [block]));
      return;
    }
    const preamble = this.preambleOf(this.root);
    preamble.children.push(this.p(block.leaves));
    this.anchor = { kind: 'preamble', node: preamble };
  }

  private lastRootChild() {
    return this.root.children[this.root.children.length - 1];
  }

  private preambleOf(container: Act | Attachment): Preamble {
    if (container.type === 'act') {
      if (!this.preamble) {
        this.preamble = { type: 'preamble', eId: 'preamble', children: [], position: this.root.position };
        this.root.children.push(this.preamble);
      }
      return this.preamble;
    }
    const existing = container.children.find((c): c is Preamble => c.type === 'preamble');
    if (existing) return existing;
    const preamble: Preamble = { type: 'preamble', eId: `${container.eId}__preamble`, children: [], position: container.position };
    container.children.push(preamble);
    this.anchor = { kind: 'preamble', node: preamble };
    return preamble;
  }

  // --- attachments -----------------------------------------------------------------------------

  private startAttachment(kind: Attachment['kind'], marker: SourceBlock[]) {
    this.closeAll();
    this.insertionNotFound();
    this.attachments++;
    const attachment: Attachment = {
      type: 'attachment',
      kind,
      eId: `att_${this.attachments}`,
      children: [],
      position: marker[0]?.position ?? this.root.position,
    };
    if (marker.length) attachment.children.push(this.note(kind === 'appendix' ? 'appendix' : 'approval', marker));
    this.root.children.push(attachment);
    this.container = attachment;
    this.zone = 'attachment';
    this.expectTitle = attachment;
    this.anchor = { kind: 'heading', node: attachment };
  }

  private attachmentTitle(block: SourceBlock) {
    const attachment = this.expectTitle!;
    this.expectTitle = undefined;
    const heading: Heading = { type: 'heading', children: [...block.leaves], position: block.position };
    attachment.children.push(heading);
    this.anchor = { kind: 'heading', node: attachment };
    if (block.form === 'heading') this.headingGoesOn = heading;
    if (startsLowercase(normalizeHomoglyphs(block.text))) {
      this.report.warn('title-lowercase', 'the title starts with a lowercase word: its first word may be missing from the source', block.position.start);
    }
    if (block.form === 'line') this.attachmentTitleOpen = heading;
  }

  // --- provisions ------------------------------------------------------------------------------

  private heading(block: SourceBlock, role: Extract<Role, { role: 'heading' }>) {
    // A heading in bold ("**Статья 5. …**", "**Статья 5.** Исключена …") is how Markdown corpora
    // print headings; a plain line is worth a look. Lines of a preformatted block (a conversion
    // that kept the printed layout) are read as adilet lines, where a plain heading is the norm.
    const bold = block.emphasized || (block.leaves[0]?.type === 'markup' && /^(?:\*\*|__)/.test(block.leaves[0].value));
    if (this.root.format === 'markdown' && block.form !== 'heading' && block.form !== 'line' && !bold) {
      this.report.warn('plain-heading', `${role.kind} heading written as a plain line, not a Markdown heading; read as a heading`, block.position.start);
    }
    if (this.zone === 'head' || this.zone === 'signature') this.zone = this.container === this.root ? 'body' : 'attachment';
    this.expectTitle = undefined;
    const leaves = this.splitDesignation(block.leaves, role.designationLength);
    const heading: Heading = { type: 'heading', children: leaves, position: block.position };
    const provision = this.open(role.kind, role.num, block, [heading]);
    // "Статья 5. Исключена Законом …", "5-бап. Алып тасталды - …", "Article 5. Is excluded by …":
    // a unit whose heading is its exclusion stub.
    if (EXCLUSION_STUB.test(normalizeHomoglyphs(role.title))) provision.status = 'excluded';
    if (isGrouping(role.kind)) {
      const ordinal = provision.eId.split('__').pop()!.replace(/^[a-z]+_/, '');
      if (/^\d+$/.test(role.num) && ordinal !== role.num) {
        this.report.warn(
          'numbering',
          `${role.kind} printed as ${role.num} is number ${ordinal} in document order; its eId follows document order (${provision.eId})`,
          block.position.start,
        );
      }
    }
    this.anchor = { kind: 'heading', node: provision };
    if (block.form === 'line') this.openHeading = { heading, provision, lines: 1, empty: role.title === '' };
    else if (block.form === 'heading' && role.title === '') this.headingGoesOn = heading;
  }

  private numbered(block: SourceBlock, kind: 'paragraph' | 'subparagraph', num: string, excluded: boolean) {
    if (this.zone === 'head' || this.zone === 'signature') this.zone = this.container === this.root ? 'body' : 'attachment';
    this.expectTitle = undefined;
    const leaves = this.splitNumber(block.leaves, kind);
    const numIndex = leaves.findIndex((l) => l.type === 'num');
    const before = leaves.slice(0, numIndex + 1);
    const rest = leaves.slice(numIndex + 1);
    const children: Provision['children'] = [...before];
    if (rest.length) children.push(this.p(rest));
    const provision = this.open(kind, num, block, children);
    if (excluded) provision.status = 'excluded';
    this.anchor = { kind: 'provision', node: provision };
  }

  /** Opens a provision: closes those it cannot nest in, assigns its eId, appends it. */
  private open(kind: ProvisionKind, num: string, block: SourceBlock, children: Provision['children']): Provision {
    const rank = RANK[kind];
    while (this.stack.length && RANK[this.stack[this.stack.length - 1]!.node.kind] >= rank) this.stack.pop();
    const parent = this.stack[this.stack.length - 1]?.node;
    const provision: Provision = {
      type: 'provision',
      kind,
      num,
      eId: this.eIdFor(kind, num, parent, block),
      status: 'in-force',
      children,
      position: block.position,
    };
    (parent ?? this.container).children.push(provision);
    this.stack.push({ node: provision, indent: block.indent });
    this.insertionOpened(provision);
    this.sawProvision = true;
    return provision;
  }

  private eIdFor(kind: ProvisionKind, num: string, parent: Provision | undefined, block: SourceBlock): string {
    const prefix = this.container.type === 'attachment' ? `${this.container.eId}__` : '';
    let eId: string;
    if (isGrouping(kind)) {
      // Chapters are identified by their place, not their printed number: sources repeat and
      // renumber them ("2.", "2." in one text; "Глава 1"–"Глава 4" in a later one).
      const key = `${prefix}${kind}`;
      const ordinal = (this.ordinals.get(key) ?? 0) + 1;
      this.ordinals.set(key, ordinal);
      eId = `${prefix}${EID_PREFIX[kind]}_${ordinal}`;
    } else {
      // Paragraphs are numbered through the whole act (chapters do not scope them); inside an
      // article, paragraphs belong to it (`art_7__para_2`); sub-paragraphs to their paragraph.
      const scope =
        parent && (parent.kind === 'article' || parent.kind === 'paragraph' || parent.kind === 'subparagraph')
          ? `${parent.eId}__`
          : prefix;
      eId = `${scope}${EID_PREFIX[kind]}_${num.toLowerCase()}`;
      if (kind === 'subparagraph' && parent) eId = this.inList(eId, parent, num);
    }
    if (this.eIds.has(eId)) {
      let n = this.nextDuplicate.get(eId) ?? 2;
      while (this.eIds.has(`${eId}_dup${n}`)) n++;
      this.nextDuplicate.set(eId, n + 1);
      this.report.warn('duplicate-number', `${kind} ${num} appears more than once; this one is ${eId}_dup${n}`, block.position.start);
      eId = `${eId}_dup${n}`;
    }
    this.eIds.add(eId);
    return eId;
  }

  /**
   * A sub-paragraph's eId inside its list. A paragraph may hold a second list after its own
   * lead-in line, numbered again from 1) ("… лишается мандата при:" twice in one paragraph): a
   * number that starts again right after the paragraph's own lead-in (a line ending in a colon)
   * opens list 2 (`para_5__list_2__subpara_1`), which holds the sub-paragraphs after it. A number
   * that goes on, or one repeated with no lead-in between, stays in the list it is in (the
   * latter is a duplicate).
   */
  private inList(eId: string, parent: Provision, num: string): string {
    let list = this.lists.get(parent) ?? 1;
    const last = parent.children.at(-1);
    const leadIn = last?.type === 'p' && /:\s*$/.test(last.children.findLast((l) => l.type === 'text')?.value ?? '');
    if (leadIn && this.eIds.has(eId) && parent.children.some((c) => c.type === 'provision' && c.kind === 'subparagraph')) {
      list++;
      this.lists.set(parent, list);
    }
    return list > 1 ? `${parent.eId}__${LIST_PREFIX}_${list}__${EID_PREFIX.subparagraph}_${num.toLowerCase()}` : eId;
  }

  private closeAll() {
    this.stack = [];
    this.closeHeading();
  }

  private containerHasProvisions(): boolean {
    return this.container.children.some((c) => c.type === 'provision');
  }

  private provisionHasBody(p: Provision): boolean {
    return p.children.some((c) => c.type === 'p' || c.type === 'provision' || c.type === 'footnote');
  }

  /**
   * Where an unnumbered paragraph of text continues: the innermost open provision, except that
   * text after a sub-paragraph, and not indented deeper than it, closes the list and belongs to
   * the paragraph (adilet prints such "wrap-up" text flush with the sub-paragraphs).
   */
  private continuationTarget(block: SourceBlock): Provision | undefined {
    while (this.stack.length > 1) {
      const top = this.stack[this.stack.length - 1]!;
      if (top.node.kind === 'subparagraph' && block.indent <= top.indent) {
        this.stack.pop();
        continue;
      }
      break;
    }
    return this.stack[this.stack.length - 1]?.node;
  }

  // --- footnotes -------------------------------------------------------------------------------

  /** The editorial note being read, which the announced wording after it joins. */
  private editorialOpen?: { node: Footnote; bare: boolean; announces: boolean; under?: number };

  /** A publisher's note of a change not yet in force: kept where it sits, apart from the text in force. */
  private editorial(block: SourceBlock) {
    this.closeHeading();
    this.footnotes++;
    const node: Footnote = { type: 'footnote', id: `fn_${this.footnotes}`, editorial: true, children: [...block.leaves], position: block.position };
    const top = this.stack[this.stack.length - 1]?.node;
    if (top) top.children.push(node);
    else this.container.children.push(node);
    this.editorialOpen = {
      node,
      bare: EDITORIAL_MARK.test(normalizeHomoglyphs(block.text)) && !ANNOUNCED_CHANGE.test(block.text),
      announces: /:[\s*_]*$/.test(block.text),
      under: this.stack[this.stack.length - 1]?.indent,
    };
    this.report.info('editorial-note', 'an editorial note of a change not yet in force: kept with the wording it announces, apart from the text in force', block.position.start);
  }

  private footnote(block: SourceBlock) {
    this.closeHeading();
    this.attachmentTitleOpen = undefined;
    this.footnotes++;
    const node: Footnote = { type: 'footnote', id: `fn_${this.footnotes}`, children: [...block.leaves], position: block.position };
    const body = normalizeHomoglyphs(block.text).replace(FOOTNOTE, '').trim();
    const stated = matchStatedTarget(body);
    const inserted = matchInsertedUnit(body);

    // Where it sits: after a heading, the heading; after a provision's text, that provision.
    let anchor: Anchor = this.anchor;
    if (anchor.kind === 'provision') {
      const top = this.stack[this.stack.length - 1]?.node;
      if (top) anchor = { kind: 'provision', node: top };
    }
    const target = inserted
      ? this.insertionTarget(anchor, inserted, node, block)
      : !stated && anchor.kind === 'heading' && anchor.node.type === 'attachment' && !NAMES_HEADING.test(body)
        ? // Under an attachment's title, a note that names no unit and no heading ("Приложение в
          // редакции …", "<its title> с изменением …") changes the attachment as a whole.
          { target: { kind: 'attachment' as const, eId: anchor.node.eId, mismatch: false }, placeAt: anchor }
        : this.resolveTarget(anchor, stated, block);

    // Place the node under what it belongs to, keeping document order.
    switch (target.placeAt.kind) {
      case 'act':
        this.root.children.push(node);
        break;
      case 'preamble':
        target.placeAt.node.children.push(node);
        break;
      case 'heading':
      case 'provision':
        target.placeAt.node.children.push(node);
        break;
    }
    this.footnoteTargets.set(node.id, target.target);
  }

  /**
   * A note that a unit was added ("Закон дополнен статьей 3-1") amends that unit: the open one of
   * that kind and number when the note is printed inside it or under its heading, else the next
   * unit of that kind (the note printed at the end of the unit before it).
   */
  private insertionTarget(anchor: Anchor, inserted: { kind: StatedTarget['kind']; num: string; text: string }, footnote: Footnote, block: SourceBlock) {
    const placeAt = anchor;
    const open: Provision[] = this.stack.map((o) => o.node).reverse();
    if (anchor.kind === 'heading' && anchor.node.type === 'provision' && !open.includes(anchor.node)) open.unshift(anchor.node);
    const found = open.find((p) => p.kind === inserted.kind && p.num === inserted.num);
    if (found) return { target: { kind: 'provision', eId: found.eId, mismatch: false, stated: inserted.text } satisfies AmendmentTarget, placeAt };
    this.insertionNotFound();
    this.insertionAhead = { footnote, kind: inserted.kind as ProvisionKind, num: inserted.num, text: inserted.text, block };
    // Until that unit opens, the note amends the act as a whole.
    return { target: { kind: 'act', mismatch: false, stated: inserted.text } satisfies AmendmentTarget, placeAt };
  }

  /** The next unit of the kind an earlier note said was added: it is that unit if its number agrees. */
  private insertionOpened(provision: Provision) {
    const ahead = this.insertionAhead;
    if (!ahead || RANK[provision.kind] > RANK[ahead.kind]) return;
    if (provision.kind === ahead.kind && provision.num === ahead.num) {
      this.footnoteTargets.set(ahead.footnote.id, { kind: 'provision', eId: provision.eId, mismatch: false, stated: ahead.text });
      this.insertionAhead = undefined;
      return;
    }
    this.insertionNotFound();
  }

  private insertionNotFound() {
    const ahead = this.insertionAhead;
    if (!ahead) return;
    this.insertionAhead = undefined;
    this.report.warn(
      'footnote-target-mismatch',
      `footnote says ${squash(ahead.text)} was added, but no such unit follows it or contains it; kept as a note on the act`,
      ahead.block.position.start,
    );
  }

  /**
   * Reconciles where a footnote sits with what it says it amends. A footnote after a
   * sub-paragraph that names its paragraph ("Paragraph 5 …") belongs to the paragraph; one that
   * names a unit that is not open here (the 2021 editions' "chapter 2" under chapter 3) stays
   * where it sits, with a warning.
   */
  private resolveTarget(anchor: Anchor, stated: StatedTarget | undefined, block: SourceBlock): { target: AmendmentTarget; placeAt: Anchor } {
    const statedText = stated?.text;
    const base = (a: Anchor, mismatch: boolean): { target: AmendmentTarget; placeAt: Anchor } => {
      const t: AmendmentTarget =
        a.kind === 'act'
          ? { kind: 'act', mismatch }
          : a.kind === 'preamble'
            ? { kind: 'preamble', eId: a.node.eId, mismatch }
            : a.kind === 'heading'
              ? { kind: 'heading', eId: a.node.eId, mismatch }
              : { kind: 'provision', eId: a.node.eId, mismatch };
      if (statedText) t.stated = statedText;
      return { target: t, placeAt: a };
    };
    if (!stated) return base(anchor, false);
    if (stated.kind === 'act') {
      const r = base(anchor, false);
      r.target = { kind: 'act', mismatch: false, stated: stated.text };
      return r;
    }
    if (stated.kind === 'preamble') {
      if (anchor.kind === 'preamble') return base(anchor, false);
      return this.mismatch(base(anchor, true), stated, block);
    }
    // Look for the named unit among the open ones, innermost first.
    const open: Provision[] = this.stack.map((o) => o.node).reverse();
    if (anchor.kind === 'heading' && anchor.node.type === 'provision' && !open.includes(anchor.node)) open.unshift(anchor.node);
    const found = open.find((p) => p.kind === stated.kind && p.num === stated.num);
    if (found) {
      if (stated.heading) return base({ kind: 'heading', node: found }, false);
      // A footnote right under a heading that names the whole unit ("Статья 3 в редакции…")
      // amends the unit.
      return base({ kind: 'provision', node: found }, false);
    }
    return this.mismatch(base(anchor, true), stated, block);
  }

  private mismatch(r: { target: AmendmentTarget; placeAt: Anchor }, stated: StatedTarget, block: SourceBlock) {
    const where =
      r.placeAt.kind === 'act' ? 'the act' : r.placeAt.kind === 'heading' ? `the heading of ${r.placeAt.node.eId}` : r.placeAt.node.eId;
    this.report.warn('footnote-target-mismatch', `footnote names "${squash(stated.text)}" but sits under ${where}; kept where it sits`, block.position.start);
    return r;
  }

  // --- helpers ---------------------------------------------------------------------------------

  private appendLeaves(leaves: Leaf[]) {
    const top = this.stack[this.stack.length - 1]?.node;
    if (top) pushAll(top.children, leaves);
    else if (this.zone === 'signature' && this.signature) pushAll(this.signature.children, leaves);
    else pushAll(this.container.children, leaves);
  }

  private p(leaves: Leaf[]): P {
    return { type: 'p', children: [...leaves], position: spanOf(leaves.map((l) => l.position)) ?? this.root.position };
  }

  private note(role: Note['role'], blocks: SourceBlock[]): Note {
    return {
      type: 'note',
      role,
      children: blocks.map((b) => this.p(b.leaves)),
      position: spanOf(blocks.map((b) => b.position)) ?? this.root.position,
    };
  }

  /** Splits the designation (`Chapter 1.`, `Глава 1.`, `1-тарау.`) off the first text leaf as a `num` leaf. */
  private splitDesignation(leaves: Leaf[], length: number): Leaf[] {
    const i = leaves.findIndex((l) => l.type === 'text');
    if (i < 0) return [...leaves];
    const leaf = leaves[i]!;
    return [...leaves.slice(0, i), ...this.cutLeaf(leaf, length), ...leaves.slice(i + 1)];
  }

  /** Makes the provision's printed number (`5.`, `1-1)`, `25\.`) a `num` leaf, unless the lexer already did. */
  private splitNumber(leaves: Leaf[], kind: 'paragraph' | 'subparagraph'): Leaf[] {
    if (leaves.some((l) => l.type === 'num')) return [...leaves];
    const i = leaves.findIndex((l) => l.type === 'text');
    if (i < 0) return [...leaves];
    const leaf = leaves[i]!;
    const re = kind === 'paragraph' ? PARAGRAPH_NUM : SUBPARAGRAPH_NUM;
    const m = re.exec(normalizeHomoglyphs(leaf.value));
    if (!m) return [...leaves];
    return [...leaves.slice(0, i), ...this.cutLeaf(leaf, m[0].length), ...leaves.slice(i + 1)];
  }

  /**
   * Cuts `length` characters of the leaf's value off as a `num` leaf. The value may differ from
   * the source where Markdown escaped a character (`25\.` reads `25.`); the cut is mapped back
   * onto the source through the escapes and references.
   */
  private cutLeaf(leaf: Leaf, length: number): Leaf[] {
    const start = leaf.position.start.offset;
    const end = leaf.position.end.offset;
    const raw = this.source.slice(start, end);
    const verbatim = leaf.value === raw;
    // A designation the text reads across markup ("Статья<span> 3.") is cut within this leaf
    // only: the markup after it is its own leaf.
    const r = Math.min(rawLength(raw, leaf.value, length), end - start);
    const numRange = trimRange(this.source, start, start + r);
    const restRange = trimRange(this.source, start + r, end);
    if (!numRange) return [leaf];
    // Each part reads its own slice the way the whole leaf read its (verbatim, or decoded).
    const part = (type: Leaf['type'], [a, b]: [number, number]) => {
      const slice = this.source.slice(a, b);
      return makeLeaf(this.source, type, a, b, verbatim ? slice : markdownValue(slice));
    };
    const num = part('num', numRange);
    if (!restRange) return [num];
    return [num, part(leaf.type, restRange)];
  }
}

/**
 * A publication note is complete when its quotes are balanced and its last line ends a phrase.
 * Counted line by line as the note grows (a note left open would otherwise be re-read whole for
 * every line that follows).
 */
class QuoteBalance {
  private opens = 0;
  private closes = 0;
  private straight = 0;
  private last = '';

  add(p: P) {
    const text = p.children
      .map((l) => (l.type === 'text' ? l.value : ''))
      .join(' ')
      .trim();
    this.opens += (text.match(/[“«]/g) ?? []).length;
    this.closes += (text.match(/[”»]/g) ?? []).length;
    this.straight += (text.match(/"/g) ?? []).length;
    if (text) this.last = text;
  }

  get closed(): boolean {
    if (this.opens > this.closes || this.straight % 2 === 1) return false;
    return /[.!?”»")]$/.test(this.last);
  }
}

/** Containers take the span of what they contain (innermost first, so spans nest). */
function finishPositions(root: Act): void {
  const containers: Array<Exclude<Act['children'][number], Leaf> | Provision['children'][number]> = [];
  visit(root, (node) => {
    if (node !== root && 'children' in node) containers.push(node as never);
  });
  for (let i = containers.length - 1; i >= 0; i--) {
    const node = containers[i]!;
    if (!('children' in node)) continue;
    const span = spanOf((node.children as Array<{ position: P['position'] }>).map((c) => c.position));
    if (span) node.position = span;
  }
}
