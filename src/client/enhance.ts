/*
 * Progressive enhancement, loaded as an external module (the CSP forbids inline scripts).
 * Reading works without it: citations are on the page, links are links.
 *  - A provision's tools (Cite) get their copy button and links when opened.
 *  - The language switch keeps the provision you are at (#eId) when you change language, and
 *    remembers the language chosen: an act's landing address opens in it next time.
 *  - An address whose text has its page elsewhere goes on to it, keeping the #eId.
 *  - On a wide screen, the contents and the version facts are open, and the contents mark the
 *    part of the text being read.
 */
import { versionOnDate, type VersionIndex } from '../versioning/on-date.js';
import { chosenComparison } from '../site/pages/compare-choice.js';
import type { Language } from '../model/languages.js';
import { actMatches, compareActs, type ActRowFacts, type ActSort } from '../site/acts-filter.js';
import { fill } from '../i18n/fill.js';
import { el } from './dom.js';
import { eIdOf, sharedLinks, type ToolLinks, type ToolsPage } from '../site/tools.js';

function announce(message: string) {
  const region = document.getElementById('live');
  if (region) region.textContent = message;
}

/** Copies the citation beside the button, with the dated permanent link; where the clipboard is refused, selects it. */
function copyCitation(button: HTMLButtonElement, words: ToolsPage['words']) {
  return async () => {
    const tools = button.closest('.tools');
    const citation = tools?.querySelector('[data-citation]')?.textContent?.trim() ?? '';
    const link = tools?.querySelector<HTMLAnchorElement>('a[data-permalink]');
    const text = link ? `${citation} ${link.href}` : citation;
    try {
      await navigator.clipboard.writeText(text);
      announce(words.copied);
      // Seen where it was clicked, not only heard.
      button.textContent = words.copied;
      setTimeout(() => (button.textContent = words.copy), 3000);
    } catch {
      const node = tools?.querySelector('[data-citation]');
      if (node) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
    }
  };
}

// A provision's tools, built the first time they are opened (src/site/tools.ts).
const toolsPages = new WeakMap<HTMLElement, ToolsPage>();
function buildTools(details: HTMLDetailsElement) {
  const container = details.closest<HTMLElement>('[data-tools]');
  if (!container || details.querySelector('button[data-copy]')) return;
  let page = toolsPages.get(container);
  if (!page) toolsPages.set(container, (page = JSON.parse(container.dataset.tools ?? '{}') as ToolsPage));
  const eId = eIdOf(details.closest<HTMLElement>('[data-eid]')?.dataset.eid ?? '', page);
  const links = details.dataset.links ? (JSON.parse(details.dataset.links) as ToolLinks) : sharedLinks(page, eId);
  const label = details.querySelector('summary .visually-hidden')?.textContent ?? '';
  const button = el('button', { type: 'button', textContent: page.words.copy });
  button.dataset.copy = '';
  button.addEventListener('click', copyCitation(button, page.words));
  const permalink = el('a', { href: links.permalink, textContent: links.permalink });
  permalink.dataset.permalink = '';
  const items = [
    el('li', {}, permalink),
    el('li', {}, el('a', { href: links.history }, page.words.history, el('span', { className: 'visually-hidden', textContent: label }))),
    ...links.others.map((o) => el('li', {}, el('a', { href: o.href, hreflang: o.lang, lang: o.lang, textContent: page.words.autonyms[o.lang] ?? o.lang }))),
  ];
  details.append(el('p', {}, button), el('ul', { className: 'inline-list' }, ...items));
}
// `toggle` does not bubble: listened for on the way down.
document.addEventListener(
  'toggle',
  (event) => {
    const details = event.target;
    if (details instanceof HTMLDetailsElement && details.open && details.classList.contains('tools')) buildTools(details);
  },
  true,
);

const PREFERENCE = 'kz-law:language';

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(PREFERENCE);
  } catch {
    return null;
  }
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) {
  link.addEventListener('click', () => {
    if (location.hash) link.href = link.href.replace(/#.*$/, '') + location.hash;
  });
}
for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switch a[hreflang]')) {
  link.addEventListener('click', () => {
    try {
      localStorage.setItem(PREFERENCE, link.hreflang);
    } catch {
      // Storage refused (private mode): the choice holds for this page only.
    }
  });
}

// An address whose text has its page elsewhere (src/site/pages/moved.ts) goes on at once,
// keeping the provision asked for (`#eId`), which `<meta http-equiv="refresh">` would lose. An
// act's landing address opens the language the reader chose before, or else the other official
// language where the browser asks for it, or else the act's default language. English is opened
// only by choice: it is an unofficial translation.
const moved = document.querySelector<HTMLElement>('[data-moved]');
if (moved) {
  const choices = JSON.parse(moved.dataset.choices ?? '{}') as Record<string, string>;
  const browser = navigator.languages.map((l) => l.slice(0, 2).toLowerCase()).find((l) => l === 'ru' || l === 'kk');
  const wanted = storedLanguage() ?? browser;
  location.replace(((wanted && choices[wanted]) || moved.dataset.moved || '/') + location.hash);
}

// The chooser of two versions goes straight to their comparison where it is a page of its own;
// any other two are compared on the chooser's page, which the form reaches (`?from=…&to=…`).
// Arriving at the chooser's page with a choice (the form sent, or a shared link), it goes on.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-compare-chooser]')) {
  const dates = JSON.parse(form.dataset.compareChooser ?? '[]') as string[];
  const lang = form.dataset.lang as Language;
  const target = (choice: { get: (name: string) => unknown }) =>
    chosenComparison(form.dataset.act ?? '', lang, dates, (choice.get('from') as string | null) ?? null, (choice.get('to') as string | null) ?? null);
  form.addEventListener('submit', (event) => {
    const chosen = target(new FormData(form));
    if (!chosen?.prerendered) return;
    event.preventDefault();
    location.assign(chosen.href);
  });
  const params = new URLSearchParams(location.search);
  const arrived = location.pathname === new URL(form.action).pathname ? target(params) : undefined;
  const here = document.querySelector<HTMLElement>('[data-comparison]');
  if (arrived?.prerendered) location.replace(arrived.href);
  else if (arrived && here) {
    for (const select of form.querySelectorAll('select')) select.value = select.name === 'from' ? arrived.from : arrived.to;
    void import('./compare.js').then(({ showComparison }) => showComparison(here, lang, arrived.from, arrived.to));
  }
}

// The list of acts: filtered and sorted as the reader chooses.
const actsFilter = document.querySelector<HTMLFormElement>('form.acts-filter');
const actsBody = document.querySelector<HTMLTableSectionElement>('#acts-list tbody');
if (actsFilter && actsBody) {
  actsFilter.hidden = false;
  const rows = [...actsBody.rows];
  const facts = (r: HTMLTableRowElement) => r.dataset as unknown as ActRowFacts;
  const count = actsFilter.querySelector<HTMLElement>('[data-count]');
  const apply = () => {
    const data = new FormData(actsFilter);
    const criteria = { kind: String(data.get('kind') ?? ''), status: String(data.get('status') ?? ''), year: String(data.get('year') ?? ''), language: String(data.get('language') ?? '') };
    const sort = String(data.get('sort') ?? 'date-asc') as ActSort;
    let shown = 0;
    for (const r of [...rows].sort((a, b) => compareActs(facts(a), facts(b), sort))) {
      r.hidden = !actMatches(facts(r), criteria);
      if (!r.hidden) shown++;
      actsBody.append(r);
    }
    // The sentence in the page's language, with its numbers filled in.
    if (count) count.textContent = fill(count.dataset.template ?? '{shown} / {total}', { shown, total: count.dataset.count ?? '' });
  };
  actsFilter.addEventListener('change', apply);
  actsFilter.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();
}

// An org chart wider than its box opens with its top (the body the others hang from) in view.
function showChartTops() {
  for (const box of document.querySelectorAll<HTMLElement>('.org-scroll')) {
    const rects = [...box.querySelectorAll<SVGRectElement>('.org-node rect')];
    if (!rects.length || box.scrollWidth <= box.clientWidth || box.dataset.placed) continue;
    const top = Math.min(...rects.map((r) => r.y.baseVal.value));
    const roots = rects.filter((r) => r.y.baseVal.value === top);
    const centre = roots.reduce((sum, r) => sum + r.x.baseVal.value + r.width.baseVal.value / 2, 0) / roots.length;
    box.scrollLeft = Math.max(0, centre - box.clientWidth / 2);
    box.dataset.placed = '';
  }
}
showChartTops();
// Another version's chart is shown by following its link (:target).
window.addEventListener('hashchange', showChartTops);

// Printing: the version's facts unfolded, and the day it was printed beside its address.
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details.about')) details.open = true;
  for (const span of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
    span.textContent = ` · ${span.dataset.printDate}: ${new Date().toLocaleDateString(document.documentElement.lang || undefined, { day: 'numeric', month: 'long', year: 'numeric' })}`;
  }
});

const wide = window.matchMedia('(min-width: 64rem)');
if (wide.matches) for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-open-wide]')) details.open = true;

// The contents mark the part of the text being read: the last entry whose target starts above a
// line near the top of the window.
const toc = document.querySelector<HTMLElement>('.toc');
if (toc) {
  const entries: Array<[HTMLElement, HTMLAnchorElement]> = [];
  for (const link of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (target) entries.push([target, link]);
  }
  let current: HTMLAnchorElement | undefined;
  let queued = false;
  const mark = () => {
    queued = false;
    let found: HTMLAnchorElement | undefined;
    for (const [target, link] of entries) {
      if (target.getBoundingClientRect().top > 96) break;
      found = link;
    }
    if (found === current) return;
    current?.removeAttribute('aria-current');
    current = found;
    if (!current) return;
    current.setAttribute('aria-current', 'location');
    // Keep the mark in view in the sticky contents (it scrolls on its own).
    if (toc.scrollHeight > toc.clientHeight) {
      const top = current.getBoundingClientRect().top - toc.getBoundingClientRect().top + toc.scrollTop;
      if (top < toc.scrollTop || top > toc.scrollTop + toc.clientHeight - 40) toc.scrollTop = top - toc.clientHeight / 3;
    }
  };
  window.addEventListener('scroll', () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(mark);
    }
  }, { passive: true });
  mark();
}

// The date field: jump to the version in force on a date; before adoption or after the act lost
// force, say so.
for (const form of document.querySelectorAll<HTMLFormElement>('form.date-jump')) {
  form.hidden = false;
  const index = JSON.parse(form.dataset.index ?? '{}') as VersionIndex;
  const output = form.querySelector('output');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const found = versionOnDate(index, (form.elements.namedItem('date') as HTMLInputElement).value);
    if (found.kind === 'version') location.href = `${form.dataset.base}${found.date}/`;
    else if (output) output.textContent = (found.kind === 'before' ? form.dataset.before : form.dataset.after) ?? '';
  });
}

// Arriving from a search result: mark the words searched for (Pagefind's highlighter; its own
// inline styles are off, the CSP forbids them: the site's stylesheet styles the marks).
if (new URLSearchParams(location.search).has('pagefind-highlight')) {
  const url = '/pagefind/pagefind-highlight.js';
  import(/* @vite-ignore */ url)
    .then(({ default: PagefindHighlight }: { default: new (o: Record<string, unknown>) => unknown }) => {
      new PagefindHighlight({ highlightParam: 'pagefind-highlight', markContext: '.text', addStyles: false });
    })
    .catch(() => undefined);
}
export {};
