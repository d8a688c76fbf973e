/*
 * The version in force on any date, for the date field and for addresses of dates that are not
 * a version's first day (`/acts/{act}/{lang}/2015-03-10/`). Pure: the browser runs it too, on
 * the act's version index (`/acts/{act}/versions.json`).
 */

/** What a reader's date needs to be resolved: the act's life and its versions' first days. */
export interface VersionIndex {
  act: string;
  /** Adoption: the first version's first day. */
  start: string;
  /** The day the act lost force, and the act that repealed it. */
  end?: { date: string; by?: string };
  /**
   * Versions, oldest first: their first day, and whether it is known (`exact: false`: the
   * version is in force on or after that day; the collection does not say when).
   */
  versions: Array<{ date: string; exact: boolean }>;
}

export type OnDate =
  | { kind: 'version'; date: string }
  | { kind: 'before'; first: string }
  | { kind: 'after'; end: string };

/** The version in force on a date: the latest that starts on or before it, within the act's life. */
export function versionOnDate(index: VersionIndex, date: string): OnDate {
  if (date < index.start) return { kind: 'before', first: index.start };
  if (index.end && date >= index.end.date) return { kind: 'after', end: index.end.date };
  // A version whose start is only bounded is first reached on the earliest day it can have been
  // in force; its page says the day is not known.
  const version = index.versions.filter((v) => v.date <= date).pop();
  return version ? { kind: 'version', date: version.date } : { kind: 'before', first: index.start };
}
