/**
 * Word for word: every word of the input is in the period folder, or in the list of what the import left out
 * (with the reason), in the input's order. Used by the import to refuse to write a folder that lost a word,
 * and by the tests to check the files as written.
 */
import { reviewToken } from './review-mark.ts';

export const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** The report's words in one content file as written: markup, marks and the site's own headings left out. */
export function reportWordsOfFile(text: string): string[] {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const frontmatter = match?.[1] ?? '';
  const title = /^title: (.*)$/m.exec(frontmatter)?.[1];
  const fromSite = /^titleFrom: site$/m.test(frontmatter);
  const heading = title && !fromSite ? [title.startsWith('"') ? (JSON.parse(title) as string) : title] : [];
  const body = text
    .slice(match?.[0].length ?? 0)
    .replace(new RegExp(String.raw`\{/\* ${reviewToken}[\s\S]*?\*/\}`, 'g'), ' ')
    .replace(/<\/?Scope\b[^>]*>/g, ' ')
    .replace(/<\/?Region>/g, '')
    .replace(/^(- |## )/gm, '')
    .replace(/\\(.)/g, '$1');
  return [...heading.flatMap(wordsOf), ...wordsOf(body)];
}

export interface Accounting {
  /** Input words found neither in the output nor in what was left out, with their place in the input. */
  unaccounted: string[];
  /** Output words that are not the input's (should never happen: the import adds no report text). */
  added: string[];
}

/** Walks the input's words in order against the output's and the left-out ones'. */
export function accountWords(input: readonly string[], output: readonly string[], leftOut: readonly string[]): Accounting {
  const unaccounted: string[] = [];
  let o = 0;
  let l = 0;
  for (let i = 0; i < input.length; i++) {
    const w = input[i]!;
    if (output[o] === w) o++;
    else if (w.endsWith('-') && output[o] === w + input[i + 1]) {
      // A compound the PDF broke at its hyphen, joined again.
      o++;
      i++;
    } else if (leftOut[l] === w) l++;
    else unaccounted.push(w);
  }
  return { unaccounted, added: output.slice(o) };
}
