import { comparePath } from '../../model/paths.js';
import type { Language } from '../../schemas/language.js';

/*
 * Choosing what to compare, and walking the history one step at a time. Kept apart from the
 * compare page's other data: the browser loads it (the chooser's script) without the model.
 */

/** Whether a comparison of two versions has a page of its own: consecutive versions, or any version and the last. */
export function prerenderedPair(dates: readonly string[], from: string, to: string): boolean {
  const i = dates.indexOf(from);
  const j = dates.indexOf(to);
  return i >= 0 && j > i && (j === i + 1 || j === dates.length - 1);
}

/** The pairs that have a page of their own, in time order: each version with the next, and with the last. */
export function prerenderedPairs(dates: readonly string[]): Array<[string, string]> {
  return dates.flatMap((from, i) => dates.slice(i + 1).filter((to) => prerenderedPair(dates, from, to)).map((to): [string, string] => [from, to]));
}

/** Whether some two versions have no page of their own (four versions or more): the browser compares them. */
export function comparedInBrowser(dates: readonly string[]): boolean {
  return prerenderedPairs(dates).length < (dates.length * (dates.length - 1)) / 2;
}

export interface CompareSteps {
  /** The comparison of the step before this pair (its `from` and the version before it). */
  previous?: { from: string; to: string; href: string };
  /** The step after this pair's `to`. */
  next?: { from: string; to: string; href: string };
}

/**
 * Walking the act's history one step at a time: from the comparison of `from` and `to`, the
 * steps just before and just after it (each a comparison of two consecutive versions).
 */
export function compareSteps(act: string, lang: Language, dates: readonly string[], from: string, to: string): CompareSteps {
  const i = dates.indexOf(from);
  const j = dates.indexOf(to);
  const step = (a: string, b: string) => ({ from: a, to: b, href: comparePath(act, lang, a, b) });
  return {
    ...(i > 0 ? { previous: step(dates[i - 1]!, dates[i]!) } : {}),
    ...(j >= 0 && j < dates.length - 1 ? { next: step(dates[j]!, dates[j + 1]!) } : {}),
  };
}

/** A choice of two versions to compare, in time order. */
export interface ChosenComparison {
  from: string;
  to: string;
  /** The comparison's address. */
  href: string;
  /** Whether that address is a page of its own (else the browser computes the comparison on the chooser's page). */
  prerendered: boolean;
}

/**
 * Where a chooser's choice leads: the comparison of the two dates in time order, or nothing when
 * either is not a version of the act or they are the same.
 */
export function chosenComparison(act: string, lang: Language, dates: readonly string[], a: string | null, b: string | null): ChosenComparison | undefined {
  if (!a || !b || a === b || !dates.includes(a) || !dates.includes(b)) return undefined;
  const [from, to] = a < b ? [a, b] : [b, a];
  return { from, to, href: comparePath(act, lang, from, to), prerendered: prerenderedPair(dates, from, to) };
}
