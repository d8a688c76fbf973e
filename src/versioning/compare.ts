import { diffWords } from 'diff';
import type { Language } from '../schemas/language.js';
import { periodOn, wordingOn, within, type ActTimeline, type ChangeRecord, type Period, type UnitTimeline, type Wording } from './timeline.js';
import { normalize } from './units.js';
import { WORDING_ORDER } from '../model/languages.js';

/*
 * What changed between two versions, in one language: every unit's wording on both dates (from
 * an edition of the language, or from another language where none of it holds the wording),
 * whether it changed, and a word-level diff. The diff comes from the `diff` library.
 */

export interface Side {
  status: Period['status'];
  wording?: Wording;
  /** The wording is in another language than the one asked for. */
  fallback: boolean;
}

export interface UnitComparison {
  unit: UnitTimeline;
  before: Side;
  after: Side;
  changed: boolean;
  /** Why it counts as changed: its words, its status, or only a record (wording unknown). */
  reason?: 'text' | 'added' | 'removed' | 'excluded' | 'restored' | 'recorded';
  /** Recorded changes dated after `from` and on or before `to`. */
  changes: ChangeRecord[];
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
  changes: ChangeRecord[];
}

function side(unit: UnitTimeline, lang: Language, date: string): Side {
  const { period, wording, fallback } = wordingOn(unit, lang, date);
  return { status: period?.status ?? 'in-force', ...(wording ? { wording } : {}), fallback };
}

/** Both wordings in one language, preferring the page's: for a fair diff. */
function sameLanguagePair(unit: UnitTimeline, lang: Language, from: string, to: string): [Wording, Wording] | undefined {
  for (const l of [lang, ...WORDING_ORDER.filter((x) => x !== lang)]) {
    const a = periodOn(unit, l, from)?.wording;
    const b = periodOn(unit, l, to)?.wording;
    if (a && b) return [a, b];
  }
  return undefined;
}

export function compareVersions(timeline: ActTimeline, lang: Language, from: string, to: string): Comparison {
  const changes = timeline.changes.filter((c) => c.by.date > from && c.by.date <= to);
  // The changes of each unit, indexed once: its own, those of the whole act, and those of a
  // subtree it is in (found by walking up its ancestors), in the order of the timeline's changes.
  const order = new Map(changes.map((c, i) => [c, i]));
  const ofUnit = new Map<string, ChangeRecord[]>();
  const ofSubtree = new Map<string, ChangeRecord[]>();
  const ofAct: ChangeRecord[] = [];
  for (const c of changes) {
    if (c.scope === 'act') ofAct.push(c);
    else if (c.unit) {
      const index = c.scope === 'subtree' ? ofSubtree : ofUnit;
      index.set(c.unit, [...(index.get(c.unit) ?? []), c]);
    }
  }
  const ownChanges = (eId: string): ChangeRecord[] => {
    const found = new Set<ChangeRecord>([...ofAct, ...(ofUnit.get(eId) ?? []), ...(ofSubtree.get(eId) ?? [])]);
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
