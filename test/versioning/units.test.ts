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

  it('treats the call-out to a note and Latin look-alikes in a Kazakh word as the same wording', () => {
    expect(sameWording('конституционный строй и общественную нравственность. <*>', 'конституционный строй и общественную нравственность.')).toBe(true);
    expect(sameWording('1. Ел өз мемлекеттiгiн', '1. Ел өз мемлекеттігін')).toBe(true);
    expect(sameWording('әрбір адам', 'əрбір адам')).toBe(true);
    // A Latin word stays Latin: "ip" is not "іp".
    expect(sameWording('IP address', 'ІP address')).toBe(false);
  });

  it('tells a change of a word, a letter or a quotation apart', () => {
    expect(sameWording('Закон «Об Ассамблее»', 'Закон «Об Ассамблеях»')).toBe(false);
    expect(sameWording('Совет', 'совет')).toBe(false);
    expect(sameWording('Закон «Об Ассамблее»', 'Закон Об Ассамблее')).toBe(false);
  });
});
