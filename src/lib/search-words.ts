/**
 * Words for search, pure and shared by the build (what "did you mean" may suggest) and the browser (whether a
 * result matched the words typed, and which suggestions to offer after a miss).
 *
 * Pagefind has no typo tolerance, and when no indexed word starts with a query word it silently searches the
 * longest prefix that does ("blockchain" becomes "block"): https://github.com/CloudCannon/pagefind/issues/599.
 * So the site drops results that match only such a truncated word, and offers suggestions instead.
 */

/** The words of a text as search sees them: lower case, letters and digits, accents dropped ("São" is "sao"). */
export const wordsOf = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * What "did you mean" suggests from, written at build time (a few KB): the words of the reports and of the
 * names their services are searched by, most frequent first, and run-together names ("route53") with the words
 * search knows them by ("route 53").
 */
export interface SuggestionData {
  words: string[];
  joined: Record<string, string>;
}

/** Words shorter than this are neither suggested nor corrected: too many short words are one edit apart. */
const shortest = 3;

/** The suggestion data for texts (the report's words) and names (services' names, later names, aliases). */
export function suggestionData(texts: readonly string[], names: readonly string[]): SuggestionData {
  const counts = new Map<string, number>();
  for (const text of [...texts, ...names])
    for (const word of wordsOf(text)) if (word.length >= shortest && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  const joined: Record<string, string> = {};
  for (const name of names) {
    const parts = wordsOf(name);
    // Every two neighbouring words of a name, written together: "route53" for "Route 53".
    for (let i = 0; i + 1 < parts.length; i++) {
      const key = parts[i]! + parts[i + 1]!;
      if (!counts.has(key)) joined[key] ??= `${parts[i]} ${parts[i + 1]}`;
    }
  }
  return { words, joined };
}

/** Edits allowed between a word typed and a suggestion, by the typed word's length. */
export const allowedEdits = (length: number): number => (length < 4 ? 0 : length < 6 ? 1 : length < 10 ? 2 : 3);

/** Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps), or max + 1 beyond max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The best corrections of one word: fewest edits first, then the more frequent word. */
function corrections(word: string, data: SuggestionData, known: Set<string>): string[] {
  const joined = data.joined[word];
  if (joined) return [joined];
  if (known.has(word)) return [word];
  const max = allowedEdits(word.length);
  if (max === 0) return [];
  const found: { text: string; edits: number; rank: number }[] = [];
  data.words.forEach((candidate, rank) => {
    const edits = editDistance(word, candidate, max);
    if (edits <= max) found.push({ text: candidate, edits, rank });
  });
  Object.entries(data.joined).forEach(([key, text], i) => {
    const edits = editDistance(word, key, max);
    if (edits <= max) found.push({ text, edits, rank: data.words.length + i });
  });
  return found.sort((a, b) => a.edits - b.edits || a.rank - b.rank).map((f) => f.text);
}

/**
 * Up to `limit` queries to suggest for one that found nothing: each word the data does not know is replaced by
 * its closest known words, the first such word by its 1st, 2nd and 3rd best. Nothing when no word can be mended.
 */
export function suggest(query: string, data: SuggestionData, limit = 3): string[] {
  const words = wordsOf(query);
  const known = new Set(data.words);
  const options = words.map((word) => corrections(word, data, known));
  if (words.length === 0 || options.some((o) => o.length === 0)) return [];
  const varied = options.findIndex((o, i) => o[0] !== words[i] || o.length > 1);
  if (varied < 0) return [];
  const suggestions = options[varied]!.slice(0, limit).map((choice) => options.map((o, i) => (i === varied ? choice : o[0])).join(' '));
  const typed = words.join(' ');
  return [...new Set(suggestions)].filter((s) => s !== typed);
}

/** Endings a stemmer removes: a word typed and a word found that differ only by these are the same word. */
const inflection = /^(s|es|ies|e|ed|d|ing|ings|ion|ions|ation|ations|er|ers|y|ly|al|ally|ity|ities|ment|ments|ive|ness|able|[nmtp]ing)?$/;

/**
 * Whether a page's word stands for a query word: it starts with it (Pagefind's prefix search), or the two share a
 * stem and differ only by inflections ("keys" and "key", "encryption" and "encrypted"). A word Pagefind found
 * by truncating the query's ("block" for "blockchain") does not.
 */
export function standsFor(query: string, word: string): boolean {
  if (word.startsWith(query)) return true;
  let common = 0;
  while (common < query.length && common < word.length && query[common] === word[common]) common++;
  return common >= 3 && inflection.test(query.slice(common)) && inflection.test(word.slice(common));
}

/**
 * Whether a page matched every word of the query as typed, judged from the page's words (its text and its
 * metadata, aliases included). Two neighbouring words of the page also stand for the same run together ("route53").
 */
export function matchesWholeWords(query: string, pageText: string): boolean {
  const page = wordsOf(pageText);
  const pairs = page.slice(1).map((word, i) => page[i] + word);
  const all = [...new Set([...page, ...pairs])];
  return wordsOf(query).every((q) => all.some((word) => standsFor(q, word)));
}
