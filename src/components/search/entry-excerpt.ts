/**
 * Excerpts on list and table pages: Pagefind cuts a window of words around a match, which on a list or a table
 * is a run of neighbouring entries ("France Edge location. Paris, France Edge location. Germany …"). Where the
 * match is in a list item or a table row (an anchor of the page: an element with an id), the excerpt is that
 * entry alone, its matched words marked.
 */

/** An element with an id, as Pagefind records it in a page's fragment, at its first word. */
export interface Anchor {
  element: string;
  id: string;
  location: number;
}

/** The elements whose text is one entry of a list or a table. */
const entryElements = new Set(['li', 'tr']);

/** Pagefind's own word separator (pagefind.js), so that word positions agree with its locations. */
const separator = /[^\S\uFEFF]+/;

/**
 * The words of the entry that holds `locations[0]`, and which of them matched, or undefined when that word is
 * not in a list item or a table row.
 */
export function entryWords(
  content: string,
  anchors: readonly Anchor[],
  locations: readonly number[],
): { words: string[]; marked: Set<number> } | undefined {
  const first = locations[0];
  if (first === undefined) return undefined;
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  const index = sorted.findLastIndex((a) => a.location <= first);
  const anchor = sorted[index];
  if (!anchor || !entryElements.has(anchor.element)) return undefined;
  const end = sorted.slice(index + 1).find((a) => a.location > anchor.location)?.location;
  let words = content.split(separator).slice(anchor.location, end);
  // A table row may run on into the next group's header ("… Edge location. Czech Republic"): end at its last full stop.
  const lastStop = words.findLastIndex((w) => /\.$/.test(w));
  if (lastStop >= 0 && lastStop < words.length - 1 && lastStop >= first - anchor.location) words = words.slice(0, lastStop + 1);
  const marked = new Set(locations.map((l) => l - anchor.location).filter((l) => l >= 0 && l < words.length));
  return { words, marked };
}

/** Fills `p` with an entry's words, the matched ones in <mark>, as text nodes (nothing parsed as HTML). */
export function renderEntry(p: HTMLElement, { words, marked }: { words: string[]; marked: Set<number> }): void {
  p.replaceChildren();
  words.forEach((word, i) => {
    if (i > 0) p.append(' ');
    if (marked.has(i)) p.append(Object.assign(document.createElement('mark'), { textContent: word }));
    else p.append(word);
  });
}
