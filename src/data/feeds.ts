import { Feed } from 'feed';
import type { ActRecord, Library } from '../model/library.js';
import { ACTION_VERBS, actName, changeSummary, eIdLabel, formatDate } from '../i18n/index.js';
import { actFeedPath, actPath, historyPath, siteFeedPath, versionPath } from '../model/paths.js';

/*
 * Atom feeds of amendments: one per act (every change that made a version, and the act's loss of
 * force) and one for the whole collection. Entries are dated by the amending act; the feed's
 * `updated` is its newest entry, so that a build of the same content gives the same feed.
 */

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  date: string;
  summary: string;
}

/** The amendments of an act as feed entries, newest first: one per version date and amending act. */
export function actFeedEntries(library: Library, act: ActRecord, site: URL): FeedEntry[] {
  if (!act.languages.length) return [];
  const timeline = library.timeline(act.slug);
  const name = actName(act, 'en');
  const lang = act.defaultLanguage ?? act.languages[0]!;
  const entries: FeedEntry[] = [];
  for (const v of timeline.versions) {
    const byAct = new Map<string, typeof v.changes>();
    for (const c of v.changes) byAct.set(c.by.slug, [...(byAct.get(c.by.slug) ?? []), c]);
    for (const [slug, changes] of byAct) {
      const by = library.acts.get(slug);
      const byName = by ? actName(by, 'en') : slug;
      const what = [...new Set(changes.map((c) => changeSummary(c, 'en')))];
      entries.push({
        id: new URL(`${historyPath(act.slug)}#v-${v.date}-${slug}`, site).href,
        title: `${name} changed by ${byName}`,
        // The id stays the address it was first published with; the link goes straight to the page.
        link: new URL(`${historyPath(act.slug, lang)}#v-${v.date}`, site).href,
        date: v.date,
        summary: `${byName} ${what.join(', ')}. The text as in force from ${formatDate(v.date, 'en')}: ${new URL(versionPath(act.slug, lang, v.date), site).href}`,
      });
    }
  }
  const end = timeline.end;
  if (end) {
    const by = end.by ? library.acts.get(end.by) : undefined;
    entries.push({
      id: new URL(`${historyPath(act.slug)}#abrogated`, site).href,
      title: `${name} lost force${by ? `: abrogated by ${actName(by, 'en')}` : ''}`,
      link: new URL(actPath(act.slug), site).href,
      date: end.date,
      summary: `${name} is no longer in force since ${formatDate(end.date, 'en')}${by ? `, abrogated by ${actName(by, 'en')}` : ''}.`,
    });
  }
  return entries.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** Text as HTML that reads as the same text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An Atom 1.0 document of entries. */
export function atomFeed(options: { title: string; path: string; page: string; site: URL; entries: FeedEntry[] }): string {
  const { site, entries } = options;
  const updated = entries.reduce((d, e) => (e.date > d ? e.date : d), '1970-01-01');
  const feed = new Feed({
    id: new URL(options.path, site).href,
    title: options.title,
    link: new URL(options.page, site).href,
    updated: new Date(`${updated}T00:00:00Z`),
    feedLinks: { atom: new URL(options.path, site).href },
    author: { name: 'Kazakhstan legislation', link: site.href },
    generator: false,
    language: 'en',
  });
  for (const e of entries) {
    // The feed library declares an entry's title and summary type="html": as text they would be
    // read as markup (an act number with `</script>` or `&` misread), so they are escaped to HTML.
    feed.addItem({ id: e.id, title: escapeHtml(e.title), link: e.link, date: new Date(`${e.date}T00:00:00Z`), description: escapeHtml(e.summary) });
  }
  return feed.atom1();
}

export function actFeed(library: Library, act: ActRecord, site: URL): string {
  return atomFeed({ title: `Amendments to ${actName(act, 'en')}`, path: actFeedPath(act.slug), page: historyPath(act.slug, act.defaultLanguage ?? act.languages[0]), site, entries: actFeedEntries(library, act, site) });
}

export function siteFeed(library: Library, site: URL, limit = 200): string {
  const entries = [...library.acts.values()]
    .filter((a) => a.inCollection)
    .flatMap((a) => actFeedEntries(library, a, site))
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .slice(0, limit);
  return atomFeed({ title: 'Kazakhstan legislation: amendments', path: siteFeedPath(), page: '/', site, entries });
}
