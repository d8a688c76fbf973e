import { describe, expect, it } from 'vitest';
import { sameWording } from '../../src/versioning/units.js';

describe('sameWording', () => {
  it('treats differences of spacing as the same wording: around quotation marks, no-break and thin spaces', () => {
    expect(sameWording('Закон « Об Ассамблее » принят', 'Закон «Об Ассамблее» принят')).toBe(true);
    expect(sameWording('Закон " Об Ассамблее" принят', 'Закон "Об Ассамблее" принят')).toBe(true);
    expect(sameWording('5\u00a0000 тенге', '5 000 тенге')).toBe(true);
    expect(sameWording('статьи 5\u202f–\u20097', 'статьи 5 – 7')).toBe(true);
    expect(sameWording('пункт 1 , подпункт 2 )', 'пункт 1, подпункт 2)')).toBe(true);
  });

  it('tells a change of a word, a letter or a quotation apart', () => {
    expect(sameWording('Закон «Об Ассамблее»', 'Закон «Об Ассамблеях»')).toBe(false);
    expect(sameWording('Совет', 'совет')).toBe(false);
    expect(sameWording('Закон «Об Ассамблее»', 'Закон Об Ассамблее')).toBe(false);
  });
});
