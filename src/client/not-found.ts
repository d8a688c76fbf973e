/*
 * The 404 page: an address of a date that is not a version's first day
 * (`/acts/{act}/{lang}/2015-03-10/`) is the version in force on that date. The act's version
 * index says which; the page goes there, keeping the provision (#eId). Before the act's
 * adoption or after it lost force, the page says so and links to the act.
 */
import { versionOnDate, type VersionIndex } from '../versioning/on-date.js';
import { LANGUAGES } from '../model/languages.js';

const match = new RegExp(`^/acts/([a-z0-9-]+)/(${LANGUAGES.join('|')})/(\\d{4}-\\d{2}-\\d{2})/?$`).exec(location.pathname);
const help = document.getElementById('date-help');

async function resolve(act: string, lang: string, date: string) {
  const response = await fetch(`/acts/${act}/versions.json`);
  if (!response.ok || !help) return;
  const index = (await response.json()) as VersionIndex;
  const found = versionOnDate(index, date);
  const base = `/acts/${act}/${lang}/`;
  if (found.kind === 'version') {
    location.replace(`${base}${found.date}/${location.hash}`);
    return;
  }
  const link = document.createElement('a');
  link.href = base;
  link.textContent = 'the act';
  help.replaceChildren(
    found.kind === 'before' ? `The act was not yet adopted on ${date}: its first version is of ${found.first}. See ` : `The act was no longer in force on ${date}: it lost force on ${found.end}. See `,
    link,
    '.',
  );
  help.hidden = false;
}

if (match && /^\d{4}-\d{2}-\d{2}$/.test(match[3]!) && !Number.isNaN(Date.parse(match[3]!))) void resolve(match[1]!, match[2]!, match[3]!);
export {};
