/**
 * On a page opened from a search result, marks the words that were searched for (the `?highlight=`
 * parameters Pagefind adds to result links) with Pagefind's own highlighter, loaded from the bundle.
 * The marks are styled by the site's `mark` rule: no injected <style>, so a strict CSP holds.
 */
import { searchBundle } from '../../lib/urls.ts';
import { highlightParam } from './search-config.ts';

interface HighlightModule {
  default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}

try {
  const module = (await import(/* @vite-ignore */ `${searchBundle.url}pagefind-highlight.js`)) as HighlightModule;
  new module.default({ highlightParam, addStyles: false });
  // A result for a whole page has no anchor: bring the first match into view, as a heading's anchor would.
  if (!location.hash) document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
} catch (error) {
  // Highlighting is a convenience: the page is complete without it.
  console.warn('Search highlighting is unavailable:', error);
}
