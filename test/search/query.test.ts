import { describe, expect, it } from 'vitest';
import { queryLanguages } from '../../src/search/query.js';

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
