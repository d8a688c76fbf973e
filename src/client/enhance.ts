/*
 * Progressive enhancement, loaded as an external module (the CSP forbids inline scripts).
 * Reading works without it: citations are on the page, links are links.
 *  - "Copy citation" buttons appear and copy the citation next to them.
 *  - The language switch keeps the provision you are at (#eId) when you change language.
 */
import { versionOnDate, type VersionIndex } from '../versioning/on-date.js';

function announce(message: string) {
  const region = document.getElementById('live');
  if (region) region.textContent = message;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = button.closest('.tools')?.querySelector('[data-citation]')?.textContent?.trim() ?? '';
    try {
      await navigator.clipboard.writeText(text);
      announce(button.dataset.copied ?? 'Copied');
    } catch {
      const range = document.createRange();
      const node = button.closest('.tools')?.querySelector('[data-citation]');
      if (node) {
        range.selectNodeContents(node);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
    }
  });
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) {
  link.addEventListener('click', () => {
    if (location.hash) link.href = link.href.replace(/#.*$/, '') + location.hash;
  });
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
