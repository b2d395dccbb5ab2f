/**
 * Search settings shared by the dialog, the /search/ page, the destination-page highlighter, the
 * search-quality test and the bench, so that what is tested is what readers get.
 */

/** The query parameter a result link carries so the destination page marks the matched words. */
export const highlightParam = 'highlight';

/** Milliseconds the input waits after a keystroke before it searches: short enough for results in 100 ms. */
export const inputDebounce = 25;

/** Words of context around the matched words in an excerpt. */
export const excerptLength = 24;

/**
 * Pagefind ranking, tuned with the search-quality test (tests/e2e/search-quality.test.ts):
 * - A service's name and abbreviation weigh more than its description. The h1 is indexed (Pagefind
 *   weighs an h1 7× body text), and the title and abbreviation metadata add to it.
 * - termSimilarity favours words that match the query exactly over longer words that merely start with
 *   it or share its stem, so "ECS" finds the ECS service before the pages that say "EC2" or "ECR".
 * - termFrequency is halved: a description that names another service several times should not
 *   outrank that service's own page.
 * - pageLength is lowered, since a category page (its title alone) is very short.
 */
export const ranking = {
  metaWeights: { title: 6, abbreviation: 8, short_name: 4, aliases: 4, category: 1, kind: 0 },
  termSimilarity: 10,
  termFrequency: 0.5,
  pageLength: 0.5,
} as const;

/** Options for Pagefind's `createInstance` / `options()`, the same in every place that searches. */
export const pagefindOptions = { baseUrl: '/', excerptLength, highlightParam, ranking } as const;

/**
 * The filter that keeps search in one report period (each page's period folder, `data-search-period`), and the
 * query parameter of the /search/ page that carries it when it is not the page's own period.
 */
export const periodFilter = 'period';

/** The Pagefind filters the interface offers as dropdowns, in order, with their labels. */
export const searchFilters = [
  { key: 'kind', label: 'Kind' },
  { key: 'category', label: 'Category' },
] as const;
