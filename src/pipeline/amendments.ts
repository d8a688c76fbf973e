import { visit } from 'unist-util-visit';
import type { Act, Footnote, Node, Provision } from '../schemas/tree.js';
import type { AmendingAct, Amendment, AmendmentAction, AmendmentTarget } from '../schemas/amendment.js';
import type { Language } from '../schemas/language.js';
import { findDates } from './dates.js';
import { ACT_KINDS, ACTIONS, ENTRY_INTO_FORCE, EXCLUSION_STUB, FOOTNOTE, FORCE_OF_LAW, ISSUERS, LANGUAGE_ONLY, NOTE_SENTENCE } from './keywords.js';
import { detectLanguage } from './language.js';
import type { Reporter } from './report.js';
import { normalizeActNumber, normalizeHomoglyphs } from './text.js';
import { squash, words, wordsWithout } from '../model/text.js';

/*
 * Amendment records from footnotes and exclusion stubs. A footnote reads
 *   "<target> <action words> <amending act(s)> (<entry-into-force rule>)"
 * in one of three languages, possibly with several acts separated by ";", each with its own
 * rule and sometimes its own action ("в редакции Закона … ; с изменениями, внесенными Законом …").
 */

/** `№ 12`, `No. 34`, `№ 123-VІ`. */
const ACT_NUMBER_REF = /(?:№|No\.?|N)\s*(\d+(?:\s?[-–/]\s?[0-9A-Za-zА-Яа-яІіӀ]+)?)/gu;

const HAS_ACT_NUMBER = /(?:№|No\.?|N)\s*\d/u;

/** Splits on `;` outside parentheses, and before a sentence that is a note of its own (NOTE_SENTENCE). */
function segments(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) {
      out.push({ text: text.slice(start, i), offset: start });
      start = i + 1;
    } else if (depth === 0 && i > start && /\.\s+$/.test(text.slice(Math.max(start, i - 3), i)) && NOTE_SENTENCE.test(text.slice(i, i + 12))) {
      out.push({ text: text.slice(start, i), offset: start });
      start = i;
    }
  }
  out.push({ text: text.slice(start), offset: start });
  return out;
}

function actionOf(text: string): AmendmentAction | undefined {
  return ACTIONS.find(({ re, then }) => {
    const m = re.exec(text);
    return !!m && (!then || then.test(text.slice(m.index + m[0].length)));
  })?.action;
}

type ActWord = { kind: AmendingAct['kind']; start: number; end: number };

/** The act words of a text, in order; a word inside a longer name is not one ("законом" in "конституционным законом"). */
function actWords(text: string): ActWord[] {
  const all: ActWord[] = [];
  for (const { kind, re } of ACT_KINDS) {
    for (const m of text.matchAll(new RegExp(re.source, `${re.flags.replace("g", "")}g`))) all.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return all.filter((w) => !all.some((o) => o !== w && o.start <= w.start && o.end >= w.end && o.end - o.start > w.end - w.start)).sort((a, b) => a.start - b.start);
}

/**
 * The kind of the act whose number spans [start, end), when one note lists acts of several kinds:
 * Russian and English name the act before its number ("Законом … № 12-V"), Kazakh after it
 * ("№ 34 Жарлығымен"), up to the next number.
 */
function kindAround(words: ActWord[], kazakh: boolean, start: number, end: number, next: number): AmendingAct['kind'] | undefined {
  if (kazakh) {
    const after = words.find((w) => w.start >= end && w.start < next);
    if (after) return after.kind;
  }
  return words.filter((w) => w.end <= start).pop()?.kind;
}

function issuerOf(text: string, kind: AmendingAct['kind']): string | undefined {
  if (kind === 'law' || kind === 'constitutional-law') return 'Parliament';
  return ISSUERS.find((i) => i.re.test(text))?.issuer;
}

/** A resolution of the Government is the kind of act the collection calls a government decree. */
export function byIssuer(kind: AmendingAct['kind'], issuer: string | undefined): AmendingAct['kind'] {
  return kind === 'resolution' && issuer === 'Government' ? 'government-decree' : kind;
}

/** The parenthesised rule after a reference: "(shall be enforced after the day of its first official publication)". */
function entryIntoForceAfter(text: string, from: number): string | undefined {
  const open = text.indexOf('(', from);
  if (open < 0) return undefined;
  // Only the parenthesis that directly follows this reference, not the next act's.
  const between = text.slice(from, open);
  if (HAS_ACT_NUMBER.test(between) || findDates(between).length) return undefined;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) {
      const inner = squash(text.slice(open + 1, i));
      return ENTRY_INTO_FORCE.test(inner) ? inner : undefined;
    }
  }
  return undefined;
}

/** Between an act word and its date: "Законом РК от", "Law of the Republic of Kazakhstan dated". */
const WORD_TO_DATE = /^\s*(?:(?:РК|Республики\s+Казахстан|of\s+the\s+Republic\s+of\s+Kazakhstan)\s*)?(?:от|dated|of)\s*$/u;
/** Between a date and the Kazakh act word after it: "08.06.2022 ҚР Заңымен", "08.06.2022 ж. Қазақстан Республикасының Заңына", with a rule in parentheses. */
const DATE_TO_WORD = /^\s*(?:ж\.?)?\s*(?:ҚР|Қазақстан\s+Республикасының)?\s*$/u;

/** What may stand around the date of a list item that names no act word: "от", "dated", "ҚР"; "ж.". */
const LIST_ITEM_LEAD = /^\s*(?:от|dated|of|ҚР)?\s*$/u;
const LIST_ITEM_TAIL = /^\s*(?:ж\.?)?[\s.]*$/u;

/** Acts a segment cites by kind and date alone, the date's end kept for the rule after it. */
function numberlessRefs(text: string, words: ActWord[], dates: ReturnType<typeof findDates>, kazakh: boolean, carried: AmendingAct['kind'] | undefined): Array<{ kind: AmendingAct['kind']; date: string; dateEnd: number }> {
  const refs: Array<{ kind: AmendingAct['kind']; date: string; dateEnd: number }> = [];
  for (const date of dates) {
    const end = date.index + date.length;
    const before = words.filter((w) => w.end <= date.index).pop();
    const after = words.find((w) => w.start >= end);
    const kind =
      before && WORD_TO_DATE.test(text.slice(before.end, date.index))
        ? before.kind
        : // An item of a list of acts of one kind, alone in its segment: "законами РК от … № 254-III;
          // от 08.06.2022 (…)", "ҚР … № 254-III (…); 08.06.2022 (…); … заңдарымен".
          !before && carried && LIST_ITEM_LEAD.test(text.slice(0, date.index)) && LIST_ITEM_TAIL.test(stripParentheses(text.slice(end, after?.start ?? text.length)))
          ? carried
        : kazakh && after && DATE_TO_WORD.test(stripParentheses(text.slice(end, after.start)))
          ? after.kind
          : undefined;
    if (kind && !refs.some((r) => r.date === date.iso && r.kind === kind)) refs.push({ kind, date: date.iso, dateEnd: end });
  }
  return refs;
}

function stripParentheses(text: string): string {
  let out = text;
  for (let prev = ''; prev !== out; ) [prev, out] = [out, out.replace(/\([^()]*\)/g, ' ')];
  return out;
}

export function slugFor(kind: AmendingAct['kind'], date: string, number: string): string {
  // An act without a number (a law adopted by referendum) is named by its full date.
  if (!number) return `${kind}-${date}`;
  return `${kind}-${date.slice(0, 4)}-${number.toLowerCase().replace(/[^0-9a-z]+/g, '-').replace(/^-|-$/g, '')}`;
}

/** Reads every amending act a footnote or stub names. */
export function readAmendingActs(text: string, fallbackAction: AmendmentAction): { acts: AmendingAct[]; action: AmendmentAction | undefined } {
  // Masked, not removed, so that offsets stay those of the text.
  const normalized = normalizeHomoglyphs(text).replace(FORCE_OF_LAW, (m) => ' '.repeat(m.length));
  const acts: AmendingAct[] = [];
  let action: AmendmentAction | undefined;
  let kind: AmendingAct['kind'] | undefined;
  // A segment that names no action continues the one before it ("См. постановление … ; от … № 5").
  let lastAction: AmendmentAction | undefined;
  const wholeKind = actWords(normalized)[0]?.kind;
  for (const seg of segments(normalized)) {
    const segAction = actionOf(seg.text) ?? lastAction;
    lastAction = segAction;
    action ??= segAction;
    const words = actWords(seg.text);
    const kazakh = detectLanguage(seg.text) === 'kk';
    const segKind = words[0]?.kind ?? kind ?? wholeKind ?? 'act';
    kind = segKind;
    const numbers: Array<{ value: string; index: number; end: number }> = [];
    ACT_NUMBER_REF.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ACT_NUMBER_REF.exec(seg.text))) numbers.push({ value: normalizeActNumber(m[1]!), index: m.index, end: m.index + m[0].length });
    const dates = findDates(seg.text);
    const usedDates = new Set<number>();
    if (!numbers.length) {
      // An act cited without a number ("Законом РК от 08.06.2022", "ҚР 08.06.2022 (…) Заңымен"):
      // only where the date is the act's own, right by its act word, not a date in the rule.
      for (const ref of numberlessRefs(seg.text, words, dates, kazakh, kind)) {
        const issuer = issuerOf(seg.text, ref.kind) ?? issuerOf(normalized, ref.kind);
        const refKind = byIssuer(ref.kind, issuer);
        const act: AmendingAct = { kind: refKind, number: '', date: ref.date, slug: slugFor(refKind, ref.date, ''), action: segAction ?? action ?? fallbackAction };
        if (issuer) act.issuer = issuer;
        const rule = entryIntoForceAfter(seg.text, ref.dateEnd);
        if (rule) act.entryIntoForce = rule;
        acts.push(act);
      }
    }
    for (const [ni, n] of numbers.entries()) {
      // The date that goes with a number is the nearest one not yet taken ("от 05.05.2017 № 56",
      // "No. 78 of 24.01.2019").
      let best = -1;
      let bestDistance = Infinity;
      dates.forEach((d, i) => {
        if (usedDates.has(i)) return;
        const distance = d.index > n.index ? d.index - n.end : n.index - (d.index + d.length);
        if (distance < bestDistance) {
          best = i;
          bestDistance = distance;
        }
      });
      if (best < 0) continue;
      usedDates.add(best);
      const date = dates[best]!;
      const refEnd = Math.max(n.end, date.index + date.length);
      // Several acts of different kinds in one list: each number takes the act word before it.
      const named = kindAround(words, kazakh, n.index, n.end, numbers[ni + 1]?.index ?? seg.text.length) ?? segKind;
      kind = named;
      const issuer = issuerOf(seg.text, named) ?? issuerOf(normalized, named);
      const ownKind = byIssuer(named, issuer);
      const act: AmendingAct = {
        kind: ownKind,
        number: n.value,
        date: date.iso,
        slug: slugFor(ownKind, date.iso, n.value),
        action: segAction ?? action ?? fallbackAction,
      };
      if (issuer) act.issuer = issuer;
      const rule = entryIntoForceAfter(seg.text, refEnd);
      if (rule) act.entryIntoForce = rule;
      acts.push(act);
    }
  }
  return { acts, action };
}

export function extractAmendments(
  tree: Act,
  footnoteTargets: Map<string, AmendmentTarget>,
  report: Reporter,
): Amendment[] {
  const amendments: Amendment[] = [];
  visit(tree, (node) => {
    if (node.type === 'footnote' && (node as Footnote).editorial) return;
    if (node.type === 'footnote') {
      const footnote = node as Footnote;
      const text = words(footnote);
      const body = normalizeHomoglyphs(text).replace(FOOTNOTE, '').trim();
      const target = footnoteTargets.get(footnote.id) ?? { kind: 'act', mismatch: false };
      let { acts, action } = readAmendingActs(body, 'other');
      // Losing force is abrogation for a whole act, exclusion for a provision.
      if (action === 'abrogated' && target.kind !== 'act') action = 'excluded';
      for (const a of acts) if (a.action === 'abrogated' && target.kind !== 'act') a.action = 'excluded';
      if (!action) {
        report.warn('footnote-unparsed', `footnote wording not understood; kept as "other": ${text.slice(0, 80)}`, footnote.position.start);
      } else if (!acts.length) {
        report.warn('footnote-no-act', `footnote names no amending act that could be read (number and date): ${text.slice(0, 80)}`, footnote.position.start);
      }
      const amendment: Amendment = {
        id: footnote.id,
        source: 'footnote',
        target,
        action: action ?? 'other',
        amendingActs: acts,
        text,
        position: footnote.position,
      };
      const languages = LANGUAGE_ONLY.filter((l) => l.re.test(body)).map((l) => l.lang as Language);
      if (languages.length) amendment.languages = languages;
      amendments.push(amendment);
    } else if (node.type === 'provision' && (node as Provision).status === 'excluded') {
      const provision = node as Provision;
      // The stub is the provision's own text after its number: "27. Excluded by Decree … No. 12
      // of 05.01.2015.", "Статья 5. Исключена Законом …" (a heading).
      const own = (n: Node, parent: Node) => parent === provision && (n.type === 'provision' || n.type === 'footnote');
      const text = wordsWithout(provision, own);
      const stub = wordsWithout(provision, (n, parent) => own(n, parent) || n.type === 'num');
      const { acts } = readAmendingActs(stub, 'excluded');
      for (const a of acts) a.action = 'excluded';
      if (!EXCLUSION_STUB.test(normalizeHomoglyphs(stub)) || !acts.length) {
        report.info('stub-no-act', `exclusion stub names no amending act that could be read: ${text.slice(0, 80)}`, provision.position.start);
      }
      amendments.push({
        id: `stub_${provision.eId}`,
        source: 'exclusion-stub',
        target: { kind: 'provision', eId: provision.eId, mismatch: false },
        action: 'excluded',
        amendingActs: acts,
        text,
        position: provision.position,
      });
    }
  });
  return amendments;
}
