import { describe, expect, it } from 'vitest';
import { actMatches, compareActs, type ActRowFacts } from '../../src/site/acts-filter.js';

const row = (o: Partial<ActRowFacts>): ActRowFacts => ({ kind: 'law', status: 'in-force', year: '2008', languages: 'ru kk', title: 'Об Ассамблее', date: '2008-10-20', ...o });

describe('the list of acts, filtered and sorted', () => {
  it('keeps a row that meets every criterion given', () => {
    expect(actMatches(row({}), {})).toBe(true);
    expect(actMatches(row({}), { kind: 'law', status: 'in-force', year: ' 2008 ', language: 'kk' })).toBe(true);
    expect(actMatches(row({}), { kind: 'code' })).toBe(false);
    expect(actMatches(row({}), { status: 'repealed' })).toBe(false);
    expect(actMatches(row({}), { year: '2009' })).toBe(false);
    expect(actMatches(row({}), { language: 'en' })).toBe(false);
  });

  it('sorts by date either way, or by title', () => {
    const rows = [row({ title: 'Б', date: '2001-01-01' }), row({ title: 'А', date: '2010-01-01' }), row({ title: 'В', date: '1995-01-01' })];
    expect([...rows].sort((a, b) => compareActs(a, b, 'date-asc')).map((r) => r.title)).toEqual(['В', 'Б', 'А']);
    expect([...rows].sort((a, b) => compareActs(a, b, 'date-desc')).map((r) => r.title)).toEqual(['А', 'Б', 'В']);
    expect([...rows].sort((a, b) => compareActs(a, b, 'title')).map((r) => r.title)).toEqual(['А', 'Б', 'В']);
  });
});
