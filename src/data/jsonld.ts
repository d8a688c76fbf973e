import type { Language } from '../schemas/language.js';
import type { ActRecord, Library } from '../model/library.js';
import { LANGUAGE_FACTS, inLanguage } from '../model/languages.js';
import { actName, kindName } from '../i18n/index.js';
import { actPath, dataPath, textPath, versionPath, type DataFormat } from '../model/paths.js';
import { DATA_FORMATS } from './files.js';
import { workUri } from './frbr.js';

/*
 * schema.org `Legislation` for an act's pages, as JSON-LD: what the act is, the version and
 * language shown, whether it is in force, the acts that changed or repealed it (as reverse
 * properties: the repealing act `legislationRepeals` this act) and the acts it changed, its language
 * versions (`workExample`) and the data files of the version shown (`encoding`).
 */

const SCHEMA = 'https://schema.org/';

/** An act as a node: its page, name and identifier. */
function actNode(act: ActRecord, site: URL) {
  return {
    '@type': 'Legislation',
    '@id': new URL(actPath(act.slug), site).href,
    name: act.meta?.titles.en ?? actName(act, 'en'),
    alternateName: actName(act, 'en'),
    legislationIdentifier: workUri(act),
    legislationType: kindName(act.kind, 'en'),
    legislationDate: act.date,
  };
}

export function legislationJsonLd(library: Library, act: ActRecord, lang: Language, date: string, site: URL): Record<string, unknown> {
  const meta = act.meta;
  const timeline = act.languages.length ? library.timeline(act.slug) : undefined;
  const current = timeline?.versions[timeline.versions.length - 1];
  const repealedBy = meta?.status.abrogated?.by ? library.acts.get(meta.status.abrogated.by) : undefined;
  // Acts that changed this one (other than by repealing it), and what this act did to others.
  const amendedBy = [...new Set((timeline?.changes ?? []).map((c) => c.by.slug))];
  const node = (slug: string) => {
    const a = library.acts.get(slug);
    return a ? actNode(a, site) : { '@type': 'Legislation', name: slug };
  };
  const amends = [...new Set(act.changesMade.map((c) => c.act))].map(node);
  const repeals = act.repealed.map(node);
  const page = date && current && date !== current.date ? versionPath(act.slug, lang, date) : textPath(act.slug, lang);
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    ...actNode(act, site),
    name: inLanguage(meta?.titles, lang) ?? actName(act, lang),
    alternateName: actName(act, lang),
    url: new URL(page, site).href,
    inLanguage: lang,
    legislationJurisdiction: { '@type': 'Country', name: 'Kazakhstan', identifier: 'KZ' },
    legislationLegalForce: `${SCHEMA}${meta?.status.abrogated ? 'NoLongerInForce' : meta?.status.inForce === false ? 'NotInForce' : 'InForce'}`,
  };
  if (date) ld.legislationDateVersion = date;
  if (meta?.issuer?.en) ld.legislationPassedBy = { '@type': 'Organization', name: meta.issuer.en };
  if (amends.length) {
    ld.legislationAmends = amends;
    ld.legislationChanges = amends;
  }
  if (repeals.length) ld.legislationRepeals = repeals;
  const reverse: Record<string, unknown> = {};
  if (repealedBy) reverse.legislationRepeals = actNode(repealedBy, site);
  if (amendedBy.length) reverse.legislationAmends = amendedBy.map(node);
  if (Object.keys(reverse).length) ld['@reverse'] = reverse;
  if (act.languages.length) {
    ld.workExample = act.languages.map((l) => ({
      '@type': 'Legislation',
      '@id': new URL(textPath(act.slug, l), site).href,
      inLanguage: l,
      name: meta?.titles[l] ?? actName(act, l),
      legislationLegalValue: `${SCHEMA}${LANGUAGE_FACTS[l].official ? 'OfficialLegalValue' : 'UnofficialLegalValue'}`,
    }));
  }
  if (date && act.languages.includes(lang)) {
    ld.encoding = (Object.keys(DATA_FORMATS) as DataFormat[]).map((format) => ({
      '@type': 'LegislationObject',
      contentUrl: new URL(dataPath(act.slug, lang, date, format), site).href,
      encodingFormat: DATA_FORMATS[format].type.split(';')[0],
      inLanguage: lang,
    }));
  }
  return ld;
}

/** JSON-LD as a string safe inside a <script> element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
