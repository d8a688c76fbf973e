import { z } from 'zod';
import { positionSchema } from './position.js';
import { languageSchema } from './language.js';
import { PROVISION_KINDS, type ProvisionKind } from '../model/provisions.js';

/*
 * The edition tree: a unist tree with one node type per concern. Every non-whitespace character
 * of the source belongs to exactly one leaf (`text`, `num`, `markup`, `frontmatter`) by position;
 * containers group leaves into the act's structure. Both parsers (adilet plain text, Markdown)
 * produce this same tree.
 */

const base = { position: positionSchema };

/** Content text, e.g. `The Council shall…`. `value` is the text as read (Markdown escapes decoded). */
export const textSchema = z.object({ type: z.literal('text'), value: z.string(), ...base });
/** A printed number or designation: `5.`, `1-1)`, `Chapter 1.`, `Статья 7.`, `1-тарау.`. */
export const numSchema = z.object({ type: z.literal('num'), value: z.string(), ...base });
/** Source syntax that carries no words: `###`, `>`, `*`, `|`, `<a id="st1"></a>`, `____`. */
export const markupSchema = z.object({ type: z.literal('markup'), value: z.string(), ...base });
/** A YAML front matter block, verbatim (its data is on the edition). */
export const frontmatterSchema = z.object({ type: z.literal('frontmatter'), value: z.string(), ...base });

export const leafSchema = z.discriminatedUnion('type', [textSchema, numSchema, markupSchema, frontmatterSchema]);

/** The kinds of numbered units, outermost first. */
export const provisionKindSchema = z.enum(PROVISION_KINDS);

export type TextNode = z.infer<typeof textSchema>;
export type NumNode = z.infer<typeof numSchema>;
export type MarkupNode = z.infer<typeof markupSchema>;
export type FrontmatterNode = z.infer<typeof frontmatterSchema>;
export type Leaf = z.infer<typeof leafSchema>;
export type { ProvisionKind };

/** A run of text: one paragraph of content, a line of a note, a heading's words. */
export interface P {
  type: 'p';
  children: Leaf[];
  position: z.infer<typeof positionSchema>;
}
/** The heading of a chapter, article or attachment: its `num` leaf and its title. */
export interface Heading {
  type: 'heading';
  children: Leaf[];
  position: z.infer<typeof positionSchema>;
}
/** The act's title. */
export interface Title {
  type: 'title';
  children: Leaf[];
  position: z.infer<typeof positionSchema>;
}
/**
 * An annotation that is not part of the enacted text: the translation notice, the publication
 * note ("Shall be subject to publication in…"), the approval block ("APPROVED BY Decree…"), the
 * appendix marker, the identification line under a title.
 */
export interface Note {
  type: 'note';
  role: 'translation' | 'publication' | 'identification' | 'approval' | 'appendix' | 'separator' | 'other';
  children: Array<P | Leaf>;
  position: z.infer<typeof positionSchema>;
}
/** An amendment footnote (`Footnote.` / `Сноска.` / `Ескерту.`), kept verbatim. */
export interface Footnote {
  type: 'footnote';
  /** `fn_1`, `fn_2`… in document order; amendments point back to it. */
  id: string;
  /**
   * The publisher's editorial note ("Примечание РЦПИ!", "> *Примечание. Пункт 1 … предусмотрено
   * изложить в новой редакции …*", "Ескертпе."), with the wording it announces: a change not yet
   * in force when the edition was made. Not a record of a change, and not text in force.
   */
  editorial?: true;
  children: Leaf[];
  position: z.infer<typeof positionSchema>;
}
/** The preamble (enacting formula) of the act or of an attachment. */
export interface Preamble {
  type: 'preamble';
  eId: string;
  children: Array<P | Footnote | Leaf>;
  position: z.infer<typeof positionSchema>;
}
/** A numbered unit of the act: chapter, article, paragraph, sub-paragraph. */
export interface Provision {
  type: 'provision';
  kind: ProvisionKind;
  /** The number as printed, without punctuation: `5`, `1-1`, `14-1`. Absent for unnumbered units. */
  num?: string;
  /** Akoma Ntoso-style identifier, unique in the edition: `para_5`, `att_1__para_5__subpara_3`. */
  eId: string;
  /** `excluded` when the source keeps only a stub ("27. Excluded by…"). */
  status: 'in-force' | 'excluded';
  children: Array<Heading | P | Provision | Footnote | Leaf>;
  position: z.infer<typeof positionSchema>;
}
/** The signature block: the signatory and any place/date lines. */
export interface Signature {
  type: 'signature';
  children: Array<P | Leaf>;
  position: z.infer<typeof positionSchema>;
}
/** A table of contents printed before the text (some adilet exports): kept, not structure. */
export interface Toc {
  type: 'toc';
  children: Array<P | Leaf>;
  position: z.infer<typeof positionSchema>;
}
/**
 * A document attached to the act: the instrument it approves (e.g. Regulations) or an appendix
 * (e.g. a list of acts repealed). Its eIds are prefixed with its own (`att_1__`).
 */
export interface Attachment {
  type: 'attachment';
  kind: 'attachment' | 'appendix';
  eId: string;
  children: Array<Note | Heading | Preamble | Provision | P | Footnote | Signature | Leaf>;
  position: z.infer<typeof positionSchema>;
}
/** The root: one edition of one act. */
export interface Act {
  type: 'act';
  lang: z.infer<typeof languageSchema>;
  format: 'adilet' | 'markdown';
  children: Array<FrontmatterNode | Note | Title | Preamble | Provision | P | Footnote | Signature | Toc | Attachment | Leaf>;
  position: z.infer<typeof positionSchema>;
}

export type Block = P | Heading | Title;
export type Container = Act | Attachment | Provision | Preamble | Signature | Toc | Note | Footnote | P | Heading | Title;
export type Node = Act | Attachment | Provision | Preamble | Signature | Toc | Note | Footnote | P | Heading | Title | Leaf;
export type Parent = Exclude<Node, Leaf>;

const lazyNode: z.ZodType<Node> = z.lazy(() => nodeSchema);
const children = z.array(lazyNode);
const container = { children, position: positionSchema };

export const pSchema = z.object({ type: z.literal('p'), ...container });
export const headingSchema = z.object({ type: z.literal('heading'), ...container });
export const titleSchema = z.object({ type: z.literal('title'), ...container });
export const noteSchema = z.object({
  type: z.literal('note'),
  role: z.enum(['translation', 'publication', 'identification', 'approval', 'appendix', 'separator', 'other']),
  ...container,
});
export const footnoteSchema = z.object({ type: z.literal('footnote'), id: z.string().regex(/^fn_\d+$/), editorial: z.literal(true).optional(), ...container });
/** `para_5`, `att_1__chp_2`, `art_10-1__para_4__subpara_4-1`, `para_5_dup2` (a repeated number). */
export const eIdSchema = z.string().regex(/^[a-z]+(?:_[0-9a-z-]+)*(?:__[a-z]+(?:_[0-9a-z-]+)*)*$/, 'not an eId');
export const preambleSchema = z.object({ type: z.literal('preamble'), eId: eIdSchema, ...container });
export const provisionSchema = z.object({
  type: z.literal('provision'),
  kind: provisionKindSchema,
  num: z.string().optional(),
  eId: eIdSchema,
  status: z.enum(['in-force', 'excluded']),
  ...container,
});
export const signatureSchema = z.object({ type: z.literal('signature'), ...container });
export const tocSchema = z.object({ type: z.literal('toc'), ...container });
export const attachmentSchema = z.object({
  type: z.literal('attachment'),
  kind: z.enum(['attachment', 'appendix']),
  eId: eIdSchema,
  ...container,
});
export const actSchema = z.object({
  type: z.literal('act'),
  lang: languageSchema,
  format: z.enum(['adilet', 'markdown']),
  ...container,
});

export const nodeSchema: z.ZodType<Node> = z.discriminatedUnion('type', [
  textSchema,
  numSchema,
  markupSchema,
  frontmatterSchema,
  pSchema,
  headingSchema,
  titleSchema,
  noteSchema,
  footnoteSchema,
  preambleSchema,
  provisionSchema,
  signatureSchema,
  tocSchema,
  attachmentSchema,
  actSchema,
]) as z.ZodType<Node>;

/** The whole tree: validated node by node (children are checked recursively). */
export const actTreeSchema = actSchema as unknown as z.ZodType<Act>;
