import { findDates } from './dates.js';
import { ACT_KINDS, ISSUERS } from './keywords.js';

const GOVERNMENT = ISSUERS.find((i) => i.issuer === 'Government')!.re;
import { normalizeActNumber, normalizeHomoglyphs } from './text.js';
import { byIssuer, slugFor } from './amendments.js';
import type { AmendingAct } from '../schemas/amendment.js';
import type { Act, Attachment, TextNode } from '../schemas/tree.js';
import type { EditionCitation } from '../schemas/edition.js';
import { visitParents } from 'unist-util-visit-parents';

/*
 * References to other acts inside a text: by kind, number and date ("Decree … No. 12 dated
 * January 5, 2015", "Указом … от 05.01.2015 № 12", "2015.01.05 № 12 Жарлығымен"), and by
 * quoted title ("Закон … «О языках в Республике Казахстан»").
 */

export interface ActCitation {
  /** Offsets in the text of the part to link: the number and date together. */
  from: number;
  to: number;
  slug: string;
  kind: AmendingAct['kind'];
  number: string;
  date: string;
  /** A title in quotes right after the reference, when there is one. */
  title?: string;
}

const NUMBER = /(?:№|No\.?|N)\s*(\d+(?:\s?[-–]\s?[0-9A-Za-zА-Яа-яІі]+)?)/gu;
const WINDOW = 45;

/**
 * Every reference to another act in an edition, found once: each with the text leaf that holds
 * it (by source offset), the unit whose words it is in, and whether it is in an appendix.
 */
export function editionCitations(tree: Act): EditionCitation[] {
  const out: EditionCitation[] = [];
  visitParents(tree, 'text', (leaf, ancestors) => {
    const value = (leaf as TextNode).value;
    const found = findActCitations(value);
    if (!found.length) return;
    const holder = [...ancestors].reverse().find((a) => 'eId' in a) as { eId: string } | undefined;
    const inAppendix = ancestors.some((a) => a.type === 'attachment' && (a as Attachment).kind === 'appendix');
    for (const c of found) {
      const citation: EditionCitation = { offset: (leaf as TextNode).position.start.offset, ...c, inAppendix };
      if (holder) citation.eId = holder.eId;
      out.push(citation);
    }
  });
  return out;
}

/**
 * What a number sign must look like in the text as given for NUMBER to match it once normalized
 * (normalizing only turns Latin letters Cyrillic): most leaves have none, and are not looked at further.
 */
const MAY_CITE = /(?:№|N)(?:o\.?)?\s*\d/u;

export function findActCitations(text: string): ActCitation[] {
  if (!MAY_CITE.test(text)) return [];
  const normalized = normalizeHomoglyphs(text);
  const dates = findDates(normalized);
  const out: ActCitation[] = [];
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(normalized))) {
    const numStart = m.index;
    const numEnd = m.index + m[0].length;
    // The date closest to the number, on either side, within a short window.
    let best: (typeof dates)[number] | undefined;
    let bestDistance = Infinity;
    for (const d of dates) {
      const distance = d.index >= numEnd ? d.index - numEnd : numStart - (d.index + d.length);
      if (distance >= 0 && distance <= WINDOW && distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    if (!best) continue;
    const from = Math.min(numStart, best.index);
    const to = Math.max(numEnd, best.index + best.length);
    // The kind of act: the nearest act word before the reference, or (Kazakh) just after it.
    const before = normalized.slice(Math.max(0, from - 80), from);
    const after = normalized.slice(to, to + 40);
    const named = nearestKind(before, 'last') ?? nearestKind(after, 'first');
    if (!named) continue;
    const kind = byIssuer(named, GOVERNMENT.test(before) ? 'Government' : undefined);
    const number = normalizeActNumber(m[1]!);
    const citation: ActCitation = { from, to, slug: slugFor(kind, best.iso, number), kind, number, date: best.iso };
    const title = quotedAfter(normalized, to);
    if (title) citation.title = title;
    out.push(citation);
  }
  return out;
}

/**
 * The title quoted right after a reference, if any. Guillemets nest («… «…» …»), straight
 * quotes do not; a title starts with a letter ("(САПП…" after a closing quote is not a title).
 */
function quotedAfter(text: string, from: number): string | undefined {
  const m = /^\s*(?:года\s+)?(["«“])/u.exec(text.slice(from));
  if (!m) return undefined;
  const start = from + m[0].length;
  if (!/\p{L}/u.test(text[start] ?? '')) return undefined;
  const open = m[1]!;
  if (open === '"') {
    const end = text.indexOf('"', start);
    return end > start && end - start <= 400 ? text.slice(start, end).trim() : undefined;
  }
  let depth = 1;
  let lastClose = -1;
  for (let i = start; i < text.length && i - start <= 400 && text[i] !== '\n'; i++) {
    const ch = text[i];
    if (ch === '«' || ch === '“') depth++;
    else if (ch === '»' || ch === '”') {
      depth--;
      lastClose = i;
      if (depth === 0) return text.slice(start, i).trim();
    }
  }
  // Sources often drop one of two closing marks («… «…»): end at the last one there is.
  return lastClose > start ? text.slice(start, lastClose).trim() : undefined;
}

function nearestKind(text: string, which: 'first' | 'last'): AmendingAct['kind'] | undefined {
  let best: { kind: AmendingAct['kind']; index: number } | undefined;
  for (const { kind, re } of ACT_KINDS) {
    const g = new RegExp(re.source, 'gu');
    let m: RegExpExecArray | null;
    while ((m = g.exec(text))) {
      if (!best || (which === 'last' ? m.index > best.index : m.index < best.index)) best = { kind, index: m.index };
    }
  }
  return best?.kind;
}

export interface TitleReference {
  from: number;
  to: number;
  key: string;
}

/** Quoted titles equal to one of the given titles (compared without case and quote marks). */
export function findQuotedTitles(text: string, titles: Map<string, string>): TitleReference[] {
  const out: TitleReference[] = [];
  const re = /["«“]([^"«»“”]{3,300})["»”]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const key = titles.get(titleKey(m[1]!));
    if (key) out.push({ from: m.index, to: m.index + m[0].length, key });
  }
  return out;
}

export function titleKey(title: string): string {
  return normalizeHomoglyphs(title).toLowerCase().replace(/\s+/g, ' ').trim();
}
