import { describe, expect, it } from 'vitest';
import { queryLanguages, queryVariants } from '../../src/search/query.js';

describe('the languages a query is searched in', () => {
  it('searches a query with letters only Kazakh has in the Kazakh texts alone', () => {
    expect(queryLanguages('Кеңес', undefined)).toEqual(['kk']);
    expect(queryLanguages('ҚАУЛЫ', undefined)).toEqual(['kk']);
    expect(queryLanguages('Хатшылық', undefined)).toEqual(['kk']);
  });

  it("searches a query in one script in the languages written in it: Cyrillic in Russian and Kazakh, Latin in English", () => {
    expect(queryLanguages('Ассамблея', undefined)).toEqual(['ru', 'kk']);
    expect(queryLanguages('Council', undefined)).toEqual(['en']);
    expect(queryLanguages('"Scientific and Expert Council"', undefined)).toEqual(['en']);
  });

  it('searches a query in both scripts or in none in every language, and a chosen language alone', () => {
    expect(queryLanguages('EXPO выставка', undefined)).toEqual(['en', 'ru', 'kk']);
    expect(queryLanguages('149', undefined)).toEqual(['en', 'ru', 'kk']);
    expect(queryLanguages('Кеңес', 'ru')).toEqual(['ru']);
    expect(queryLanguages('Council', 'ru')).toEqual(['ru']);
  });
});

describe('the queries a language is searched with', () => {
  it("adds, in Russian, each word shortened to the prefix its forms share (the stemmer's stems differ between forms)", () => {
    expect(queryVariants('Ассамблея', 'ru')).toEqual(['Ассамблея', 'Ассамбл']);
    expect(queryVariants('Научно-экспертного совета', 'ru')).toEqual(['Научно-экспертного совета', 'Научно-экспертног совет']);
  });

  it('keeps short words, quoted phrases and other languages as typed', () => {
    expect(queryVariants('права лица', 'ru')).toEqual(['права лица']);
    expect(queryVariants('"Ассамблея народа" Казахстана', 'ru')).toEqual(['"Ассамблея народа" Казахстана', '"Ассамблея народа" Казахстан']);
    expect(queryVariants('Ассамблеясы', 'kk')).toEqual(['Ассамблеясы']);
    expect(queryVariants('Assembly', 'en')).toEqual(['Assembly']);
  });
});
