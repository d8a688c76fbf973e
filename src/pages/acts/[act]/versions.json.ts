import type { APIRoute, GetStaticPaths } from 'astro';
import { builtActs, loadLibrary } from '../../../loaders/library.js';
import type { VersionIndex } from '../../../versioning/on-date.js';

/** /acts/{act}/versions.json: the act's life and versions, for resolving any date in the browser. */
export const getStaticPaths = (async () => {
  const library = await loadLibrary();
  return builtActs(library).filter((a) => a.languages.length).map((a) => ({ params: { act: a.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const library = await loadLibrary();
  const timeline = library.timeline(params.act!);
  const index: VersionIndex = { act: timeline.act, start: timeline.start, versions: timeline.versions.map((v) => ({ date: v.date, exact: v.exact })) };
  if (timeline.end) index.end = { date: timeline.end.date, ...(timeline.end.by ? { by: timeline.end.by } : {}) };
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } });
};
