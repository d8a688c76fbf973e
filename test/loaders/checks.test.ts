import { describe, expect, it } from 'vitest';
import { closestKey, isCalendarDate, pointAt } from '../../src/loaders/checks.js';
import { codePointName, findControlCharacter } from '../../src/pipeline/check-source.js';

describe('control characters', () => {
  it('finds C0 and C1 controls, DEL and noncharacters, with their place', () => {
    for (const c of ['\u0001', '\u001B', '\u007F', '\u0085', '\uFFFE', '\uFFFF', '\uFDD0', '\u{1FFFE}', '\u{10FFFF}']) {
      const text = `line one\nab${c}cd`;
      const found = findControlCharacter(text);
      expect(found, codePointName(c.codePointAt(0)!)).toEqual({ index: 11, codePoint: c.codePointAt(0) });
      expect(pointAt(text, found!.index)).toEqual({ line: 2, column: 3 });
    }
  });

  it('lets text through: tab, line ends, form feed, no-break space, letters of every plane', () => {
    expect(findControlCharacter('a\tb\r\nc\fd\u00A0e Қазақстан 𝔸 \u{1FFFD} \u{103FE}')).toBeUndefined();
  });

  it('names a code point as U+XXXX', () => {
    expect(codePointName(0x1b)).toBe('U+001B');
    expect(codePointName(0xfffe)).toBe('U+FFFE');
  });
});

describe('the calendar and key names', () => {
  it('knows which dates are days', () => {
    expect(['2010-02-28', '2012-02-29', '2000-02-29'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2010-02-30', '2011-02-29', '1900-02-29', '2010-13-01', '2010-00-10', '2010-1-1'].map(isCalendarDate)).toEqual([false, false, false, false, false, false]);
  });

  it('suggests the key a typo meant, and nothing when none is near', () => {
    const keys = ['type', 'number', 'date', 'titles', 'status', 'repeals', 'editions'];
    expect(closestKey('editons', keys)).toBe('editions');
    expect(closestKey('Titels', keys)).toBe('titles');
    expect(closestKey('repels', keys)).toBe('repeals');
    expect(closestKey('colour', keys)).toBeUndefined();
  });
});
