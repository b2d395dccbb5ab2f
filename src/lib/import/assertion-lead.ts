/**
 * What a report prints above management's assertion, when its text has it: the assertion's heading and its date
 * (the 2016 and later reports print both; the text of ours starts at "We, as management of…" and has neither).
 * They are report.yaml's `assertion` facts, not a section's words, so they are taken out of the blocks the
 * outline reads. A guess, always marked for review: only the lines just above the assertion, and only when
 * every one of them reads as a heading or a date.
 */
import { isoFromWords } from './facts.ts';
import type { LayoutBlock } from './layout.ts';

export interface AssertionLead {
  /** The heading exactly as the text prints it. */
  heading?: string | undefined;
  /** YYYY-MM-DD. */
  date?: string | undefined;
  /** The heading's and the date's words, in the input's order: the folder holds them in report.yaml. */
  words: string[];
}

/** A heading is one line of words with no sentence's end; at most this long (the 2019 heading runs to 200). */
const maxHeading = 300;

/** The blocks without the assertion's heading and date, and those, when the text prints them above it. */
export function takeAssertionLead(blocks: readonly LayoutBlock[]): { blocks: LayoutBlock[]; lead?: AssertionLead } {
  const at = blocks.findIndex((b) => b.kind === 'paragraph' && /\bas management of\b/i.test(b.text));
  if (at < 1 || at > 2) return { blocks: [...blocks] };
  const lead: AssertionLead = { words: [] };
  for (const b of blocks.slice(0, at)) {
    if (b.kind !== 'heading' && b.kind !== 'paragraph') return { blocks: [...blocks] };
    const date = isoFromWords(b.text);
    if (date && !lead.date) lead.date = date;
    else if (!date && !lead.heading && b.text.length <= maxHeading && !/[.;:]$/.test(b.text)) lead.heading = b.text;
    else return { blocks: [...blocks] };
    lead.words.push(...b.text.split(/\s+/).filter(Boolean));
  }
  return { blocks: blocks.slice(at), lead };
}
