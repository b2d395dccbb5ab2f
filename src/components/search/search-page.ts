/**
 * The /search/ page: the search interface on a page of its own, whose URL follows the query
 * (`?q=kms&kind=Service&category=Security+%26+Identity`, and `&period=…` for another report period than the
 * page's own), so a search can be bookmarked and shared.
 * Pagefind's Component UI keeps no URL state of its own; this module reads it on load and writes it
 * back, with history.replaceState, on every search.
 */
import { loadSearch, readSearchUrl, searchPageUrl, searchParts, searchPeriods, textBox } from './search-ui.ts';

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  if (status) status.hidden = false;
  let instance;
  try {
    instance = await loadSearch();
  } catch (error) {
    if (status) status.textContent = error instanceof Error ? error.message : String(error);
    return;
  }
  const parts = searchParts(instance, { placeholder: 'Search the report', searchPage: location.pathname });
  status?.remove();
  root.append(parts.input, parts.filters, parts.summary, parts.suggestions, parts.results);

  const page = location.pathname;
  const title = document.title;
  instance.on('search', (term, filters) => {
    history.replaceState(history.state, '', searchPageUrl(term, filters, page, searchPeriods().current));
    document.title = term ? `“${term}” · ${title}` : title;
  });
  const { term, filters } = readSearchUrl(location.search);
  // The period the URL names, or the one this page belongs to (searchParts set it).
  if (term || Object.keys(filters).length > 0) instance.triggerSearchWithFilters(term, { ...instance.searchFilters, ...filters });
  const box = textBox(parts);
  box?.focus();
  box?.setSelectionRange(box.value.length, box.value.length);
}
