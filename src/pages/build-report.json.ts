import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { EditionEntry } from '../schemas/edition.js';

/** /build-report.json: every warning the parsers reported on the sources of this build. */
export const GET: APIRoute = async () => {
  const editions = await getCollection('editions');
  const report = editions
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => ({
      edition: e.id,
      file: (e.data as EditionEntry).file,
      diagnostics: (e.data as EditionEntry).diagnostics.filter((d) => d.severity !== 'error'),
    }));
  return new Response(JSON.stringify({ editions: report }, null, 2), { headers: { 'content-type': 'application/json' } });
};
