import { describe, expect, it } from 'vitest';
import { contentLibrary } from '../versioning/library.js';
import { XMLParser } from 'fast-xml-parser';
import { actFeed, atomFeed, siteFeed } from '../../src/data/feeds.js';
import { checkAtom } from '../atom.js';

const SITE = new URL('https://example.org/');

describe('the Atom feeds of amendments', async () => {
  const library = await contentLibrary();

  it('for Decree No. 149: valid Atom, an entry per amending act and version, and the abrogation', () => {
    const { problems, entries } = checkAtom(actFeed(library, library.acts.get('decree-2011-149')!, SITE));
    expect(problems).toEqual([]);
    const timeline = library.timeline('decree-2011-149');
    const expected = timeline.versions.reduce((n, v) => n + new Set(v.changes.map((c) => c.by.slug)).size, 0) + 1;
    expect(entries).toHaveLength(expected);
    expect(entries[0]!.title).toBe('Decree No. 149 of 7 September 2011 lost force: abrogated by Decree No. 747 of 27 December 2024');
    expect(entries[0]!.updated).toBe('2024-12-27T00:00:00.000Z');
    const dates = entries.map((e) => e.updated);
    expect([...dates].sort().reverse()).toEqual(dates);
    const e626 = entries.find((e) => /Decree No\. 626/.test(e.title))!;
    // Straight to the history in the act's default language: the version's anchor holds without JavaScript.
    expect(e626.link).toBe('https://example.org/acts/decree-2011-149/ru/history/#v-2021-07-21');
    expect(e626.summary).toMatch(/reworded para\. 5/);
  });

  it('for the whole collection: valid Atom holding every act’s entries', () => {
    const { problems, entries } = checkAtom(siteFeed(library, SITE));
    expect(problems).toEqual([]);
    for (const slug of ['decree-2011-149', 'law-2008-70-iv']) expect(entries.some((e) => e.id.includes(`/acts/${slug}/`))).toBe(true);
  });

  it('the checker finds what is wrong with a broken feed', () => {
    const broken = actFeed(library, library.acts.get('decree-2011-149')!, SITE).replace(/<updated>2021-07-21T00:00:00.000Z<\/updated>/, '<updated>21.07.2021</updated>').replace('<id>https://example.org/acts/decree-2011-149/feed.xml</id>', '<id>feed</id>');
    expect(checkAtom(broken).problems).toEqual(['feed id "feed" is not an absolute IRI', expect.stringMatching(/^entry \d+: updated "21\.07\.2021" is not RFC 3339$/)]);
  });

  it('escapes titles and summaries, which are declared HTML: `<`, `&` and `]]>` read as text', () => {
    const title = 'Decree No. 1</script><script>alert(1)</script> & Co ]]> <b>';
    const summary = 'a < b && c > d';
    const xml = atomFeed({ title: 'T', path: '/feed.xml', page: '/', site: SITE, entries: [{ id: 'https://example.org/1', title, link: 'https://example.org/a', date: '2020-01-01', summary }] });
    expect(checkAtom(xml).problems).toEqual([]);
    const entry = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).feed.entry;
    expect(entry.title['@type']).toBe('html');
    // What a reader gets as HTML has no markup, and decodes to the text.
    const html: string = entry.title['#text'];
    expect(html).not.toMatch(/[<>]/);
    const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
    expect(decode(html)).toBe(title);
    expect(decode(entry.summary['#text'])).toBe(summary);
  });
});

