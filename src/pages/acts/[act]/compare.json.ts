import type { APIRoute, GetStaticPaths } from 'astro';
import { builtActs, loadLibrary } from '../../../loaders/library.js';
import { compareData } from '../../../site/pages/compare.js';
import { comparedInBrowser } from '../../../site/pages/compare-choice.js';

/**
 * /acts/{act}/compare.json: the act's comparable timeline and the site's links in each language,
 * from which the browser compares two versions no page prerenders (src/site/pages/compare.ts).
 */
export const getStaticPaths = (async () => {
  const library = await loadLibrary();
  return builtActs(library)
    .filter((a) => a.languages.length && comparedInBrowser(library.timeline(a.slug).versions.map((v) => v.date)))
    .map((a) => ({ params: { act: a.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const library = await loadLibrary();
  const act = library.acts.get(params.act!)!;
  return new Response(JSON.stringify(compareData(library, act)), { headers: { 'content-type': 'application/json' } });
};
