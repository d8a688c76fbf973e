import { describe, expect, it } from 'vitest';
import { eIdOf, ownLinks, sharedLinks } from '../../src/site/tools.js';

const page = {
  permalink: '/acts/x/ru/2020-01-01/',
  history: '/acts/x/ru/history/',
  others: [{ lang: 'kk' as const, href: '/acts/x/kk/2020-01-01/' }],
  prefix: 'embed-ru-latest-',
};

describe("a provision's tools", () => {
  it('take their links from the bases the text shares and the eId', () => {
    expect(sharedLinks(page, 'art_1__para_2')).toEqual({
      permalink: '/acts/x/ru/2020-01-01/#art_1__para_2',
      history: '/acts/x/ru/history/#art_1__para_2',
      others: [{ lang: 'kk', href: '/acts/x/kk/2020-01-01/#art_1__para_2' }],
    });
  });

  it('carry their own links only where those differ', () => {
    expect(ownLinks(page, 'art_1', sharedLinks(page, 'art_1'))).toBeUndefined();
    const elsewhere = { ...sharedLinks(page, 'art_1__para_2'), others: [{ lang: 'kk' as const, href: '/acts/x/kk/2020-01-01/#art_1' }] };
    expect(ownLinks(page, 'art_1__para_2', elsewhere)).toEqual(elsewhere);
    const none = { ...sharedLinks(page, 'art_1__para_2'), others: [] };
    expect(ownLinks(page, 'art_1__para_2', none)).toEqual(none);
    const history = { ...sharedLinks(page, 'att_1__para_2'), history: '/acts/x/ru/history/#act' };
    expect(ownLinks(page, 'att_1__para_2', history)).toEqual(history);
  });

  it('read the eId from the id the page gives the provision', () => {
    expect(eIdOf('embed-ru-latest-art_1', page)).toBe('art_1');
    expect(eIdOf('art_1', { prefix: '' })).toBe('art_1');
  });
});
