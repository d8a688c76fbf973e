import type { Language } from '../schemas/language.js';
import type { ActRecord } from '../model/library.js';
import { LANGUAGE_FACTS } from '../model/languages.js';

/*
 * The Akoma Ntoso FRBR identity of acts and their versions: the work (the act) and its
 * expressions (the act in one language as in force from one date).
 */

/** Akoma Ntoso FRBR work URI: `/akn/kz/act/decree/2015-01-05/12`. */
export function workUri(act: Pick<ActRecord, 'kind' | 'date' | 'number'>): string {
  // An act without a number (the Constitution) takes the placeholder `nn` in its place.
  return `/akn/kz/act/${act.kind}/${act.date}/${encodeURIComponent(act.number.toLowerCase() || 'nn')}`;
}

/** Akoma Ntoso FRBR expression URI: `/akn/kz/act/decree/2015-01-05/12/eng@2021-07-21`. */
export function expressionUri(act: Pick<ActRecord, 'kind' | 'date' | 'number'>, lang: Language, date: string): string {
  return `${workUri(act)}/${LANGUAGE_FACTS[lang].iso6392}@${date}`;
}
