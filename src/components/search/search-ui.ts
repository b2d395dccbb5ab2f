/**
 * Pagefind's Component UI, loaded from the bundle `astro build` writes (/pagefind/), configured once
 * and assembled into the search interface the dialog and the /search/ page share: an input, the
 * "Kind" and "Category" filters, a summary and the results, each result showing its title, its
 * category (or kind of page), and an excerpt with the matched words marked.
 */
import siteStyles from './search.css?url';
import { searchBundle, searchPeriodsUrl, searchUrl, suggestionsUrl } from '../../lib/urls.ts';
import { matchesWholeWords, suggest, type SuggestionData } from '../../lib/search-words.ts';
import { entryWords, renderEntry, type Anchor } from './entry-excerpt.ts';
import { inputDebounce, pagefindOptions, periodFilter, searchFilters } from './search-config.ts';

export type Filters = Record<string, string[]>;

/** The parts of a Component UI instance this site uses (see @pagefind/component-ui). */
export interface SearchInstance {
  searchTerm: string;
  searchFilters: Filters;
  on(event: 'search', callback: (term: string, filters: Filters) => void): void;
  on(event: 'results', callback: (results: { results: unknown[] }) => void): void;
  triggerLoad(): Promise<void>;
  on(event: 'error', callback: (error: { message?: string }) => void): void;
  triggerSearchWithFilters(term: string, filters: Filters): void;
  triggerFilter(filter: string, values: string[]): void;
  setTranslations(overrides: Record<string, string>): void;
  getDisplaySubResults(result: ResultData, limit: number): SubResult[];
}
interface Components {
  configureInstance(name: string, options: object): SearchInstance;
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
/** A result's fragment, as Pagefind's `data()` gives it. Excerpts are escaped HTML with <mark>s. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
  /** The page's indexed text, its anchors (elements with an id) and the word positions that matched. */
  content?: string;
  anchors?: Anchor[];
  locations?: number[];
}

/** The part of Pagefind's own search API (pagefind.js) that the site wraps. */
interface PagefindSearch {
  /** Every filter's values and their counts over the whole index; loads every filter's data. */
  filters(): Promise<unknown>;
  /** Loads what a search for `term` needs, without searching. */
  preload(term: string, options?: object): Promise<void>;
  search(term: string | null, options?: object): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}
declare global {
  interface Window {
    PagefindComponents?: Components;
  }
}

/** Search cannot run here: the reader is told why, and where to go instead. */
export class SearchUnavailable extends Error {
  override name = 'SearchUnavailable';
}

/** What to tell the reader when the bundle cannot be loaded. */
export const unavailableMessage = import.meta.env.DEV
  ? 'Search needs a build: run npm run build, then reload this page.'
  : 'Search could not be loaded. Check your connection and reload the page.';

function stylesheet(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${href}"]`);
  if (existing) return Promise.resolve();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new SearchUnavailable(`${href} did not load`)));
  });
  document.head.append(link);
  return loaded;
}

let loading: Promise<SearchInstance> | undefined;

/**
 * Loads the Component UI and its styles (the site's after Pagefind's, so they win) and configures the
 * one search instance with the site's options, before any search element exists. Loads once.
 */
export function loadSearch(): Promise<SearchInstance> {
  loading ??= (async () => {
    const styles = Promise.all([stylesheet(`${searchBundle.url}pagefind-component-ui.css`), stylesheet(siteStyles)]);
    const periods = loadPeriods();
    try {
      await import(/* @vite-ignore */ `${searchBundle.url}pagefind-component-ui.js`);
      await Promise.all([styles, periods]);
    } catch (cause) {
      throw new SearchUnavailable(unavailableMessage, { cause });
    }
    const components = window.PagefindComponents;
    if (!components) throw new SearchUnavailable(unavailableMessage);
    const instance = components.configureInstance('default', { bundlePath: searchBundle.url, ...pagefindOptions });
    wrapPagefind(instance, everyFilterFirst, wholeWordsOnly);
    // Load Pagefind itself (its script, WebAssembly and index entry) now, on the reader's first move towards
    // search, rather than on the first search; the interface does not wait for it.
    void instance.triggerLoad();
    return instance;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * Calls each of `wraps` with Pagefind's own search API once the Component UI has loaded it. The Component UI (1.6)
 * has no hook between its search and what it shows, so the site wraps the Pagefind instance it holds: its
 * `__pagefind__` field, set once Pagefind has loaded, before any search runs.
 */
function wrapPagefind(instance: SearchInstance, ...wraps: ((pagefind: PagefindSearch) => void)[]): void {
  let pagefind: PagefindSearch | undefined;
  Object.defineProperty(instance, '__pagefind__', {
    configurable: true,
    get: () => pagefind,
    set: (loaded: PagefindSearch | undefined) => {
      pagefind = loaded;
      if (loaded) for (const wrap of wraps) wrap(loaded);
    },
  });
}

/**
 * Makes every search wait for the data of every filter. A Pagefind search loads only the filters it is given (here
 * the period), and counts only what is loaded: a search that runs before the list of all filters has come (the
 * Component UI asks for it as Pagefind loads, then lets searches run at once) reports no Kind and no Category
 * values, and the Component UI, which draws the dropdowns from the last search's counts, leaves them empty until the
 * next search ends. It happens on a slow connection, or whenever the reader types as search opens. The list never
 * changes, so it is asked for once. Not reported upstream that we could find
 * (https://github.com/CloudCannon/pagefind/issues): remove once Pagefind's search waits for it.
 */
function everyFilterFirst(pagefind: PagefindSearch): void {
  const filters = pagefind.filters.bind(pagefind);
  let all: Promise<unknown> | undefined;
  pagefind.filters = () => {
    all ??= filters();
    all.catch(() => (all = undefined));
    return all;
  };
  const search = pagefind.search.bind(pagefind);
  pagefind.search = async (term, options) => {
    // The term's own index chunks load meanwhile (preload fetches them and stops short of searching).
    await Promise.all([pagefind.filters().catch(() => undefined), term && pagefind.preload(term, options).catch(() => undefined)]);
    return search(term, options);
  };
}

/**
 * Drops the results of a search in which a word matched only truncated (src/lib/search-words.ts): Pagefind
 * searches the longest indexed prefix of a word nothing starts with, so "blockchain" found pages about "block".
 * Pagefind's search reaches the same word in every result, so the first result tells.
 */
function wholeWordsOnly(pagefind: PagefindSearch): void {
  const search = pagefind.search.bind(pagefind);
  pagefind.search = async (term, options) => {
    const response = await search(term, options);
    const first = response?.results[0];
    if (!term || !response || !first) return response;
    const data = await first.data();
    const words = [data.content ?? '', ...Object.values(data.meta)].join(' ');
    return matchesWholeWords(term, words) ? response : { ...response, results: [] };
  };
}

let suggestionData: Promise<SuggestionData> | undefined;
/** The suggestion data, fetched on the first search that finds nothing (and again after a failed fetch). */
function loadSuggestions(): Promise<SuggestionData> {
  suggestionData ??= fetch(suggestionsUrl).then((r) => {
    if (!r.ok) throw new Error(`${suggestionsUrl}: ${r.status}`);
    return r.json() as Promise<SuggestionData>;
  });
  suggestionData.catch(() => (suggestionData = undefined));
  return suggestionData;
}

/**
 * "Did you mean": after a search that finds nothing, up to three queries that would, each a link to the /search/
 * page (`base`) with that query. The query typed is left as it is: a suggestion is only offered.
 */
function suggestions(instance: SearchInstance, base: string): HTMLElement {
  const box = h('p', { class: 'sr-suggest', hidden: true });
  let shown = 0;
  instance.on('results', ({ results }) => {
    const term = instance.searchTerm.trim();
    const turn = ++shown;
    box.hidden = true;
    box.replaceChildren();
    if (!term || results.length > 0) return;
    loadSuggestions()
      .then((data) => {
        const found = suggest(term, data);
        if (turn !== shown || found.length === 0) return;
        const links = found.map((q) =>
          h('a', { href: searchPageUrl(q, instance.searchFilters, base, searchPeriods().current), lang: 'en' }, q),
        );
        box.append('Did you mean ', ...links.flatMap((a, i) => (i === 0 ? [a] : [i === links.length - 1 ? ' or ' : ', ', a])), '?');
        box.hidden = false;
      })
      .catch((error: unknown) => console.warn('Search suggestions are unavailable:', error));
  });
  return box;
}

type Attributes = Record<string, string | boolean>;
function h(tag: string, attributes: Attributes = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  el.append(...children);
  return el;
}

function excerpt(className: string, html: string): HTMLElement {
  const p = h('p', { class: className });
  p.innerHTML = html; // Pagefind escapes excerpts; the only markup is its <mark>.
  return p;
}

/**
 * Drops the start of an excerpt that only repeats the title: the indexed text of a page begins with its
 * h1, so an excerpt often opens with the title (or its end), then ". ". Marks inside it go with it.
 */
export function trimTitle(p: HTMLElement, title: string): void {
  const text = p.textContent ?? '';
  let cut = 0;
  for (let start = 0; start <= title.length - 3 && cut === 0; start++) {
    const repeated = `${title.slice(start)}. `;
    if (text.startsWith(repeated)) cut = repeated.length;
  }
  if (text.replace(/\.$/, '') === title) cut = text.length;
  while (cut > 0 && p.firstChild) {
    const node = p.firstChild;
    const length = node.textContent?.length ?? 0;
    if (length <= cut) {
      node.remove();
      cut -= length;
    } else {
      // A text node split across the cut keeps its rest; a mark split across it goes whole.
      if (node.nodeType === 3) node.textContent = node.textContent!.slice(cut);
      else node.remove();
      cut = 0;
    }
  }
}

const sentenceEnd = /[.!?:;)”"’]$/;

/**
 * Marks where an excerpt cuts the text: an ellipsis at the end unless it ends a sentence, and at the start when
 * it begins inside one. Pagefind cuts a window of words around the match; where the excerpt is found in the page's
 * indexed text (`content`), what comes before it tells ("Using | Amazon API Gateway, customers…" starts inside a
 * sentence, on a capital); elsewhere a lower-case first word does.
 */
export function markCuts(p: HTMLElement, content = ''): void {
  const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return;
  const page = content.replace(/\s+/g, ' ');
  const at = page.indexOf(text);
  const before = at < 0 ? undefined : page.slice(0, at).trimEnd();
  if (before === undefined ? /^[a-z]/.test(text) : before !== '' && !sentenceEnd.test(before)) p.prepend('… ');
  if (!sentenceEnd.test(text)) p.append(' …');
}

/** One result: title (the link), where it sits in the report, the excerpt, and up to 3 headings within it. */
export function renderResult(instance: SearchInstance, result: ResultData): HTMLElement {
  const { meta } = result;
  const href = meta['url'] ?? result.url;
  const where = meta['kind'] === 'Service' && meta['category'] ? `Service · ${meta['category']}` : (meta['kind'] ?? '');
  // A result from a period that is not the latest says which report it is from (the latest's carry no period meta).
  const context = meta['period'] ? `${where} · Report for ${meta['period']}` : where;
  const title = meta['title'] ?? href;
  const text = excerpt('sr-excerpt', result.excerpt);
  const entry = result.content && entryWords(result.content, result.anchors ?? [], result.locations ?? []);
  if (entry) renderEntry(text, entry);
  else {
    trimTitle(text, title);
    markCuts(text, result.content);
  }
  const item = h(
    'li',
    { class: 'sr-result', 'data-kind': meta['kind'] ?? '' },
    h('a', { class: 'sr-link', href }, h('span', { class: 'sr-title' }, title)),
    h('p', { class: 'sr-context' }, context),
  );
  if (text.textContent?.trim()) item.append(text);
  const subs = instance.getDisplaySubResults(result, 3);
  if (subs.length > 0) {
    item.append(
      h(
        'ul',
        { class: 'sr-subs' },
        ...subs.map((s) => {
          const sub = excerpt('sr-excerpt', s.excerpt);
          const entry = result.content && entryWords(result.content, result.anchors ?? [], s.locations ?? []);
          if (entry) renderEntry(sub, entry);
          else markCuts(sub, result.content);
          // A sub-result whose excerpt is its parent's says nothing more than its heading does.
          const repeats = sub.textContent?.trim() === text.textContent?.trim();
          return h('li', {}, h('a', { class: 'sr-sub-link', href: s.url }, s.title), ...(repeats ? [] : [sub]));
        }),
      ),
    );
  }
  return item;
}

export interface SearchParts {
  input: HTMLElement;
  filters: HTMLElement;
  summary: HTMLElement;
  /** "Did you mean …?", shown after a search that found nothing. */
  suggestions: HTMLElement;
  results: HTMLElement;
}

/** A report period as search offers it: its folder name, its dates as the site writes them, and whether it is the latest. */
export interface SearchPeriod {
  id: string;
  label: string;
  latest: boolean;
}

let periodList: SearchPeriod[] = [];
/** The periods search can look in, from the site's one list of them, loaded with search (loadSearch). */
async function loadPeriods(): Promise<void> {
  const response = await fetch(searchPeriodsUrl);
  if (!response.ok) throw new Error(`${searchPeriodsUrl}: ${response.status}`);
  periodList = (await response.json()) as SearchPeriod[];
}

/**
 * The periods search can look in, newest first (once loadSearch() has resolved), and the one being read, which
 * the header's search control carries (SearchControl.astro), so the dialog and the /search/ page of any period know it.
 */
export function searchPeriods(): { periods: SearchPeriod[]; current: string } {
  const control = document.querySelector<HTMLElement>('[data-search-control]');
  return { periods: periodList, current: control?.dataset['searchPeriod'] ?? periodList[0]?.id ?? '' };
}

/**
 * Keeps search in one period: the period being read, until the reader picks another in the "Report period"
 * choice (shown where the site has more than one). Every search carries the period filter, so no result appears
 * twice; Pagefind runs no search for an empty query, filter or not.
 */
let periodChoices = 0;
function periodChoice(instance: SearchInstance, { periods, current }: ReturnType<typeof searchPeriods>): HTMLElement | undefined {
  instance.searchFilters = { ...instance.searchFilters, [periodFilter]: instance.searchFilters?.[periodFilter] ?? [current] };
  if (periods.length < 2) return undefined;
  const select = h(
    'select',
    { id: `sr-period-${++periodChoices}`, class: 'sr-period-select' },
    ...periods.map((p) => h('option', { value: p.id }, `${p.label}${p.latest ? ' (latest)' : ''}`)),
  ) as HTMLSelectElement;
  select.value = instance.searchFilters[periodFilter]?.[0] ?? current;
  select.addEventListener('change', () => instance.triggerFilter(periodFilter, [select.value]));
  instance.on('search', (_term, filters) => {
    const chosen = filters[periodFilter]?.[0];
    if (chosen && chosen !== select.value) select.value = chosen;
  });
  return h('div', { class: 'sr-period' }, h('label', { for: select.id }, 'Report period'), select);
}

/** The search elements, unattached. Attach them only after loadSearch() has resolved. */
export function searchParts(
  instance: SearchInstance,
  { placeholder, searchPage }: { placeholder: string; searchPage: string },
): SearchParts {
  const input = h('pagefind-input', { placeholder, debounce: String(inputDebounce) });
  const period = periodChoice(instance, searchPeriods());
  const filters = h(
    'div',
    { class: 'sr-filters' },
    ...(period ? [period] : []),
    ...searchFilters.map(({ key, label }) =>
      h('pagefind-filter-dropdown', { filter: key, label, 'single-select': true, 'hide-clear': true, wrap: true }),
    ),
  );
  mendFilterTriggers(filters);
  const summary = h('pagefind-summary', { 'default-message': 'Type a service, an abbreviation or any word of the report.' });
  const results = h('pagefind-results', { 'max-sub-results': '3' });
  (results as HTMLElement & { resultTemplate: (r: ResultData) => HTMLElement }).resultTemplate = (r) => renderResult(instance, r);
  return { input, filters, summary, suggestions: suggestions(instance, searchPage), results };
}

/**
 * Mends two faults of Pagefind's filter dropdown (1.6), whenever it renders. Its trigger is a
 * `<button role="combobox">` whose name may not come from its content, and it sets an aria-label only while a
 * value is selected: with none, screen readers (and axe) find a nameless control; so every trigger gets its
 * label. And its aria-controls names the menu's wrapper, which has no role, rather than the listbox inside it
 * (IBM Equal Access: combobox_haspopup_valid); so it names the listbox. Not reported upstream yet that we could
 * find (https://github.com/CloudCannon/pagefind/issues): remove each part once Pagefind's dropdown does it.
 */
function mendFilterTriggers(container: HTMLElement): void {
  const mend = () => {
    for (const trigger of container.querySelectorAll<HTMLElement>('.pf-dropdown-trigger')) {
      const dropdown = trigger.closest('pagefind-filter-dropdown');
      const label = dropdown?.getAttribute('label');
      if (label && !trigger.hasAttribute('aria-label')) trigger.setAttribute('aria-label', label);
      const menu = trigger.getAttribute('aria-controls');
      const listbox = menu ? dropdown?.querySelector<HTMLElement>(`#${CSS.escape(menu)} [role="listbox"]`) : null;
      if (listbox) {
        listbox.id ||= `${menu}-listbox`;
        trigger.setAttribute('aria-controls', listbox.id);
      }
    }
  };
  new MutationObserver(mend).observe(container, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-label', 'aria-controls'],
  });
}

/** The input's text box, once the element has rendered it. */
export const textBox = (parts: SearchParts) => parts.input.querySelector('input');

/**
 * `/search/?q=…&kind=…&category=…` for a query, as the /search/ page reads it; with `&period=…` when the
 * period is not the one the page at `base` belongs to (its pinned prefix, or the latest at the root).
 */
export function searchPageUrl(term: string, filters: Filters, base = searchUrl(''), ownPeriod?: string): string {
  const params = new URLSearchParams();
  if (term) params.set('q', term);
  for (const { key } of searchFilters) for (const value of filters[key] ?? []) params.append(key, value);
  const period = filters[periodFilter]?.[0];
  if (period && period !== ownPeriod) params.set(periodFilter, period);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** The query and filters of a /search/ URL. */
export function readSearchUrl(search: string): { term: string; filters: Filters } {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const { key } of searchFilters) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  const period = params.get(periodFilter);
  if (period) filters[periodFilter] = [period];
  return { term: params.get('q')?.trim() ?? '', filters };
}
