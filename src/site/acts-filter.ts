/*
 * The list of acts, filtered and sorted in the browser (the page lists every act without
 * JavaScript). Each row carries its facts as data attributes; this is the rule that reads them.
 */

export interface ActRowFacts {
  kind: string;
  /** `in-force`, `repealed` or `not-in-force`. */
  status: string;
  year: string;
  /** The languages of its texts, space-separated. */
  languages: string;
  title: string;
  date: string;
}

export interface ActCriteria {
  kind?: string;
  status?: string;
  year?: string;
  language?: string;
}

export type ActSort = 'date-asc' | 'date-desc' | 'title';

/** Whether a row meets every criterion given (an empty criterion is no criterion). */
export function actMatches(row: ActRowFacts, c: ActCriteria): boolean {
  return (
    (!c.kind || row.kind === c.kind) &&
    (!c.status || row.status === c.status) &&
    (!c.year || row.year === c.year.trim()) &&
    (!c.language || row.languages.split(' ').includes(c.language))
  );
}

/** The order of two rows for a sort: by date (then title), or by title (then date). */
export function compareActs(a: ActRowFacts, b: ActRowFacts, sort: ActSort): number {
  const byTitle = a.title.localeCompare(b.title, ['ru', 'kk', 'en']);
  const byDate = a.date.localeCompare(b.date);
  if (sort === 'title') return byTitle || byDate;
  return (sort === 'date-desc' ? -byDate : byDate) || byTitle;
}
