/*
 * The 404 page, written in three languages: the one of the address is kept, the others removed
 * (all three stay without JavaScript). An address of a date that is not a version's first day
 * (`/acts/{act}/{lang}/2015-03-10/`) is the version in force on that date. The act's version
 * index says which; the page goes there, keeping the provision (#eId). Before the act's
 * adoption or after it lost force, the page says so and links to the act. An address of the
 * comparison of two versions that has no page of its own (only consecutive versions, and each
 * version with the last, have one) goes to the act's chooser, which compares them in the browser.
 */
import { versionOnDate, type VersionIndex } from '../versioning/on-date.js';
import { LANGUAGES, type Language } from '../model/languages.js';
import { chosenComparison } from '../site/pages/compare-choice.js';
import { addressLanguage, compareChooserPath } from '../model/paths.js';
import { fill } from '../i18n/fill.js';

const match = new RegExp(`^/acts/([a-z0-9-]+)/(${LANGUAGES.join('|')})/(\\d{4}-\\d{2}-\\d{2})/?$`).exec(location.pathname);
const pathLang = addressLanguage(location.pathname);
const sections = [...document.querySelectorAll<HTMLElement>('section.not-found')];
const shown = sections.find((s) => s.dataset.lang === pathLang) ?? sections[0];
for (const s of sections) if (s !== shown) s.remove();
if (shown && shown.dataset.lang !== document.documentElement.lang) {
  // The page speaks the shown section's language, its header and footer too; its heading is the page's h1.
  document.documentElement.lang = shown.dataset.lang ?? 'en';
  shown.removeAttribute('lang');
  const words = JSON.parse(shown.dataset.siteWords ?? '{}') as Record<string, [string | null, string?]>;
  for (const el of document.querySelectorAll<HTMLElement>('[data-site]')) {
    const [text, href] = words[el.dataset.site ?? ''] ?? [];
    if (el instanceof HTMLFormElement) {
      if (href) el.action = href;
    } else if (el instanceof HTMLInputElement) {
      if (text) el.placeholder = text;
    } else {
      if (text) el.textContent = text;
      if (href && el instanceof HTMLAnchorElement) el.href = href;
    }
  }
  const h = shown.querySelector('h2');
  if (h) {
    const h1 = document.createElement('h1');
    h1.textContent = h.textContent;
    h.replaceWith(h1);
  }
}
const help = shown?.querySelector<HTMLElement>('.date-help');

async function resolve(act: string, lang: string, date: string) {
  const response = await fetch(`/acts/${act}/versions.json`);
  if (!response.ok || !help || !shown) return;
  const index = (await response.json()) as VersionIndex;
  const found = versionOnDate(index, date);
  const base = `/acts/${act}/${lang}/`;
  if (found.kind === 'version') {
    location.replace(`${base}${found.date}/${location.hash}`);
    return;
  }
  const link = document.createElement('a');
  link.href = base;
  link.textContent = shown.dataset.theAct ?? 'the act';
  const template = (found.kind === 'before' ? shown.dataset.before : shown.dataset.after) ?? '';
  const values: Record<string, string> = { date, first: found.kind === 'before' ? found.first : '', end: found.kind === 'before' ? '' : found.end };
  help.replaceChildren(fill(template, values), ' ', link, '.');
  help.hidden = false;
}

const comparison = new RegExp(`^/acts/([a-z0-9-]+)/(${LANGUAGES.join('|')})/compare/(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})/?$`).exec(location.pathname);

async function compareElsewhere(act: string, lang: Language, from: string, to: string) {
  const response = await fetch(`/acts/${act}/versions.json`);
  if (!response.ok) return;
  const index = (await response.json()) as VersionIndex;
  const chosen = chosenComparison(act, lang, index.versions.map((v) => v.date), from, to);
  if (chosen) location.replace(`${compareChooserPath(act, lang)}?${new URLSearchParams({ from: chosen.from, to: chosen.to })}${location.hash}`);
}

if (comparison) void compareElsewhere(comparison[1]!, comparison[2] as Language, comparison[3]!, comparison[4]!);
if (match && /^\d{4}-\d{2}-\d{2}$/.test(match[3]!) && !Number.isNaN(Date.parse(match[3]!))) void resolve(match[1]!, match[2]!, match[3]!);
export {};
