/*
 * The search page. Pagefind keeps one index per language, with a stemmer for each where it has
 * one (Russian, English); one instance of its module is loaded per language and all are
 * searched at once. Results are provisions, current wordings first, then earlier ones.
 * Filters come from the index (act, language, status, amending act, chapter, version).
 */
import { LANGUAGES, LANGUAGE_FACTS, type Language } from '../model/languages.js';
import { queryLanguages, queryVariants } from '../search/query.js';
import type { SearchUi } from '../site/pages/site.js';
import { fill } from '../i18n/fill.js';
import { el } from './dom.js';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindInstance {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  mergeIndex: (path: string, o?: Record<string, unknown>) => Promise<void>;
}
interface PagefindModule {
  createInstance: (o?: Record<string, unknown>) => PagefindInstance;
}

const LANGS = LANGUAGES;
/** The language filter's values are the languages' English names. */
const LANGUAGE_CODES = Object.fromEntries(LANGUAGES.map((l) => [LANGUAGE_FACTS[l].english, l])) as Record<string, Language>;
/** The filter of a shard's record of its language's words (src/integrations/pagefind.ts): never a hit. */
const VOCABULARY = 'vocabulary';
/** The filters, in the order shown. */
const FILTERS = ['act', 'language', 'version', 'status', 'amending act', 'chapter'];
const form = document.getElementById('search-form') as HTMLFormElement;
/** The page's words (src/site/pages/site.ts, searchUi), carried by the form. */
const ui = JSON.parse(form.dataset.ui ?? '{}') as SearchUi;
const plural = new Intl.PluralRules(ui.lang);
/** A filter value or an act's name as the page's language says it. */
const label = (value: string) => ui.labels[value] ?? value;
/** A version's date as the page's language writes it. */
const formatDate = (iso: string) => ui.dates[iso] ?? iso;
const PAGE_SIZE = 25;

const input = document.getElementById('search-q') as HTMLInputElement;
const statusLine = document.getElementById('search-status')!;
const filterBox = document.getElementById('search-filters')!;
const moreButton = document.getElementById('search-more') as HTMLButtonElement;
const sections = {
  current: document.getElementById('results-current')!,
  historical: document.getElementById('results-historical')!,
};

/**
 * One Pagefind instance per language, created the first time a search (or the filters) needs
 * it: a query fetches the index of the languages it is searched in, not all three up front.
 */
const instances = new Map<string, Promise<PagefindInstance>>();
function index(lang: string): Promise<PagefindInstance> {
  let pf = instances.get(lang);
  if (!pf) instances.set(lang, (pf = createIndex(lang)));
  return pf;
}

/** Where each language's index shards are (src/integrations/pagefind.ts): fetched once, with the first search. */
type Shards = Partial<Record<string, string[]>>;
let shardList: Promise<Shards> | undefined;
const shards = () => (shardList ??= fetch('/pagefind/shards.json').then((r): Promise<Shards> => (r.ok ? r.json() : Promise.reject(new Error(`search index: ${r.status}`)))));

/** A language with no text in the collection: nothing to find. */
const EMPTY: PagefindInstance = {
  options: async () => undefined,
  init: async () => undefined,
  search: async () => ({ results: [] }),
  filters: async () => ({}),
  mergeIndex: async () => undefined,
};

async function createIndex(lang: string): Promise<PagefindInstance> {
  const [first, ...others] = (await shards())[lang] ?? [];
  if (!first) return EMPTY;
  // Each instance is created from its own copy of Pagefind's module (the query string makes it
  // a separate module), so that each runs in a Web Worker of its own: languages sharing one
  // worker share one WebAssembly memory, and their searches corrupt each other. Pagefind
  // chooses an instance's language from <html lang> as it creates it (its maintainers' advice
  // for choosing another), so the attribute is switched for that moment only.
  const pagefind = (await import(/* @vite-ignore */ `${first}pagefind.js?lang=${lang}` as string)) as PagefindModule;
  const root = document.documentElement;
  const own = root.lang;
  root.lang = lang;
  let pf: PagefindInstance;
  try {
    pf = pagefind.createInstance({ basePath: first });
  } finally {
    root.lang = own;
  }
  await pf.options({ excerptLength: 40 });
  await pf.init();
  // The language's other shards join the first: one search, one ranking, one set of filters.
  for (const path of others) await pf.mergeIndex(path, { language: lang });
  return pf;
}

/** Pagefind's excerpt marks matches with <mark>; rebuild it as text and <mark> nodes only. */
function excerptNodes(excerpt: string): Node[] {
  const out: Node[] = [];
  const decode = (s: string) => new DOMParser().parseFromString(`<!doctype html><body>${s}`, 'text/html').body.textContent ?? '';
  for (const part of excerpt.split(/(<mark>[\s\S]*?<\/mark>)/)) {
    if (!part) continue;
    const m = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    out.push(m ? el('mark', {}, decode(m[1]!)) : document.createTextNode(decode(part)));
  }
  return out;
}

function selectedFilters(): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const select of filterBox.querySelectorAll('select')) {
    if (select.value) filters[select.name] = [select.value];
  }
  return filters;
}

/**
 * The filters' values, from every language's index: loaded when the reader opens the filters
 * (or arrives with one chosen), not before the first search.
 */
let filtersLoaded: Promise<void> | undefined;
function loadFilters(params: URLSearchParams): Promise<void> {
  filtersLoaded ??= buildFilters(params);
  return filtersLoaded;
}

async function buildFilters(params: URLSearchParams) {
  const fieldset = filterBox.closest('fieldset');
  fieldset?.setAttribute('aria-busy', 'true');
  const counts: Record<string, Record<string, number>> = {};
  for (const pf of await Promise.all(LANGS.map(index))) {
    for (const [name, values] of Object.entries(await pf.filters())) {
      counts[name] ??= {};
      for (const [value, n] of Object.entries(values)) counts[name]![value] = (counts[name]![value] ?? 0) + n;
    }
  }
  for (const name of FILTERS) {
    const values = Object.keys(counts[name] ?? {}).sort((a, b) => label(a).localeCompare(label(b), ui.lang));
    if (!values.length) continue;
    const id = `filter-${name.replace(/\s+/g, '-')}`;
    const select = el('select', { id, name });
    select.append(el('option', { value: '' }, ui.all));
    for (const v of values) select.append(el('option', { value: v, selected: params.get(name) === v }, label(v)));
    filterBox.append(el('div', { className: 'filter' }, el('label', { htmlFor: id }, ui.filterNames[name] ?? name), select));
  }
  fieldset?.removeAttribute('aria-busy');
}

function resultItem(data: PagefindResultData, query: string): HTMLLIElement {
  const words = query.replace(/"/g, '').split(/\s+/).filter(Boolean);
  const [path, hash] = data.url.split('#');
  const highlight = words.map((w) => `pagefind-highlight=${encodeURIComponent(w)}`).join('&');
  const href = `${path}${highlight ? `?${highlight}` : ''}#${hash}`;
  const lang = LANGUAGE_CODES[data.meta.language ?? ''] ?? 'en';
  // The provision and act as the page's language names them; the instrument in the text's words.
  const provision = data.meta[`provision_${ui.lang}`] ?? data.meta.provision;
  const act = label(data.meta.act ?? '');
  const li = el('li', { className: 'result' });
  li.append(
    // The provision, the instrument its numbers belong to (the Regulations an act approves), the act.
    el('p', { className: 'result-title' }, el('a', { href }, data.meta.instrument ? `${provision}, ${data.meta.instrument} — ${act}` : `${provision} — ${act}`)),
    el('p', { className: 'muted result-meta' }, [label(data.meta.language ?? ''), versionLabel(data), ...(data.filters.status ?? []).map(label)].join(' · ')),
  );
  const excerpt = el('p', { className: 'excerpt', lang });
  excerpt.append(...excerptNodes(data.excerpt));
  li.append(excerpt);
  return li;
}

/** A repealed act's last text is its last text, never its "current" one. */
function versionLabel(data: PagefindResultData): string {
  const date = formatDate(data.meta.version_date ?? '');
  if (data.meta.version !== 'current') return fill(ui.earlier, { date });
  return (data.filters.status ?? []).includes('no longer in force') ? fill(ui.last, { date }) : ui.current;
}

/** Each search started; a search's results are shown only if no later one has started since. */
let runs = 0;

async function run() {
  const runId = ++runs;
  const query = input.value.trim();
  const filters = selectedFilters();
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [k, v] of Object.entries(filters)) params.set(k, v[0]!);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  for (const s of Object.values(sections)) {
    s.hidden = true;
    s.querySelector('ol')!.replaceChildren();
  }
  moreButton.hidden = true;
  if (!query) {
    statusLine.textContent = ui.type;
    return;
  }
  statusLine.textContent = ui.searching;
  const wanted = queryLanguages(query, filters.language ? LANGUAGE_CODES[filters.language[0]!] : undefined);
  // Each language's index with each of the query's variants (src/search/query.ts); a provision
  // found by several counts once, with its best score.
  const searches = await Promise.all(
    wanted.flatMap((l) => queryVariants(query, l).map(async (variant) => ({ lang: l, found: await (await index(l)).search(variant, { filters: { ...filters, not: { [VOCABULARY]: 'yes' } } }) }))),
  );
  const best = new Map<string, PagefindResult>();
  for (const { lang, found } of searches) {
    for (const r of found.results) if ((best.get(`${lang}:${r.id}`)?.score ?? -Infinity) < r.score) best.set(`${lang}:${r.id}`, r);
  }
  const results = [...best.values()].sort((a, b) => b.score - a.score);
  if (runId !== runs) return;
  const scope = wanted.length === 1 && !filters.language ? fill(ui.scope, { language: ui.inSentence[wanted[0]!] }) : '';
  // Every hit is reachable: a page of results at a time, and "Show more" for the next.
  let shown = 0;
  const more = async () => {
    const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (runId !== runs) return;
    shown += page.length;
    for (const d of page) {
      const key = d.meta.version === 'current' ? 'current' : 'historical';
      sections[key].hidden = false;
      sections[key].querySelector('ol')!.append(resultItem(d, query));
    }
    moreButton.hidden = shown >= results.length;
    moreButton.textContent = fill(ui.moreButton, { n: Math.min(PAGE_SIZE, results.length - shown), left: results.length - shown });
    const found = ui.found[plural.select(results.length)] ?? ui.found.other ?? '';
    statusLine.textContent = fill(found, { n: results.length, scope, shown });
  };
  moreButton.onclick = () => void more();
  if (!results.length) {
    moreButton.hidden = true;
    statusLine.textContent = fill(ui.none, { scope });
    return;
  }
  await more();
}

async function main() {
  form.hidden = false;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const box = filterBox.closest('details');
  box?.addEventListener('toggle', () => {
    if (box.open) void loadFilters(new URLSearchParams(location.search));
  });
  // Arriving with a filter chosen: the filters are shown, and loaded before the search.
  if (FILTERS.some((name) => params.has(name))) {
    statusLine.textContent = ui.loading;
    if (box) box.open = true;
    await loadFilters(params);
    statusLine.textContent = '';
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  filterBox.addEventListener('change', () => void run());
  // Results follow the words as they are typed (after a short pause).
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(), 300);
  });
  if (input.value) await run();
}

void main();
export {};
