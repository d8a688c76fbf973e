import { describe, expect, it } from 'vitest';
import { versionOnDate } from '../../src/versioning/on-date.js';

const index = {
  act: 'decree-2015-12',
  start: '2015-01-05',
  end: { date: '2020-03-01', by: 'decree-2020-3' },
  versions: [{ date: '2015-01-05', exact: true }, { date: '2017-05-05', exact: true }, { date: '2018-01-12', exact: false }],
};

describe('versionOnDate', () => {
  it('finds the version in force on any day of the act\'s life', () => {
    expect(versionOnDate(index, '2015-01-05')).toEqual({ kind: 'version', date: '2015-01-05' });
    expect(versionOnDate(index, '2016-12-31')).toEqual({ kind: 'version', date: '2015-01-05' });
    expect(versionOnDate(index, '2017-05-05')).toEqual({ kind: 'version', date: '2017-05-05' });
    expect(versionOnDate(index, '2018-01-11')).toEqual({ kind: 'version', date: '2017-05-05' });
  });

  it('never gives a version whose start is only bounded before the earliest day it can have been in force', () => {
    expect(versionOnDate(index, '2018-01-11')).toEqual({ kind: 'version', date: '2017-05-05' });
    expect(versionOnDate(index, '2018-01-12')).toEqual({ kind: 'version', date: '2018-01-12' });
  });

  it('says the act was not yet adopted, or no longer in force', () => {
    expect(versionOnDate(index, '2014-12-31')).toEqual({ kind: 'before', first: '2015-01-05' });
    expect(versionOnDate(index, '2020-03-01')).toEqual({ kind: 'after', end: '2020-03-01' });
    expect(versionOnDate({ ...index, end: undefined, versions: index.versions.slice(0, 2) } as never, '2030-01-01')).toEqual({ kind: 'version', date: '2017-05-05' });
  });
});
