/**
 * Links to a passage with a text fragment (`#:~:text=…`), which Chromium-based browsers and Safari
 * scroll to and highlight. @see https://wicg.github.io/scroll-to-text-fragment/
 */

/** Percent-encodes a text directive term; `-`, `,` and `&` are syntax in a directive, so they are encoded too. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Longest passage quoted whole; longer ones are linked by their first and last words. */
const maxExact = 80;
const edgeWords = 5;

/**
 * The URL of a page with a text fragment for the selected passage. Whitespace is collapsed, as the
 * browser does when it matches; a long passage becomes `textStart,textEnd`.
 */
export function textFragmentUrl(pageUrl: string, selection: string): string | undefined {
  const text = selection.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  const base = pageUrl.replace(/#.*$/, '');
  const words = text.split(' ');
  const directive =
    text.length <= maxExact || words.length <= edgeWords * 2
      ? encodeTerm(text)
      : `${encodeTerm(words.slice(0, edgeWords).join(' '))},${encodeTerm(words.slice(-edgeWords).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}
