import type { Language } from '../schemas/language.js';
import type { ActRecord, Library } from '../model/library.js';
import { actName } from '../i18n/index.js';
import type { DataFormat } from '../model/paths.js';
import { workUri } from './frbr.js';
import { toAkomaNtoso } from './akn.js';
import { toPlainText } from './text.js';

/*
 * The open-data files of the collection: for every act with text, every language it has and every
 * version, the JSON, Akoma Ntoso and plain text. The build renders each (src/pages/data/) and the
 * downloads page lists them with their sizes.
 */

export const DATA_FORMATS: Record<DataFormat, { label: string; type: string }> = {
  json: { label: 'JSON', type: 'application/json' },
  akn: { label: 'Akoma Ntoso XML', type: 'application/akn+xml' },
  txt: { label: 'Plain text', type: 'text/plain; charset=utf-8' },
};

export interface DataFile {
  act: string;
  lang: Language;
  date: string;
}

/** Every act, language and version the data covers. */
export function dataFiles(library: Library): DataFile[] {
  const out: DataFile[] = [];
  for (const act of [...library.acts.values()].filter((a) => a.inCollection && a.languages.length).sort((a, b) => a.slug.localeCompare(b.slug))) {
    const timeline = library.timeline(act.slug);
    for (const lang of act.languages) for (const v of timeline.versions) out.push({ act: act.slug, lang, date: v.date });
  }
  return out;
}

/** The content of one data file. */
export function renderDataFile(library: Library, file: DataFile, format: DataFormat): string {
  const act = library.acts.get(file.act)!;
  const doc = library.version(act, file.lang, file.date);
  if (format === 'json') return `${JSON.stringify(doc)}\n`;
  if (format === 'txt') return toPlainText(doc);
  return toAkomaNtoso(doc, {
    timeline: library.timeline(act.slug),
    actName: (slug) => {
      const a = library.acts.get(slug);
      return a ? actName(a, 'en') : slug;
    },
    actUri: (slug) => {
      const a: ActRecord | undefined = library.acts.get(slug);
      return a ? workUri(a) : undefined;
    },
  });
}

