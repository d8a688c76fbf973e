
/*
 * Provisions and their identifiers. A provision's eId follows the Akoma Ntoso naming
 * convention: one `{prefix}_{num}` segment per level, joined by `__` (`chp_2__art_5__para_3`,
 * `att_1__para_5__subpara_3`), where `att_N` is an attachment (the Regulations a decree
 * approves) and a repeated number gets `_dupN`. Levels numbered through the whole act skip
 * the levels that group them (`att_1__para_5` sits in a chapter): what encloses what is the
 * tree's to say, not the eId's.
 */

/**
 * The kinds of numbered units, outermost first. The model owns the list and the schema derives
 * from it (src/schemas/tree.ts), so the browser's scripts that label units load no zod.
 */
export const PROVISION_KINDS = ['part', 'chapter', 'subchapter', 'article', 'paragraph', 'subparagraph'] as const;
export type ProvisionKind = (typeof PROVISION_KINDS)[number];

/** Kinds that group other units and have no words of their own but a heading: part, chapter, subchapter. */
const GROUPING = new Set<ProvisionKind>(['part', 'chapter', 'subchapter']);

/** Whether a kind groups other units (a part, chapter or subchapter). */
export function isGrouping(kind: ProvisionKind): boolean {
  return GROUPING.has(kind);
}

/**
 * Whether a kind is structural: it has a heading and holds other units (a part, chapter,
 * subchapter or article), as against a paragraph or sub-paragraph, which is text.
 */
export function isStructural(kind: ProvisionKind): boolean {
  return GROUPING.has(kind) || kind === 'article';
}

/** The eId prefix of each kind. */
export const EID_PREFIX: Record<ProvisionKind, string> = {
  part: 'part',
  chapter: 'chp',
  subchapter: 'subchp',
  article: 'art',
  paragraph: 'para',
  subparagraph: 'subpara',
};

const KIND_OF_PREFIX = new Map(PROVISION_KINDS.map((k) => [EID_PREFIX[k], k]));

/** One level of an eId: `para_5` → { prefix: 'para', kind: 'paragraph', num: '5' }. */
export interface EIdSegment {
  prefix: string;
  /** The provision kind, for provision segments (not `att`, `preamble`). */
  kind?: ProvisionKind;
  /** The number as in the eId (lower case), `_dupN` left out; absent for `preamble`. */
  num?: string;
}

/** The levels of an eId, outermost first. */
export function eIdSegments(eId: string): EIdSegment[] {
  return eId.split('__').map((part) => {
    const m = /^([a-z]+)_(.+?)(?:_dup\d+)?$/.exec(part);
    if (!m) return { prefix: part };
    const kind = KIND_OF_PREFIX.get(m[1]!);
    return kind ? { prefix: m[1]!, kind, num: m[2]! } : { prefix: m[1]!, num: m[2]! };
  });
}

/**
 * The segment of a second or later list inside one provision (`para_5__list_2__subpara_1`): a
 * paragraph may hold two lists, each after its own lead-in line, both numbered from 1). The
 * first list keeps the plain eIds; `list_N` is a place in the eId, not a unit of its own.
 */
export const LIST_PREFIX = 'list';
const LIST_SEGMENT = new RegExp(`__${LIST_PREFIX}_\\d+$`);

/** The eId of the enclosing unit (`att_1__para_5__subpara_3` → `att_1__para_5`; a list segment is skipped), if any. */
export function parentEId(eId: string): string | undefined {
  const cut = eId.lastIndexOf('__');
  return cut < 0 ? undefined : eId.slice(0, cut).replace(LIST_SEGMENT, '');
}
