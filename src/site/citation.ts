import type { Language } from '../schemas/language.js';
import type { Provision } from '../schemas/tree.js';
import type { ActRecord } from '../model/library.js';
import { actName, citationIn, formatDate, languageName, pathLabel, unitLabel } from '../i18n/index.js';
import { LANGUAGE_FACTS } from '../model/languages.js';
import { isGrouping } from '../model/provisions.js';

/*
 * Ready-to-paste citations of a provision, in the page's language:
 *   Regulations on the Council, approved by Decree No. 12 of 5 January 2015, para. 5 (as in
 *   force on 21 July 2021)
 */

/** The chain of units from the outermost numbered one down to the provision: "subpara. 3) of para. 5". */
export function provisionPath(ancestors: Provision[], lang: Language): string {
  const units = ancestors.filter((p) => p.num && !isGrouping(p.kind));
  const labels = units.map((p) => unitLabel(p.kind, p.num!, lang));
  if (!labels.length) {
    const last = ancestors[ancestors.length - 1];
    return last?.num ? unitLabel(last.kind, last.num, lang) : '';
  }
  return pathLabel(labels, lang);
}

export function citationText(options: {
  act: ActRecord;
  lang: Language;
  /** Ancestors of the provision, outermost first, ending with the provision itself. */
  ancestors: Provision[];
  /** True when the provision is in the instrument the act approves (att_…). */
  inAttachment: boolean;
  date: string;
  /** The language of the words cited, where not the citation's own (a wording shown in another language). */
  wording?: Language;
}): string {
  const { act, lang, ancestors, inAttachment, date } = options;
  const wording = options.wording ?? lang;
  const short = act.meta?.shortTitles?.[lang];
  const title = act.meta?.titles[lang];
  return citationIn(lang, {
    name: actName(act, lang),
    ...(title ? { title } : {}),
    ...(inAttachment && short ? { approved: { short, kind: act.kind, number: act.number, date: formatDate(act.date, lang) } } : {}),
    path: provisionPath(ancestors, lang),
    version: formatDate(date, lang),
    // Only Kazakh and Russian texts have legal force: any other, or another language's words
    // on this page, is said so in the citation a reader copies.
    ...(wording !== lang || !LANGUAGE_FACTS[wording].official ? { wording: { name: languageName(wording, lang), official: LANGUAGE_FACTS[wording].official } } : {}),
  });
}
