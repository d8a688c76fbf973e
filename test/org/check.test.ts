import { describe, expect, it } from 'vitest';
import { normalizeQuote } from '../../src/org/check.js';

describe('normalizeQuote', () => {
  it('ignores differences of spacing, dashes and quotation marks, and nothing else', () => {
    expect(normalizeQuote('Первый Президент Республики Казахстан - Елбасы')).toBe(normalizeQuote('Первый  Президент Республики Казахстан – Елбасы'));
    expect(normalizeQuote('«Нур Отан»')).toBe(normalizeQuote('"Нур Отан"'));
    expect(normalizeQuote('Ассамблея\nнарода')).toBe('Ассамблея народа');
    expect(normalizeQuote('Ассамблея народа')).not.toBe(normalizeQuote('Ассамблея народов'));
    expect(normalizeQuote('ethno-cultural')).not.toBe(normalizeQuote('ethnocultural'));
  });
});
