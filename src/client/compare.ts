/*
 * Two versions no page prerenders, compared in the browser: the act's comparable timeline and
 * links (`/acts/{act}/compare.json`) through the renderer of the prerendered comparison pages
 * (src/site/pages/comparison.ts), so both show the same thing. Loaded only when needed.
 */
import { comparisonBody, comparisonTitles, publishedLinks, type CompareData } from '../site/pages/comparison.js';
import type { Language } from '../model/languages.js';

/** Compares `from` and `to` into `target` (the chooser page's `[data-comparison]`): false if the data cannot be loaded. */
export async function showComparison(target: HTMLElement, lang: Language, from: string, to: string): Promise<boolean> {
  const act = target.dataset.comparison ?? '';
  target.hidden = false;
  target.setAttribute('aria-busy', 'true');
  target.textContent = target.dataset.loading ?? '';
  try {
    const response = await fetch(`/acts/${act}/compare.json`);
    if (!response.ok) throw new Error(String(response.status));
    const data = (await response.json()) as CompareData;
    const body = comparisonBody(data.timeline, lang, from, to, publishedLinks(data, lang));
    const titles = comparisonTitles(lang, from, to, target.dataset.name ?? '');
    document.title = titles.title;
    const heading = document.querySelector<HTMLElement>('[data-comparison-heading]');
    if (heading) heading.textContent = titles.heading;
    // The renderer escapes every text it is given (the same HTML as the prerendered pages').
    target.innerHTML = body.html;
    // An address that named a provision (`#eId`) lands on it now that it is there.
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    return true;
  } catch {
    const failed = document.createElement('p');
    failed.className = 'notice';
    failed.textContent = target.dataset.failed ?? '';
    target.replaceChildren(failed);
    return false;
  } finally {
    target.removeAttribute('aria-busy');
  }
}
