import { describe, expect, it } from 'vitest';
import { queryLanguages } from '../../src/search/query.js';

describe('the languages a query is searched in', () => {
  it('searches a query with letters only Kazakh has in the Kazakh texts alone', () => {
    expect(queryLanguages('Кеңес', undefined)).toEqual(['kk']);
    expect(queryLanguages('ҚАУЛЫ', undefined)).toEqual(['kk']);
    expect(queryLanguages('Хатшылық', undefined)).toEqual(['kk']);
  });

  it('searches any other query in every language, and a chosen language alone', () => {
    expect(queryLanguages('Ассамблея', undefined)).toEqual(['en', 'ru', 'kk']);
    expect(queryLanguages('Council', undefined)).toEqual(['en', 'ru', 'kk']);
    expect(queryLanguages('Кеңес', 'ru')).toEqual(['ru']);
  });
});
