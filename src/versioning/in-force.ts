import type { Language } from '../schemas/language.js';
import { WORDING_ORDER } from '../model/languages.js';
import { ENTRY_RULES, NUMBER_WORDS } from '../pipeline/keywords.js';
import { findDates } from '../pipeline/dates.js';

/*
 * When a change entered into force. A note (or the amending act's own text) states a rule: a
 * date ("с 01.01.2015"), the day of signing, the day of first official publication, or a number
 * of days after it. Where the rule needs a publication date the collection does not have, the
 * start is only bounded: publication is on or after signing, so the change was in force on or
 * after the signing date plus the rule's days.
 */

export type EntryRule =
  | { kind: 'date'; date: string }
  | { kind: 'signing' }
  | { kind: 'publication'; days: number }
  /** The rule is in the amending act's text ("see Article 2"), not in the note. */
  | { kind: 'elsewhere' }
  | { kind: 'unknown' };

/** Reads a rule as stated, in any of the three languages. */
export function readEntryRule(text: string): EntryRule {
  let m: RegExpExecArray | null;
  if ((m = ENTRY_RULES.daysAfterPublication.exec(text))) {
    const word = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    const days = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
    // "Upon expiry of ten days after the day of publication": the eleventh day after it.
    if (days !== undefined) return { kind: 'publication', days: days + 1 };
  }
  if (ENTRY_RULES.dayAfterPublication.test(text)) return { kind: 'publication', days: 1 };
  if (ENTRY_RULES.publication.test(text)) return { kind: 'publication', days: 0 };
  if (ENTRY_RULES.signing.test(text)) return { kind: 'signing' };
  if (ENTRY_RULES.elsewhere.test(text)) return { kind: 'elsewhere' };
  const date = findDates(text)[0];
  if (date) return { kind: 'date', date: date.iso };
  return { kind: 'unknown' };
}

/** When a change is in force: from a known date, or on or after a date (`exact: false`). */
export interface InForce {
  /** The first day in force; where not exact, the earliest it can have been. */
  from: string;
  exact: boolean;
  /** The rule it follows, as stated, and how it was read; absent where no note or act states one. */
  rule?: { lang: Language; text: string; read: EntryRule };
  /** The amending act's official publication, where the collection has it. */
  published?: { date: string; source: string };
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * When the changes an act made entered into force: by the rule the notes state (read in the
 * official languages first, where their translations disagree), the act's signing date and its
 * publication date where known.
 */
export function inForceOf(adopted: string, rules: Array<{ lang: Language; text: string }>, published?: { date: string; source: string }): InForce {
  const ordered = [...rules].sort((a, b) => WORDING_ORDER.indexOf(a.lang) - WORDING_ORDER.indexOf(b.lang));
  const stated = ordered.map((r) => ({ ...r, read: readEntryRule(r.text) })).find((r) => r.read.kind !== 'unknown') ?? (ordered[0] ? { ...ordered[0], read: { kind: 'unknown' } as EntryRule } : undefined);
  const base: Pick<InForce, 'rule' | 'published'> = { ...(stated ? { rule: stated } : {}), ...(published ? { published } : {}) };
  const read = stated?.read;
  if (read?.kind === 'date') return { from: read.date, exact: true, ...base };
  if (read?.kind === 'signing') return { from: adopted, exact: true, ...base };
  if (read?.kind === 'publication') {
    return published ? { from: addDays(published.date, read.days), exact: true, ...base } : { from: addDays(adopted, read.days), exact: false, ...base };
  }
  // No rule, or one stated elsewhere: in force on or after the act's date.
  return { from: adopted, exact: false, ...base };
}
