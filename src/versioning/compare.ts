import { diffWords } from 'diff';
import type { Language } from '../schemas/language.js';
import { periodOn, wordingOn, within, type ActTimeline, type ChangeRecord, type Period, type Wording } from './timeline.js';
import { normalize } from './units.js';
import { WORDING_ORDER } from '../model/languages.js';

/*
 * What changed between two versions, in one language: every unit's wording on both dates (from
 * an edition of the language, or from another language where none of it holds the wording),
 * whether it changed, and a word-level diff. The diff comes from the `diff` library.
 *
 * A comparison needs only part of the act's timeline (`ComparableTimeline`): the periods of each
 * unit's wording and the changes that opened them. That part is published as JSON, so that the
 * browser compares any two versions with this same code (src/site/pages/comparison.ts).
 */

/** What a comparison knows of a wording: its language and words. */
export type ComparedWording = Pick<Wording, 'lang' | 'text'>;

/** What a comparison knows of a period of a unit's wording. */
export interface ComparedPeriod {
  from: string;
  status: Period['status'];
  wording?: ComparedWording;
}

export interface ComparedUnit {
  eId: string;
  parent?: string;
  periods: Partial<Record<Language, ComparedPeriod[]>>;
}

/** What a comparison knows of a recorded change. */
export type ComparedChange = Pick<ChangeRecord, 'unit' | 'targets' | 'scope' | 'by' | 'action' | 'languages'>;

/** The part of an act's timeline a comparison reads; an `ActTimeline` is one. */
export interface ComparableTimeline {
  act: string;
  /** The versions' first days, oldest first. */
  versions: ReadonlyArray<{ date: string }>;
  units: ComparedUnit[];
  changes: ComparedChange[];
}

/**
 * The comparable part of a timeline and nothing else (no sources, rules or disagreements): what
 * the browser loads to compare two versions no page prerenders.
 */
export function comparableTimeline(timeline: ActTimeline): ComparableTimeline {
  const wording = (w: Wording): ComparedWording => ({ lang: w.lang, text: w.text });
  return {
    act: timeline.act,
    versions: timeline.versions.map((v) => ({ date: v.date })),
    units: timeline.units.map((u) => ({
      eId: u.eId,
      ...(u.parent ? { parent: u.parent } : {}),
      periods: Object.fromEntries(
        Object.entries(u.periods).map(([lang, periods]) => [
          lang,
          periods.map((p) => ({ from: p.from, status: p.status, ...(p.wording ? { wording: wording(p.wording) } : {}) })),
        ]),
      ),
    })),
    changes: timeline.changes.map((c) => ({
      ...(c.unit ? { unit: c.unit } : {}),
      targets: c.targets,
      scope: c.scope,
      by: c.by,
      action: c.action,
      ...(c.languages ? { languages: c.languages } : {}),
    })),
  };
}

export interface Side {
  status: Period['status'];
  wording?: ComparedWording;
  /** The wording is in another language than the one asked for. */
  fallback: boolean;
}

export interface UnitComparison {
  unit: ComparedUnit;
  before: Side;
  after: Side;
  changed: boolean;
  /** Why it counts as changed: its words, its status, or only a record (wording unknown). */
  reason?: 'text' | 'added' | 'removed' | 'excluded' | 'restored' | 'recorded';
  /** Recorded changes dated after `from` and on or before `to`. */
  changes: ComparedChange[];
  /** Word diff, when both wordings are known in one language. */
  diff?: Array<{ value: string; added?: boolean; removed?: boolean }>;
  /** The language the diff compares (the page's, or another where the page's lacks one side). */
  diffLang?: Language;
}

export interface Comparison {
  from: string;
  to: string;
  lang: Language;
  units: UnitComparison[];
  changes: ComparedChange[];
}

function side(unit: ComparedUnit, lang: Language, date: string): Side {
  const { period, wording, fallback } = wordingOn(unit, lang, date);
  return { status: period?.status ?? 'in-force', ...(wording ? { wording } : {}), fallback };
}

/** Both wordings in one language, preferring the page's: for a fair diff. */
function sameLanguagePair(unit: ComparedUnit, lang: Language, from: string, to: string): [ComparedWording, ComparedWording] | undefined {
  for (const l of [lang, ...WORDING_ORDER.filter((x) => x !== lang)]) {
    const a = periodOn(unit, l, from)?.wording;
    const b = periodOn(unit, l, to)?.wording;
    if (a && b) return [a, b];
  }
  return undefined;
}

export function compareVersions(timeline: ComparableTimeline, lang: Language, from: string, to: string): Comparison {
  const changes = timeline.changes.filter((c) => c.by.date > from && c.by.date <= to);
  // The changes of each unit, indexed once: its own, those of the whole act, and those of a
  // subtree it is in (found by walking up its ancestors), in the order of the timeline's changes.
  const order = new Map(changes.map((c, i) => [c, i]));
  const ofUnit = new Map<string, ComparedChange[]>();
  const ofSubtree = new Map<string, ComparedChange[]>();
  const ofAct: ComparedChange[] = [];
  for (const c of changes) {
    if (c.scope === 'act') ofAct.push(c);
    else if (c.unit) {
      const index = c.scope === 'subtree' ? ofSubtree : ofUnit;
      index.set(c.unit, [...(index.get(c.unit) ?? []), c]);
    }
  }
  const ownChanges = (eId: string): ComparedChange[] => {
    const found = new Set<ComparedChange>([...ofAct, ...(ofUnit.get(eId) ?? []), ...(ofSubtree.get(eId) ?? [])]);
    if (ofSubtree.size) for (const [ancestor, cs] of ofSubtree) if (ancestor !== eId && within(timeline, eId, ancestor)) for (const c of cs) found.add(c);
    return [...found].sort((x, y) => order.get(x)! - order.get(y)!);
  };
  const units = timeline.units.map((unit): UnitComparison => {
    const before = side(unit, lang, from);
    const after = side(unit, lang, to);
    const own = ownChanges(unit.eId);
    const result: UnitComparison = { unit, before, after, changed: false, changes: own };
    if (before.status !== after.status) {
      result.changed = true;
      result.reason = before.status === 'absent' ? 'added' : after.status === 'absent' ? 'removed' : after.status === 'excluded' ? 'excluded' : 'restored';
    }
    const pair = sameLanguagePair(unit, lang, from, to);
    if (pair) {
      const [a, b] = pair;
      if (normalize(a.text) !== normalize(b.text)) {
        result.changed = true;
        result.reason ??= 'text';
        result.diff = wordDiff(a.text, b.text, a.lang).map((p) => ({ value: p.value, ...(p.added ? { added: true } : {}), ...(p.removed ? { removed: true } : {}) }));
        result.diffLang = a.lang;
      }
    } else if (own.length > 0 && after.status !== 'absent') {
      // Neither language holds both wordings: only the record says it changed.
      result.changed = true;
      result.reason ??= 'recorded';
    }
    return result;
  });
  return { from, to, lang, units, changes };
}

/** Word diff with Unicode word boundaries (Cyrillic and Kazakh letters are word characters). */
export function wordDiff(a: string, b: string, lang: Language) {
  return diffWords(a, b, { intlSegmenter: new Intl.Segmenter(lang, { granularity: 'word' }) });
}
