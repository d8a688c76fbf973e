import type { APIRoute } from 'astro';
import { loadLibrary } from '../loaders/library.js';
import { siteFeed } from '../data/feeds.js';

/** /feed.xml: an Atom feed of the amendments to every act in the collection, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const library = await loadLibrary();
  return new Response(siteFeed(library, site!), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
