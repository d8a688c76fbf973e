import type { Language } from '../schemas/language.js';
import type { Provision } from '../schemas/tree.js';
import type { ActRecord } from '../model/library.js';
import { actName, formatDate, kkLocative, unitLabel } from './i18n.js';
import { isGrouping } from '../model/provisions.js';

/*
 * Ready-to-paste citations of a provision, in the page's language:
 *   Regulations on the Council, approved by Decree No. 12 of 5 January 2015, para. 5 (as in
 *   force on 21 July 2021)
 */

const INSTRUMENTAL_RU: Record<string, string> = { decree: 'Указом', law: 'Законом', resolution: 'Постановлением', order: 'Приказом' };
const INSTRUMENTAL_KK: Record<string, string> = { decree: 'Жарлығымен', law: 'Заңымен', resolution: 'Қаулысымен', order: 'Бұйрығымен' };

/** The chain of units from the outermost numbered one down to the provision: "subpara. 3) of para. 5". */
export function provisionPath(ancestors: Provision[], lang: Language): string {
  const units = ancestors.filter((p) => p.num && !isGrouping(p.kind));
  const labels = units.map((p) => unitLabel(p.kind, p.num!, lang));
  if (!labels.length) {
    const last = ancestors[ancestors.length - 1];
    return last?.num ? unitLabel(last.kind, last.num, lang) : '';
  }
  if (lang === 'en') return labels.reverse().join(' of ');
  if (lang === 'ru') return labels.reverse().join(' ');
  return labels.join(', ');
}

export function citationText(options: {
  act: ActRecord;
  lang: Language;
  /** Ancestors of the provision, outermost first, ending with the provision itself. */
  ancestors: Provision[];
  /** True when the provision is in the instrument the act approves (att_…). */
  inAttachment: boolean;
  date: string;
}): string {
  const { act, lang, ancestors, inAttachment, date } = options;
  const meta = act.meta;
  const path = provisionPath(ancestors, lang);
  const name = actName(act, lang);
  const short = meta?.shortTitles?.[lang];
  const title = meta?.titles[lang];
  if (lang === 'ru') {
    const number = `от ${formatDate(act.date, 'ru')} № ${act.number}`;
    const head = inAttachment && short ? `${short}, утверждённое ${INSTRUMENTAL_RU[act.kind] ?? ''} ${number}`.replace(/\s+/g, ' ') : `${name}${title ? ` «${title}»` : ''}`;
    return `${head}, ${path} (в редакции по состоянию на ${formatDate(date, 'ru')})`;
  }
  if (lang === 'kk') {
    const number = `${kkLocative(formatDate(act.date, 'kk'))} № ${act.number}`;
    const head = inAttachment && short ? `${number} ${INSTRUMENTAL_KK[act.kind] ?? ''} бекітілген ${short}` : `${name}${title ? ` «${title}»` : ''}`;
    return `${head}, ${path} (${kkLocative(formatDate(date, 'kk'))} редакциясы)`;
  }
  const head = inAttachment && short ? `${short}, approved by ${name}` : `${name}${title ? ` “${title}”` : ''}`;
  return `${head}, ${path} (as in force on ${formatDate(date, 'en')})`;
}
