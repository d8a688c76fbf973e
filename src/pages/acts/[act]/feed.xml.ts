import type { APIRoute, GetStaticPaths } from 'astro';
import { builtActs, loadLibrary } from '../../../loaders/library.js';
import { actFeed } from '../../../data/feeds.js';

/** /acts/{act}/feed.xml: an Atom feed of the act's amendments. */
export const getStaticPaths = (async () => {
  const library = await loadLibrary();
  return builtActs(library).filter((a) => a.inCollection && a.languages.length).map((a) => ({ params: { act: a.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const library = await loadLibrary();
  return new Response(actFeed(library, library.acts.get(params.act!)!, site!), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
