import type { DefinedTerm, EditionCitation } from '../schemas/edition.js';
import type { Language } from '../schemas/language.js';
import { findTermUses } from '../pipeline/terms.js';
import { findQuotedTitles } from '../pipeline/references.js';

/*
 * A text leaf cut into segments for rendering: plain text, the definition of a term (`<dfn>`),
 * a later use of a term (a link to its definition), a reference to another act (a link to its
 * page). Everything stays text: segments carry strings, never markup.
 */

export type Segment =
  | { type: 'text'; text: string }
  | { type: 'dfn'; text: string; id: string }
  | { type: 'term'; text: string; href: string; term: string }
  | { type: 'act'; text: string; href: string };

export interface InlineContext {
  lang: Language;
  terms: DefinedTerm[];
  /** Where a term's definition is, from this page. */
  termHref: (term: DefinedTerm) => string;
  /** The page of an act, if the site has one. */
  actHref: (slug: string) => string | undefined;
  /** References to other acts the parser found, by the source offset of the leaf holding them. */
  citations: ReadonlyMap<number, readonly EditionCitation[]>;
  /** Quoted titles of acts in the page's language, by titleKey. */
  titles: Map<string, string>;
  /** The act the text belongs to: it does not link to itself. */
  self: string;
}

interface Span {
  from: number;
  to: number;
  rank: number;
  segment: Exclude<Segment, { type: 'text' }>;
}

export function segmentText(value: string, leafOffset: number, ctx: InlineContext): Segment[] {
  const spans: Span[] = [];
  for (const term of ctx.terms) {
    if (term.offset !== leafOffset) continue;
    spans.push({ from: term.index, to: term.index + term.term.length, rank: 0, segment: { type: 'dfn', text: term.term, id: term.id } });
  }
  for (const c of ctx.citations.get(leafOffset) ?? []) {
    const href = c.slug === ctx.self ? undefined : ctx.actHref(c.slug);
    if (href) spans.push({ from: c.from, to: c.to, rank: 1, segment: { type: 'act', text: value.slice(c.from, c.to), href } });
  }
  for (const r of findQuotedTitles(value, ctx.titles)) {
    const href = r.key === ctx.self ? undefined : ctx.actHref(r.key);
    if (href) spans.push({ from: r.from, to: r.to, rank: 2, segment: { type: 'act', text: value.slice(r.from, r.to), href } });
  }
  for (const use of findTermUses(value, ctx.terms, ctx.lang)) {
    // Only later uses: after the definition in document order.
    const t = use.term;
    const later = leafOffset > t.offset || (leafOffset === t.offset && use.from > t.index);
    if (!later) continue;
    spans.push({ from: use.from, to: use.to, rank: 3, segment: { type: 'term', text: value.slice(use.from, use.to), href: ctx.termHref(t), term: t.term } });
  }
  spans.sort((a, b) => a.rank - b.rank || a.from - b.from);
  const chosen: Span[] = [];
  for (const s of spans) if (!chosen.some((c) => s.from < c.to && c.from < s.to)) chosen.push(s);
  chosen.sort((a, b) => a.from - b.from);
  const out: Segment[] = [];
  let at = 0;
  for (const s of chosen) {
    if (s.from > at) out.push({ type: 'text', text: value.slice(at, s.from) });
    out.push(s.segment);
    at = s.to;
  }
  if (at < value.length) out.push({ type: 'text', text: value.slice(at) });
  return out;
}
