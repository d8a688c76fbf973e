import { describe, expect, it } from 'vitest';
import { LANGUAGES, LANGUAGE_FACTS, WORDING_ORDER, inLanguage } from '../../src/model/languages.js';
import { languageFromPath } from '../../src/pipeline/parse-edition.js';

describe('languages', () => {
  it('looks for a wording in the official languages first, then in the translations', () => {
    expect(WORDING_ORDER).toEqual(['ru', 'kk', 'en']);
    expect([...WORDING_ORDER].sort()).toEqual([...LANGUAGES].sort());
    const firstTranslation = WORDING_ORDER.findIndex((l) => !LANGUAGE_FACTS[l].official);
    expect(WORDING_ORDER.slice(firstTranslation).every((l) => !LANGUAGE_FACTS[l].official)).toBe(true);
  });

  it('takes a multilingual value in the asked language, else in the wording order', () => {
    expect(inLanguage({ en: 'Regulations', ru: 'Положение', kk: 'Ереже' }, 'kk')).toBe('Ереже');
    expect(inLanguage({ en: 'Regulations', kk: 'Ереже' }, 'ru')).toBe('Ереже');
    expect(inLanguage({ en: 'Regulations' }, 'kk')).toBe('Regulations');
    expect(inLanguage({}, 'en')).toBeUndefined();
    expect(inLanguage(undefined, 'en')).toBeUndefined();
  });

  it("reads an edition's language from its folder, for every language of the site", () => {
    for (const lang of LANGUAGES) expect(languageFromPath(`content/acts/x/${lang}/2020-01-01.md`)).toBe(lang);
    expect(languageFromPath('C:\\acts\\x\\kk\\2020-01-01.txt')).toBe('kk');
    expect(languageFromPath('content/acts/x/de/2020-01-01.md')).toBeUndefined();
    expect(languageFromPath('content/acts/kkx/2020-01-01.md')).toBeUndefined();
  });
});
