import type { Language } from '../../schemas/language.js';
import type { ActRecord } from '../../model/library.js';
import { WORDING_ORDER } from '../../model/languages.js';
import { textLanguages } from './site.js';
import { actName, t } from '../../i18n/index.js';
import { historyPath, orgPath, textPath } from '../../model/paths.js';

/*
 * One page per text. Some addresses show a text that has its own page elsewhere: an act's
 * landing address (`/acts/{act}/`: the act in its default language), its history and org chart
 * without a language (the default language's), and the latest version's dated address (the
 * current text, at `/acts/{act}/{lang}/`). Each is kept, so that every link to it works, as a
 * small page that leads on to where the text is: at once by a script that keeps the provision
 * asked for (`#eId`) and, on a landing address, opens the language the reader chose before;
 * without JavaScript by `<meta http-equiv="refresh">`; failing both, by its link. A dated
 * address becomes a page of its own when a later version is added.
 */

export type MovedAddress =
  /** `/acts/{act}/` */
  | { kind: 'landing' }
  /** `/acts/{act}/history/` and `/acts/{act}/org/` */
  | { kind: 'history' | 'org' }
  /** `/acts/{act}/{lang}/{date}/` of the latest version */
  | { kind: 'latest'; lang: Language };

export interface MovedPage {
  /** The language of the page where the address leads, and of this page's words. */
  lang: Language;
  title: string;
  description: string;
  /** Where the text is. */
  to: string;
  /** The words before the link. */
  lead: string;
  /** On a landing address, the act's page in each of its languages: a script opens the reader's. */
  choices?: Partial<Record<Language, string>>;
}

export function movedPage(act: ActRecord, address: MovedAddress): MovedPage {
  // An act with no text in the collection has a page in every language; its landing opens the
  // first official one.
  const languages = textLanguages(act);
  const lang = address.kind === 'latest' ? address.lang : (act.defaultLanguage ?? WORDING_ORDER.find((l) => languages.includes(l)) ?? languages[0]!);
  const to =
    address.kind === 'history' ? historyPath(act.slug, lang) : address.kind === 'org' ? orgPath(act.slug, lang) : textPath(act.slug, lang);
  const title = actName(act, lang);
  const lead = t(lang, 'movedTo');
  const page: MovedPage = { lang, title, description: `${title}: ${lead} ${to}`, to, lead };
  if (address.kind === 'landing') page.choices = Object.fromEntries(languages.map((l) => [l, textPath(act.slug, l)]));
  return page;
}
