import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLibrary } from '../../../../../site/load.js';
import { DATA_FORMATS, dataFiles, renderDataFile } from '../../../../../data/files.js';
import type { Language } from '../../../../../schemas/language.js';

/** /data/acts/{act}/{lang}/{date}.akn.xml: the version as Akoma Ntoso 3.0 XML. */
export const getStaticPaths = (async () => dataFiles(await loadLibrary()).map((f) => ({ params: { act: f.act, lang: f.lang, date: f.date } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const library = await loadLibrary();
  const body = renderDataFile(library, { act: params.act!, lang: params.lang as Language, date: params.date! }, 'akn');
  return new Response(body, { headers: { 'content-type': DATA_FORMATS.akn.type } });
};
