import type { APIRoute, GetStaticPaths } from 'astro';
import { isBuilt, loadLibrary } from '../../../../../loaders/library.js';
import { DATA_FORMATS, dataFiles, renderDataFile } from '../../../../../data/files.js';
import { DATA_EXTENSIONS, type DataFormat } from '../../../../../model/paths.js';
import type { Language } from '../../../../../schemas/language.js';

/**
 * /data/acts/{act}/{lang}/{date}.{json|akn.xml|txt}: one version as JSON (src/schemas/data.ts),
 * Akoma Ntoso 3.0 XML or plain text. The three formats of a version are listed together, so that
 * the version document they share is assembled once (src/data/files.ts keeps the last one).
 */
export const getStaticPaths = (async () =>
  dataFiles(await loadLibrary()).filter((f) => isBuilt(f.act)).flatMap((f) =>
    (Object.keys(DATA_EXTENSIONS) as DataFormat[]).map((format) => ({
      params: { act: f.act, lang: f.lang, file: `${f.date}.${DATA_EXTENSIONS[format]}` },
      props: { date: f.date, format },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const { date, format } = props as { date: string; format: DataFormat };
  const body = renderDataFile(await loadLibrary(), { act: params.act!, lang: params.lang as Language, date }, format);
  return new Response(body, { headers: { 'content-type': DATA_FORMATS[format].type } });
};
