import type { Language } from '../schemas/language.js';
import type { AmendmentAction } from '../schemas/amendment.js';
import type { ProvisionKind } from '../schemas/tree.js';
import { LANGUAGE_FACTS } from '../model/languages.js';
import { LIST_PREFIX, eIdSegments } from '../model/provisions.js';
import en, { type Citation, type Dictionary } from './en.js';
import ru from './ru.js';
import kk from './kk.js';

/*
 * The interface in the site's languages: one dictionary per language (./en.ts, ./ru.ts,
 * ./kk.ts, each the same shape: its words, and how the language writes dates, acts, provisions
 * and citations), and the grammar they need (./grammar.ts). Nothing here knows a language: a
 * language is its dictionary. A text page speaks the language of its text.
 */

export const DICTIONARIES: Record<Language, Dictionary> = { en, ru, kk };

export type StringKey = keyof Dictionary['strings'];

export function t(lang: Language, key: StringKey): string {
  return DICTIONARIES[lang].strings[key];
}

/** `21 July 2021`, `21 июля 2021 г.`, `2021 жылғы 21 шілде`. */
export function formatDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return DICTIONARIES[lang].format.date(d, m, y);
}

export function kindName(kind: string, lang: Language): string {
  return (DICTIONARIES[lang].kinds as Record<string, string>)[kind] ?? kind;
}

/** "Decree No. 12 of 21 July 2021", "Указ № 12 от 21 июля 2021 г.", "2021 жылғы 21 шілдедегі № 12 Жарлық". */
export function actName(act: { kind: string; number: string; date: string }, lang: Language): string {
  return DICTIONARIES[lang].format.act(kindName(act.kind, lang), act.number, formatDate(act.date, lang));
}

/** "In force on or after 18 February 2022": a start the collection bounds but does not give. */
export function onOrAfter(date: string, lang: Language): string {
  return DICTIONARIES[lang].format.onOrAfter(formatDate(date, lang));
}

/** The label of the nearest wording the collection holds for a unit whose wording on a date it does not. */
export function nearestLabel(from: string, until: string | undefined, lang: Language): string {
  return DICTIONARIES[lang].format.nearest(formatDate(from, lang), until ? formatDate(until, lang) : undefined);
}

/** Why a unit's wording on a date is unknown: two editions differ and no note dates the change. */
export function unrecordedChange(from: string, to: string, lang: Language): string {
  return endSentence(DICTIONARIES[lang].format.unrecorded(formatDate(from, lang), formatDate(to, lang)));
}

/** "since 27 December 2024", "с 27 декабря 2024 г.", "2024 жылғы 27 желтоқсаннан бастап". */
/** How current the collection is for an act (dates as ISO strings). */
export function currencyStatement(latest: string, retrieved: string | undefined, lang: Language): string {
  // Two sentences: the first may end in a date that ends in a full stop ("2026 г.").
  const [first, second] = DICTIONARIES[lang].format.currency(formatDate(latest, lang), retrieved ? formatDate(retrieved, lang) : undefined);
  return `${endSentence(first)} ${second}`;
}

/** "published on 10 January 2019": an amending act's official publication. */
export function publishedOn(date: string, lang: Language): string {
  return DICTIONARIES[lang].format.published(formatDate(date, lang));
}

export function sinceDate(date: string, lang: Language): string {
  return DICTIONARIES[lang].format.since(formatDate(date, lang));
}

export function actionLabel(action: AmendmentAction, lang: Language, heading = false): string {
  const label = DICTIONARIES[lang].actions[action];
  return heading ? DICTIONARIES[lang].format.heading(label) : label;
}

/** What an amending act did, as an English verb, for summaries ("Decree No. 12 reworded para. 25"). */
export const ACTION_VERBS: Record<AmendmentAction, string> = en.verbs;

export function unitLabel(kind: ProvisionKind, num: string, lang: Language): string {
  return DICTIONARIES[lang].units[kind](num);
}

/**
 * What a change did, to exactly what: "excluded subpara. 4) of Art. 6", "reworded para. 5",
 * "amended the heading of Chapter 2". The provisions are those the notes name.
 */
export function changeSummary(c: { action: AmendmentAction; scope: string; unit?: string; targets: string[] }, lang: Language): string {
  const d = DICTIONARIES[lang];
  const whole = !c.targets.length && !c.unit;
  const what = c.targets.length ? c.targets.map((e) => eIdLabel(e, lang)).join(', ') : c.unit ? eIdLabel(c.unit, lang) : d.strings.theText;
  return d.format.didTo(d.verbs[c.action], what, { heading: c.scope === 'heading', whole });
}

/** Designations of nested provisions, outermost first, as one label: "subpara. 3) of para. 5". */
export function pathLabel(labels: string[], lang: Language): string {
  return DICTIONARIES[lang].format.path(labels);
}

/**
 * A reader's label for an eId: `att_1__para_5__subpara_3` → "subpara. 3) of para. 5",
 * `att_1__chp_2` → "Chapter 2" (chapters are numbered by place), `preamble` → "Preamble".
 */
export function eIdLabel(eId: string, lang: Language): string {
  const parts = eIdSegments(eId).filter((p) => p.prefix !== 'att');
  if (!parts.length) {
    const att = eIdSegments(eId)[0];
    if (att?.prefix === 'att' && att.num) return DICTIONARIES[lang].format.attachment(att.num);
    return eId === 'act' ? t(lang, 'theAct') : eId;
  }
  if (parts[parts.length - 1]!.prefix === 'preamble') {
    // The preamble of an attachment is named with it: an act and each attachment may have one.
    const att = eIdSegments(eId).find((p) => p.prefix === 'att');
    return att?.num ? DICTIONARIES[lang].format.attachmentPreamble(att.num) : t(lang, 'preamble');
  }
  const units = parts.map((p) =>
    p.kind && p.num ? unitLabel(p.kind, p.num, lang) : p.prefix === LIST_PREFIX && p.num ? DICTIONARIES[lang].format.list(p.num) : undefined,
  );
  if (units.some((u) => u === undefined)) return eId;
  return pathLabel(units as string[], lang);
}

/** A language's name as `lang`'s sentences use it ("The Russian wording", «на русском языке»). */
export function languageName(name: Language, lang: Language): string {
  return DICTIONARIES[lang].languageNames[name] ?? LANGUAGE_FACTS[name].english;
}

/** Ends a sentence with a full stop unless it already has one ("… 2024 г."). */
export function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * The notice over a wording shown in another language than the page's, because no edition of
 * the page's language holds the wording in force on the date.
 */
export function fallbackNotice(page: Language, shown: Language): string {
  return DICTIONARIES[page].format.fallback(languageName(shown, page));
}

/** A ready-to-paste citation in a language. */
export function citationIn(lang: Language, citation: Citation): string {
  return DICTIONARIES[lang].format.citation(citation);
}

export type { Citation };
