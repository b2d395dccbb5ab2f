/**
 * The report's lines put back into the blocks the PDF showed: headings, paragraphs (lines wrapped at the column
 * joined again), bulleted lists (pdftotext leaves each bullet as a run of blank lines) and column lists (a list
 * set in two columns comes out as one line an entry, the columns one after the other). Only the line breaks
 * and blank lines are read; no word is changed.
 */
import type { SourceLine } from './source-lines.ts';

export interface TextRun {
  text: string;
  lines: SourceLine[];
}

export type LayoutBlock =
  | { kind: 'heading'; text: string; lines: SourceLine[] }
  | { kind: 'paragraph'; text: string; lines: SourceLine[] }
  | { kind: 'bullets'; items: TextRun[] }
  /** A column list: one run per printed line, entries the PDF split over two lines not yet mended. */
  | { kind: 'entries'; entries: TextRun[] };

/** The heading of an attachment, which holds the parts after it ("Attachment A – Amazon Web Services System"). */
export const attachmentHeading = /^(?:Attachment|Appendix) [A-Z0-9]+\b/;

/** Punctuation that can end a paragraph. */
const terminal = /[.:!?][”"’)]?$/;
const firstWord = (l: SourceLine) => l.text.split(' ')[0]!;

/**
 * The column width in characters: the length most long prose lines reach (the 90th percentile of lines of
 * eight words or more). A line that stops short of it by more than the next line's first word ended by choice.
 */
export function wrapWidth(lines: readonly SourceLine[]): number {
  const lengths = lines
    .filter((l) => l.text.split(' ').length >= 8)
    .map((l) => l.text.length)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 80;
}

/** Joins wrapped lines: with a space, or with none after a hyphen that broke a compound at the line's end. */
export function joinLines(lines: readonly SourceLine[]): string {
  return lines.reduce((text, l, i) => (i === 0 ? l.text : /\p{L}-$/u.test(text) ? text + l.text : `${text} ${l.text}`), '');
}

/** The first words of a paragraph, as `paragraphStarts` holds them. */
export const openingWords = (text: string) => text.split(/\s+/).filter(Boolean).slice(0, 8).join(' ');

export interface LayoutOptions {
  /**
   * The openings (first eight words, `openingWords`) of the previous period's paragraphs. A line that ends a
   * sentence at the column's full width is followed by a new paragraph or by more of the same one: the text
   * cannot tell. When the next line opens as one of the previous period's paragraphs did, it starts one.
   */
  paragraphStarts?: ReadonlySet<string>;
}

export function layoutBlocks(lines: readonly SourceLine[], options: LayoutOptions = {}): LayoutBlock[] {
  const width = wrapWidth(lines);
  const opensParagraph = (l: SourceLine) => {
    const words = openingWords(l.text);
    return words.split(' ').length === 8 && (options.paragraphStarts?.has(words) ?? false);
  };
  const short = (l: SourceLine | undefined) => l !== undefined && l.text.length <= 0.6 * width;
  const fits = (l: SourceLine, next: SourceLine) => l.text.length + 1 + firstWord(next).length <= width;
  const headingLike = (l: SourceLine | undefined) =>
    l !== undefined && short(l) && !/[.,:;]$/.test(l.text) && /^[\p{Lu}\p{N}]/u.test(l.text);
  const prose = (l: SourceLine | undefined) => l !== undefined && l.blanksBefore === 0 && !short(l);

  /**
   * A short line followed by prose, or by another such heading (a category's heading over its first service's);
   * or an attachment's heading, whatever follows it (a subheading, a table).
   */
  const isHeading = (i: number): boolean =>
    headingLike(lines[i]) &&
    (prose(lines[i + 1]) ||
      (headingLike(lines[i + 1]) && lines[i + 1]!.blanksBefore === 0 && prose(lines[i + 2])) ||
      attachmentHeading.test(lines[i]!.text));

  /** Whether the paragraph holding line i ends after it. */
  const endsAfter = (i: number): boolean => {
    const cur = lines[i]!;
    const next = lines[i + 1];
    if (!next || next.blanksBefore > 0 || isHeading(i + 1)) return true;
    // A one-line lead-in to a list ("The following … are covered:") after a finished sentence stands alone,
    // even when the line before it is near full.
    const leadIn = /:$/.test(next.text) && (lines[i + 2]?.blanksBefore ?? 0) + (short(lines[i + 2]) ? 2 : 0) >= 2;
    if (terminal.test(cur.text) && leadIn) return true;
    if (terminal.test(cur.text) && opensParagraph(next)) return true;
    if (!fits(cur, next)) return false;
    if (short(cur)) return true;
    // A sentence that ends where the line ends: a paragraph break when the rest of the line was left empty
    // by a margin (proportional type makes character counts approximate).
    return terminal.test(cur.text) && cur.text.length + 1 + firstWord(next).length <= width - 4;
  };

  const blocks: LayoutBlock[] = [];
  let i = 0;
  const takeRun = (): TextRun => {
    const start = i;
    while (!endsAfter(i)) i++;
    const run = lines.slice(start, ++i);
    return { text: joinLines(run), lines: run };
  };
  while (i < lines.length) {
    const prev = blocks.at(-1);
    const afterLeadIn = prev?.kind === 'paragraph' && prev.text.endsWith(':');
    const l = lines[i]!;
    if (afterLeadIn && short(l) && short(lines[i + 1]) && lines[i + 1]!.blanksBefore === 0 && short(lines[i + 2])) {
      blocks.push({ kind: 'entries', entries: takeEntries() });
    } else if (afterLeadIn && l.blanksBefore >= 2) {
      const items = [takeRun()];
      while (i < lines.length && lines[i]!.blanksBefore >= 2) items.push(takeRun());
      blocks.push({ kind: 'bullets', items });
    } else if (isHeading(i)) {
      blocks.push({ kind: 'heading', text: l.text, lines: [l] });
      i++;
    } else {
      const run = takeRun();
      blocks.push({ kind: 'paragraph', ...run });
    }
  }
  return blocks;

  /**
   * The entries of a column list: short lines, up to a line of prose, or up to a heading. The list's last
   * short line before prose is an entry when it has the entries' form (a comma in most "City, Country"
   * entries, none in most service names), and the next part's heading when it has not.
   */
  function takeEntries(): TextRun[] {
    const entries: TextRun[] = [];
    while (i < lines.length && short(lines[i]) && !(lines[i]!.blanksBefore === 1)) {
      const l = lines[i]!;
      if (prose(lines[i + 1]) && headingLike(l)) {
        const commas = entries.filter((e) => e.text.includes(', ')).length;
        const entryForm = commas * 2 > entries.length === l.text.includes(', ');
        if (!entryForm) break;
      }
      entries.push({ text: l.text, lines: [l] });
      i++;
    }
    return entries;
  }
}
