import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Checks an Atom 1.0 document against the rules of RFC 4287 that can be checked without a schema:
 * the namespace; a feed's id, title, updated and self link; an author for the feed or every entry;
 * every entry's id, title, updated and link; ids that are absolute IRIs and unique; dates in
 * RFC 3339. Returns the problems found, and the entries.
 */
export function checkAtom(xml: string): { problems: string[]; entries: Array<{ id: string; title: string; updated: string; link: string; summary?: string }> } {
  const problems: string[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { problems: [`not well formed: ${valid.err.msg} at ${valid.err.line}:${valid.err.col}`], entries: [] };
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_n: string, _p: unknown, _l: boolean, attr: boolean) => !attr }).parse(xml);
  const feed = doc.feed?.[0];
  if (!feed) return { problems: ['the root element is not <feed>'], entries: [] };
  if (feed['@xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('the feed is not in the Atom namespace');
  const text = (v: unknown): string => (typeof v === 'string' ? v : v && typeof v === 'object' && '#text' in v ? String((v as { '#text': unknown })['#text']) : String(v ?? ''));
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  const absolute = (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s);
  const one = (el: Record<string, unknown[]>, name: string, where: string) => {
    const list = el[name] ?? [];
    if (list.length !== 1) problems.push(`${where}: ${list.length} <${name}> elements, not one`);
    return text(list[0]);
  };
  const feedId = one(feed, 'id', 'feed');
  if (!absolute(feedId)) problems.push(`feed id "${feedId}" is not an absolute IRI`);
  one(feed, 'title', 'feed');
  if (!rfc3339.test(one(feed, 'updated', 'feed'))) problems.push('feed updated is not an RFC 3339 date');
  if (!(feed.link ?? []).some((l: Record<string, string>) => l['@rel'] === 'self' && absolute(l['@href'] ?? ''))) problems.push('feed has no absolute self link');
  const feedAuthor = (feed.author ?? []).length > 0;
  const ids = new Set<string>();
  const entries = (feed.entry ?? []).map((e: Record<string, unknown[]>, i: number) => {
    const where = `entry ${i + 1}`;
    const id = one(e, 'id', where);
    if (!absolute(id)) problems.push(`${where}: id "${id}" is not an absolute IRI`);
    if (ids.has(id)) problems.push(`${where}: id "${id}" is used twice`);
    ids.add(id);
    const updated = one(e, 'updated', where);
    if (!rfc3339.test(updated)) problems.push(`${where}: updated "${updated}" is not RFC 3339`);
    const links = (e.link ?? []) as Array<Record<string, string>>;
    const alternate = links.find((l) => (l['@rel'] ?? 'alternate') === 'alternate');
    if (!alternate?.['@href']) problems.push(`${where}: no alternate link`);
    if (!feedAuthor && !(e.author ?? []).length) problems.push(`${where}: no author, and the feed has none`);
    const summary = e.summary ? text(e.summary[0]) : undefined;
    return { id, title: one(e, 'title', where), updated, link: alternate?.['@href'] ?? '', ...(summary ? { summary } : {}) };
  });
  return { problems, entries };
}
