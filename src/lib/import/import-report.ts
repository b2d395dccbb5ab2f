/**
 * A report's text to its period folder, in memory: read the lines, lay out the blocks, find the parts and the
 * facts, write the files, and account for every word. Pure: the command (./command.ts) reads and writes.
 */
import { takeAssertionLead, type AssertionLead } from './assertion-lead.ts';
import { carryAliases } from './carry-aliases.ts';
import { reviewMarks, reviewToken } from './review-mark.ts';
import { layoutBlocks } from './layout.ts';
import { buildOutline, type Outline } from './outline.ts';
import { readFacts, type ImportedFacts } from './facts.ts';
import { renderFolder, type WrittenMark } from './render.ts';
import { readSourceText, type LeftOut } from './source-lines.ts';
import { accountWords, reportWordsOfFile, wordsOf, type Accounting } from './word-account.ts';

export interface ImportOptions {
  /** site.published, YYYY-MM-DD. */
  published: string;
  /** The original PDF's file name in the period folder, when the input was the PDF: report.yaml's `source.pdf`. */
  pdf?: string;
  /** report.yaml's `document`; the text of a SOC 3 report does not name its own kind. */
  document?: string;
  /** Section keys of the previous period by printed heading, so a section keeps its key. */
  sectionKeys?: ReadonlyMap<string, string>;
  /** The openings of the previous period's paragraphs (src/lib/import/layout.ts, `paragraphStarts`). */
  paragraphStarts?: ReadonlySet<string>;
  /** Category keys of the previous period by this period's heading, so a category keeps its key. */
  categoryKeys?: ReadonlyMap<string, { key: string; was?: string }>;
  proposedRenames?: readonly { from: string; to: string }[];
  proposedSectionRenames?: readonly { fromKey: string; toKey: string; from: string; to: string }[];
  /** The previous period's search-aliases.yaml, carried into the new folder for the services still in scope. */
  previousAliases?: { folder: string; text: string } | undefined;
  /**
   * Why the site cannot place a Region or edge location on its map (the gazetteer with the site's overrides,
   * src/lib/geo/place-check.ts), or undefined where it can: a place it cannot is marked for review.
   */
  placeProblem?: (name: string, kind: 'region' | 'edge') => string | undefined;
}

export interface Imported {
  /** The period folder's name, `<start>--<end>`. */
  folder: string;
  facts: ImportedFacts;
  /** The assertion's heading and date as the text prints them above it, when it does. */
  assertion: AssertionLead | undefined;
  outline: Outline;
  files: Map<string, string>;
  marks: WrittenMark[];
  leftOut: LeftOut[];
  emptyPages: number[];
  pageCount: number;
  accounting: Accounting;
}

export const defaultDocument = 'SOC 3 report';
/** The site's search aliases of a period's services, beside report.yaml. */
const aliasesFile = 'search-aliases.yaml';
/** A review mark's own words, as the summary lists them. */
const markText = (text: string, line: number) => {
  const l = text.split('\n')[line - 1]!;
  return l.slice(l.indexOf(reviewToken) + reviewToken.length).trim();
};

/** Imports a report's text; `errors` says, one line each, why no folder can be written. */
export function importReportText(text: string, options: ImportOptions): { imported?: Imported; errors: string[] } {
  const source = readSourceText(text);
  if (source.lines.length === 0)
    return { errors: ['the input has no text: is it a scanned PDF? Run it through OCR first, or import its text'] };
  // The assertion's printed heading and date, when the text has them, are report.yaml's facts (marked for review).
  const { blocks, lead } = takeAssertionLead(
    layoutBlocks(source.lines, options.paragraphStarts ? { paragraphStarts: options.paragraphStarts } : {}),
  );
  const outline = buildOutline(blocks, {
    ...(options.sectionKeys ? { sectionKeys: options.sectionKeys } : {}),
    ...(options.categoryKeys ? { categoryKeys: options.categoryKeys } : {}),
  });
  const allText = blocks.map((b) => (b.kind === 'heading' || b.kind === 'paragraph' ? b.text : '')).join(' ');
  const { facts, missing } = readFacts(allText);
  if (!facts) return { errors: missing.map((m) => `could not find ${m} in the report's text`) };
  const keys = new Map<string, number>();
  for (const p of outline.parts) keys.set(p.key, (keys.get(p.key) ?? 0) + 1);
  const twice = [...keys].filter(([, n]) => n > 1).map(([k]) => k);
  if (twice.length > 0) return { errors: twice.map((k) => `two parts of the report would both be "${k}": their headings read alike`) };

  if (options.placeProblem) markUnknownPlaces(outline, options.placeProblem);
  const { files, marks } = renderFolder(facts, outline, {
    published: options.published,
    document: options.document ?? defaultDocument,
    ...(lead ? { assertion: lead } : {}),
    emptyPages: source.emptyPages,
    ...(options.pdf ? { pdf: options.pdf } : {}),
    ...(options.proposedRenames ? { proposedRenames: options.proposedRenames } : {}),
    ...(options.proposedSectionRenames ? { proposedSectionRenames: options.proposedSectionRenames } : {}),
  });
  // A report that gives its services by link has none to carry aliases for.
  if (options.previousAliases && outline.services.length > 0) {
    const carried = carryAliases(
      options.previousAliases,
      outline.parts.flatMap((p) => (p.kind === 'category' ? p.services.map((s) => s.name) : [])),
      options.proposedRenames,
    );
    files.set(aliasesFile, carried.text);
    marks.push(...reviewMarks(carried.text).map((m) => ({ file: aliasesFile, line: m.line!, message: markText(carried.text, m.line!) })));
  }
  const output = [
    ...(lead?.words ?? []),
    ...outline.parts.flatMap((p) => reportWordsOfFile(files.get(`${p.kind === 'section' ? 'sections' : 'categories'}/${p.key}.mdx`)!)),
  ];
  // Every word of the input as given, debris included, against the files' words and the left-out lines' words.
  const accounting = accountWords(
    wordsOf(text),
    output,
    source.leftOut.flatMap((l) => wordsOf(l.text)),
  );
  return {
    imported: {
      folder: `${facts.start}--${facts.end}`,
      facts,
      assertion: lead,
      outline,
      files,
      marks,
      leftOut: source.leftOut,
      emptyPages: source.emptyPages,
      ...(options.pdf ? { pdf: options.pdf } : {}),
      pageCount: source.pageCount,
      accounting,
    },
    errors: [],
  };
}

/** Marks, in the section that names it, each Region or edge location the site cannot place, with the reason. */
function markUnknownPlaces(outline: Outline, problemOf: NonNullable<ImportOptions['placeProblem']>): void {
  for (const part of outline.parts) {
    if (part.kind !== 'section') continue;
    for (const b of part.blocks) {
      const kind = b.kind === 'paragraph' ? 'region' : 'edge';
      const names = b.kind === 'paragraph' ? (b.regions ?? []) : b.kind === 'scope' && b.of === 'edge-locations' ? b.entries : [];
      for (const name of names) {
        const problem = problemOf(name, kind);
        if (problem) part.marks.push({ line: b.line, message: `"${name}" cannot be placed on the map: ${problem}` });
      }
    }
  }
}
