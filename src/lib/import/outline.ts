/**
 * The report's parts read from its blocks: sections (with a key of their own, the file name and the address),
 * service categories with their services, and the scope (the services list, the Regions sentence, the edge
 * locations list). What the import cannot place it marks for review instead of guessing in silence.
 */
import { slugify } from '../slug.ts';
import { attachmentHeading, type LayoutBlock, type TextRun } from './layout.ts';

/** Something the import is unsure of, at a line of the input; the written file carries it as a review mark. */
export interface Mark {
  message: string;
  /** Input line the mark is about. */
  line: number;
}

export type ContentBlock =
  | { kind: 'paragraph'; text: string; line: number; regions?: string[] }
  | { kind: 'list'; items: string[]; line: number }
  | { kind: 'scope'; of: 'services' | 'edge-locations'; entries: string[]; line: number };

export interface ImportedSection {
  /** The section's stable key: its file name and address. */
  key: string;
  title: string;
  titleFrom: 'report' | 'site';
  /** The key of the attachment that holds this section, when it follows one. */
  parent?: string;
  line: number;
  blocks: ContentBlock[];
  marks: Mark[];
}

export interface ImportedService {
  name: string;
  line: number;
  paragraphs: { text: string; line: number }[];
}

export interface ImportedCategory {
  key: string;
  title: string;
  line: number;
  services: ImportedService[];
  marks: Mark[];
}

export type Part = ({ kind: 'section' } & ImportedSection) | ({ kind: 'category' } & ImportedCategory);

export interface Outline {
  /** Sections and categories in the report's reading order. */
  parts: Part[];
  services: string[];
  /**
   * When the report lists no services but points to them ("… services included within the scope of this
   * report is available via the Internet."): that sentence, word for word, and the section it stands in.
   */
  servicesReference?: { words: string; section: string; line: number };
  regions: string[];
  edgeLocations: string[];
}

/** A sentence that points to the services in scope instead of listing them. */
const servicesPointer = /[^.]*\bservices\b[^.]*\bscope\b[^.]*\b(?:available|listed|found)\b[^.]*\./i;
/** This many short lines in a row, each a paragraph of its own, look like a table's cells. */
const cellRun = 4;

/** The heading the site gives the text the report prints before its first heading, when it is the assertion. */
const assertion = { key: 'management-assertion', title: 'Management assertion' };

const firstLine = (run: { lines: { line: number }[] }) => run.lines[0]!.line;
/** The input line a block starts on. */
const blockLine = (b: LayoutBlock): number =>
  b.kind === 'entries' ? firstLine(b.entries[0]!) : b.kind === 'bullets' ? firstLine(b.items[0]!) : firstLine(b);

/** Mends the entries of a services list: an entry split over two lines is one service described under that name. */
export function mendServiceEntries(entries: readonly TextRun[], described: ReadonlySet<string>): { names: string[]; marks: Mark[] } {
  const names: string[] = [];
  const marks: Mark[] = [];
  for (let i = 0; i < entries.length; i++) {
    const here = entries[i]!.text;
    const next = entries[i + 1]?.text;
    if (next !== undefined && !described.has(here) && !described.has(next) && described.has(`${here} ${next}`)) {
      names.push(`${here} ${next}`);
      i++;
    } else {
      names.push(here);
      if (!described.has(here))
        marks.push({
          line: firstLine(entries[i]!),
          message: `"${here}" is in the services list but no service is described under that name: is it an entry split over two lines, or a heading the import could not place?`,
        });
    }
  }
  return { names, marks };
}

/**
 * Mends the entries of a locations list written "City, Country": a line whose country part is no country of
 * the list, followed by one that completes it into one ("Pennsylvania, United" / "States"), is one entry.
 */
export function mendPlaceEntries(entries: readonly TextRun[]): string[] {
  const countryOf = (t: string) => (t.includes(', ') ? t.slice(t.lastIndexOf(', ') + 2) : undefined);
  const counts = new Map<string | undefined, number>();
  for (const e of entries) counts.set(countryOf(e.text), (counts.get(countryOf(e.text)) ?? 0) + 1);
  // A country of the list is one that another entry names too.
  const countries = new Set([...counts].filter(([c, n]) => c !== undefined && n > 1).map(([c]) => c));
  const names: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const here = entries[i]!.text;
    const next = entries[i + 1]?.text;
    const joined = `${here} ${next}`;
    const country = countryOf(here);
    if (next !== undefined && !next.includes(', ') && country && !countries.has(country) && countries.has(countryOf(joined)!)) {
      names.push(joined);
      i++;
    } else names.push(here);
  }
  return names;
}

/** The Regions a sentence names: "… the data centers in the A, B, …, and Z Regions." */
export function regionsIn(sentence: string): string[] {
  const match = /\bin the (.+?) Regions\.$/.exec(sentence);
  if (!match) return [];
  // Split at commas outside parentheses; the last name follows "and".
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of match[1]!) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      names.push(current.trim());
      current = '';
    } else current += ch;
  }
  names.push(current.trim());
  return names.map((n) => n.replace(/^and /, '')).filter(Boolean);
}

/** Which scope list a lead-in paragraph introduces. */
function listKind(leadIn: string | undefined): 'services' | 'edge-locations' | undefined {
  if (!leadIn) return undefined;
  if (/\bservices\b/i.test(leadIn)) return 'services';
  if (/\blocations\b/i.test(leadIn)) return 'edge-locations';
  return undefined;
}

export interface OutlineOptions {
  /** Section keys of the previous period by printed heading: a section keeps its key. */
  sectionKeys?: ReadonlyMap<string, string>;
  /** Category keys of the previous period by this period's heading (src/lib/import/previous-period.ts). */
  categoryKeys?: ReadonlyMap<string, { key: string; was?: string }>;
}

export function buildOutline(blocks: readonly LayoutBlock[], options: OutlineOptions = {}): Outline {
  const headings = new Set(blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])));
  const outline: Outline = { parts: [], services: [], regions: [], edgeLocations: [] };
  const serviceNames = new Set<string>();
  // The services list first: headings that name a service in it are services.
  blocks.forEach((b, i) => {
    const lead = blocks[i - 1];
    if (b.kind === 'entries' && listKind(lead?.kind === 'paragraph' ? lead.text : undefined) === 'services')
      for (const n of mendServiceEntries(b.entries, headings).names) serviceNames.add(n);
  });

  let section: ImportedSection | undefined;
  let category: ImportedCategory | undefined;
  let service: ImportedService | undefined;
  // An attachment's key is its own name ("Attachment A"), not its whole heading.
  const keyOf = (title: string) => options.sectionKeys?.get(title) ?? slugify(attachmentHeading.exec(title)?.[0] ?? title);
  let attachment: ImportedSection | undefined;
  const openSection = (s: ImportedSection) => {
    if (attachmentHeading.test(s.title)) {
      attachment = s;
      s.marks.push({
        line: s.line,
        message: `the sections after "${s.title}", up to the next attachment or the end, are placed in it (parent: ${s.key}): check them against the PDF's contents`,
      });
    } else if (attachment && s.titleFrom === 'report') s.parent = attachment.key;
    section = s;
    category = undefined;
    service = undefined;
    outline.parts.push({ kind: 'section', ...s });
  };

  /** Whether the next heading after block i is a service's, or a category's over a service's. */
  const servicesFollow = (i: number): boolean => {
    const j = blocks.findIndex((b, k) => k > i && b.kind === 'heading');
    const [h, after] = [blocks[j], blocks[j + 1]];
    return h?.kind === 'heading' && (serviceNames.has(h.text) || (after?.kind === 'heading' && serviceNames.has(after.text)));
  };

  blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      const next = blocks[i + 1];
      if (serviceNames.has(b.text) && category) {
        service = { name: b.text, line: firstLine(b), paragraphs: [] };
        category.services.push(service);
      } else if (category && next?.kind === 'paragraph' && servicesFollow(i)) {
        // Inside a category, with more services after it: a service the scope list does not name.
        service = { name: b.text, line: firstLine(b), paragraphs: [] };
        category.services.push(service);
        category.marks.push({
          line: service.line,
          message: `"${b.text}" is described among the services of "${category.title}" but the scope list does not name it: add it to the list if the report lists it, or correct the name`,
        });
      } else if (!serviceNames.has(b.text) && next?.kind === 'heading' && serviceNames.has(next.text)) {
        const kept = options.categoryKeys?.get(b.text);
        category = { key: kept?.key ?? slugify(b.text), title: b.text, line: firstLine(b), services: [], marks: [] };
        if (kept?.was)
          category.marks.push({
            line: category.line,
            message: `"${b.text}" holds most of the services of "${kept.was}" of the previous period: it keeps that category's key (${kept.key}), so its address stays; check it is that category renamed`,
          });
        service = undefined;
        outline.parts.push({ kind: 'category', ...category });
      } else {
        const s: ImportedSection = { key: keyOf(b.text), title: b.text, titleFrom: 'report', line: firstLine(b), blocks: [], marks: [] };
        if (serviceNames.has(b.text))
          s.marks.push({ line: s.line, message: `"${b.text}" names a service in scope but is not under a category heading: place it` });
        openSection(s);
      }
      return;
    }
    if (!section) {
      // Text before the first heading: the management assertion, which the report prints without one in its text.
      const isAssertion = b.kind === 'paragraph' && /\bas management of\b/i.test(b.text);
      const s: ImportedSection = {
        key: isAssertion ? assertion.key : 'untitled',
        title: isAssertion ? assertion.title : 'Untitled',
        titleFrom: 'site',
        line: blockLine(b),
        blocks: [],
        marks: [],
      };
      if (!isAssertion)
        s.marks.push({ line: s.line, message: 'text before the first heading that is not the management assertion: give it a heading' });
      openSection(s);
    }
    if (category) {
      if (b.kind === 'paragraph' && service) service.paragraphs.push({ text: b.text, line: firstLine(b) });
      else
        category.marks.push({
          line: blockLine(b),
          message: `a ${b.kind === 'paragraph' ? 'paragraph' : 'list'} in category "${category.title}" that belongs to no service: place it`,
        });
      return;
    }
    const s = section!;
    if (b.kind === 'paragraph') {
      const regions = regionsIn(b.text);
      outline.regions.push(...regions);
      s.blocks.push({ kind: 'paragraph', text: b.text, line: firstLine(b), ...(regions.length > 0 ? { regions } : {}) });
    } else if (b.kind === 'bullets') {
      s.blocks.push({ kind: 'list', items: b.items.map((it) => it.text), line: blockLine(b) });
    } else {
      const lead = blocks[i - 1];
      const of = listKind(lead?.kind === 'paragraph' ? lead.text : undefined);
      const line = blockLine(b);
      if (of === 'services') {
        const { names, marks } = mendServiceEntries(b.entries, headings);
        outline.services.push(...names);
        // Marked before the list, never inside it: the list's entries stay the report's words.
        s.marks.push(...marks.map((m) => ({ ...m, line })));
        s.blocks.push({ kind: 'scope', of, entries: names, line });
      } else if (of === 'edge-locations') {
        const names = mendPlaceEntries(b.entries);
        outline.edgeLocations.push(...names);
        s.blocks.push({ kind: 'scope', of, entries: names, line });
      } else {
        s.marks.push({ line, message: 'a list the import could not tell as services or locations: check it' });
        s.blocks.push({ kind: 'list', items: b.entries.map((e) => e.text), line });
      }
    }
  });
  markCellRuns(blocks, outline);
  if (outline.services.length === 0) findServicesReference(outline);
  const parents = new Set(outline.parts.flatMap((p) => (p.kind === 'section' && p.parent ? [p.parent] : [])));
  for (const part of outline.parts)
    if (part.kind === 'section' && part.blocks.length === 0 && !parents.has(part.key))
      part.marks.push({
        line: part.line,
        message: `"${part.title}" is a heading with no text of its own: give it its text; if it holds the parts after it (an attachment), give each of them parent: ${part.key}`,
      });
  return outline;
}

/**
 * Marks, in its section, each run of short lines that came out one paragraph each: a table's cells, as pdftotext
 * writes one, or a list the text does not show as one. The words stay, in reading order; the shape is the PDF's.
 */
function markCellRuns(blocks: readonly LayoutBlock[], outline: Outline): void {
  const single = (b: LayoutBlock | undefined) => b?.kind === 'paragraph' && b.lines.length === 1;
  for (let i = 0; i < blocks.length; i++) {
    if (!single(blocks[i]) || single(blocks[i - 1])) continue;
    let end = i;
    while (single(blocks[end + 1])) end++;
    if (end - i + 1 < cellRun) continue;
    const line = blockLine(blocks[i]!);
    // In a section; in a category, each stray paragraph is marked already (it belongs to no service).
    const part = outline.parts.findLast((p) => p.line <= line);
    if (part?.kind !== 'section') continue;
    part.marks.push({
      line,
      message: `${end - i + 1} short lines in a row, each a paragraph of its own: a table (its cells row by row) or a list? Rebuild it as the PDF shows it, word for word`,
    });
  }
}

/** Finds the sentence that points to the services when the report lists none, or marks that it found neither. */
function findServicesReference(outline: Outline): void {
  for (const part of outline.parts) {
    if (part.kind !== 'section') continue;
    for (const b of part.blocks) {
      const words = b.kind === 'paragraph' ? servicesPointer.exec(b.text)?.[0].trim() : undefined;
      if (words) {
        outline.servicesReference = { words, section: part.key, line: b.line };
        return;
      }
    }
  }
  const first = outline.parts[0];
  first?.marks.push({
    line: first.line,
    message: 'the report lists no services in scope, and no sentence pointing to them was found: find how it gives them',
  });
}
