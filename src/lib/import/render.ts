/**
 * The period folder's files, as text, in the conventions of the hand-made content: `report.yaml`, one MDX file
 * per section (`sections/<key>.mdx`) and per category (`categories/<key>.mdx`, a `## Service name` heading
 * each), the scope lists inside `<Scope of="…">`, each Region's name inside `<Region>`. What the import is
 * unsure of is written as a review mark, which the content check refuses to publish.
 */
import { reportSchemaModeline } from '../report-json-schema.ts';
import type { ImportedFacts } from './facts.ts';
import { reviewToken } from './review-mark.ts';
import type { ContentBlock, ImportedCategory, ImportedSection, Mark, Outline } from './outline.ts';

export interface WrittenMark {
  file: string;
  line: number;
  message: string;
}

export interface RenderedFolder {
  /** File path in the period folder → its text. */
  files: Map<string, string>;
  marks: WrittenMark[];
}

export interface RenderOptions {
  /** The date the site publishes the period (site.published), YYYY-MM-DD: the site's, not the report's. */
  published: string;
  /** The document's kind, as report.yaml names it. */
  document: string;
  /** The assertion's heading and date the text prints above it: written, marked for review. */
  assertion?: { heading?: string | undefined; date?: string | undefined };
  /** The original PDF's file name beside report.yaml (`source.pdf`), when the import read a PDF. */
  pdf?: string;
  /** Pages of the PDF with no extractable text, by number: `source.omits` names them, marked for review. */
  emptyPages?: readonly number[];
  /** Renames proposed for the publisher to confirm, written commented out. */
  proposedRenames?: readonly { from: string; to: string }[];
  /** Section keys proposed as renamed (a heading changed, and with it the key): commented out, as renames. */
  proposedSectionRenames?: readonly { fromKey: string; toKey: string; from: string; to: string }[];
}

/** A YAML scalar: plain where YAML reads it back as the same string, double-quoted otherwise. */
export function yamlScalar(value: string): string {
  const plain =
    !/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(value) &&
    !/(: |\s#|&|:$|\s$)/.test(value) &&
    !/^(true|false|yes|no|on|off|null|~|[-+.\d][\d._:-]*)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** Report text made safe for MDX: characters MDX or Markdown would read as syntax are escaped, nothing else changes. */
export function escapeMdx(text: string): string {
  const inline = text
    .replace(/[\\{}<>*[\]`]/g, (c) => `\\${c}`)
    .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (m) => m.replace('_', '\\_'));
  // A paragraph must not start like a heading, quote, list item or thematic break.
  return inline.replace(/^([#+=-]|\d+(?=[.)](\s|$)))/, '\\$1');
}

/** A paragraph naming the Regions, each name wrapped in `<Region>` where the sentence prints it. */
function markRegions(text: string, regions: readonly string[]): string {
  let out = '';
  let at = 0;
  for (const name of regions) {
    const i = text.indexOf(name, at);
    out += `${escapeMdx(text.slice(at, i))}<Region>${escapeMdx(name)}</Region>`;
    at = i + name.length;
  }
  return out + escapeMdx(text.slice(at));
}

function renderBlock(b: ContentBlock): string {
  if (b.kind === 'paragraph') return b.regions ? markRegions(b.text, b.regions) : escapeMdx(b.text);
  if (b.kind === 'list') return b.items.map((it) => `- ${escapeMdx(it)}`).join('\n');
  return `<Scope of="${b.of}">\n\n${b.entries.map((e) => `- ${escapeMdx(e)}`).join('\n')}\n\n</Scope>`;
}

/** Frontmatter, then the chunks (each a block of text at an input line) with the marks before the chunk they are about. */
function mdxFile(
  path: string,
  frontmatter: string[],
  chunks: { line: number; text: string }[],
  marks: readonly Mark[],
  out: WrittenMark[],
) {
  const parts: string[] = [];
  const pending = [...marks].sort((a, b) => a.line - b.line);
  // ---, the frontmatter, ---, a blank line: the first chunk is on the line after.
  let lineNo = frontmatter.length + 4;
  const push = (text: string) => {
    parts.push(text);
    lineNo += text.split('\n').length + 1;
  };
  const flush = (upTo: number) => {
    while (pending.length > 0 && pending[0]!.line <= upTo) {
      const m = pending.shift()!;
      out.push({ file: path, line: lineNo, message: m.message });
      push(`{/* ${reviewToken} ${m.message.replaceAll('*/', '* /')} */}`);
    }
  };
  for (const chunk of chunks) {
    flush(chunk.line);
    push(chunk.text);
  }
  flush(Infinity);
  return `---\n${frontmatter.join('\n')}\n---\n\n${parts.join('\n\n')}\n`;
}

function sectionFile(s: ImportedSection, out: WrittenMark[]): [string, string] {
  const path = `sections/${s.key}.mdx`;
  const frontmatter = [
    `title: ${yamlScalar(s.title)}`,
    ...(s.titleFrom === 'site' ? ['titleFrom: site'] : []),
    ...(s.parent ? [`parent: ${s.parent}`] : []),
  ];
  return [
    path,
    mdxFile(
      path,
      frontmatter,
      s.blocks.map((b) => ({ line: b.line, text: renderBlock(b) })),
      s.marks,
      out,
    ),
  ];
}

function categoryFile(c: ImportedCategory, out: WrittenMark[]): [string, string] {
  const path = `categories/${c.key}.mdx`;
  const chunks = c.services.flatMap((s) => [
    { line: s.line, text: `## ${escapeMdx(s.name)}` },
    ...s.paragraphs.map((p) => ({ line: p.line, text: escapeMdx(p.text) })),
  ]);
  return [path, mdxFile(path, [`title: ${yamlScalar(c.title)}`], chunks, c.marks, out)];
}

/** report.yaml's `assertion`, as the text prints it above the assertion; a guess of the layout, so marked. */
function assertionLines(assertion: RenderOptions['assertion']): string[] {
  if (!assertion?.heading && !assertion?.date) return [];
  return [
    `# ${reviewToken} the assertion's heading and date, read from the lines above it: check them against the PDF, then delete this line.`,
    'assertion:',
    ...(assertion.heading ? [`  heading: ${yamlScalar(assertion.heading)}`] : []),
    ...(assertion.date ? [`  date: ${assertion.date}`] : []),
  ];
}

/**
 * report.yaml's `scope.services.reference` for a report that points to its services instead of listing them:
 * its sentence, word for word; the link and the day it was checked are the publisher's to record (the text may
 * not print the link, and only a person can check it), so the block is written commented out, marked.
 */
function referenceLines(reference: Outline['servicesReference']): string[] {
  if (!reference) return [];
  return [
    `# ${reviewToken} the report gives its services by link, not a list (sections/${reference.section}.mdx): uncomment the block, give the address it points to and the day you checked it, then delete this line.`,
    '# scope:',
    '#   services:',
    '#     reference:',
    `#       words: ${yamlScalar(reference.words)}`,
    '#       url: https://',
    '#       checked: YYYY-MM-DD',
  ];
}

/** "1", "2 and 3", "2, 5 and 7". */
const pageList = (pages: readonly number[]) =>
  pages.length === 1 ? String(pages[0]) : `${pages.slice(0, -1).join(', ')} and ${pages.at(-1)}`;

/**
 * report.yaml's `source`: the original PDF when the import read one (kept beside report.yaml, published with its
 * size and SHA-256), and `omits` for the pages with no extractable text (a scanned letter, an image): each page
 * named by its number, in the site's words; what the page holds only the publisher can say, so it is marked.
 */
function sourceLines(pdf: string | undefined, pages: readonly number[] = []): string[] {
  if (!pdf && pages.length === 0) return [];
  const one = pages.length === 1;
  const which = `${one ? 'Page' : 'Pages'} ${pageList(pages)} of the PDF`;
  return [
    "# What the PDF prints of the report itself. The original PDF, and what this text leaves out of it in the site's words.",
    ...(pages.length > 0
      ? [
          `# ${reviewToken} ${which} ${one ? 'has' : 'have'} no extractable text (scanned, or images): say what ${one ? 'it holds' : 'they hold'} if you know (e.g. the auditor’s report), type the report's words from ${one ? 'it' : 'them'} into a section if they are the report's, then delete this line.`,
        ]
      : []),
    'source:',
    ...(pdf ? [`  pdf: ${pdf}`] : []),
    ...(pages.length > 0
      ? [
          '  omits:',
          `    - ${yamlScalar(`${which}, which ${one ? 'has' : 'have'} no extractable text (scanned, or images): ${one ? 'its' : 'their'} words are not in this text.`)}`,
        ]
      : []),
  ];
}

function reportYaml(facts: ImportedFacts, outline: Outline, options: RenderOptions): string {
  const list = (items: readonly string[]) => items.map((i) => `  - ${yamlScalar(i)}`);
  const firstCategory = outline.parts.findIndex((p) => p.kind === 'category');
  const parent = outline.parts.slice(0, Math.max(0, firstCategory)).findLast((p) => p.kind === 'section');
  const renames = options.proposedRenames ?? [];
  const sectionRenames = options.proposedSectionRenames ?? [];
  return [
    reportSchemaModeline,
    '# Facts about this report that the site shows in several places. Each is quoted from the report',
    "# (the management assertion) or describes the source document; the site's own labels live in src/.",
    `organization: ${yamlScalar(facts.organization)}`,
    `system: ${yamlScalar(facts.system)}`,
    `document: ${yamlScalar(options.document)}`,
    'period:',
    `  start: ${facts.start}`,
    `  end: ${facts.end}`,
    'criteria:',
    ...list(facts.criteria),
    `framework: ${yamlScalar(facts.framework)}`,
    ...referenceLines(outline.servicesReference),
    ...assertionLines(options.assertion),
    ...sourceLines(options.pdf, options.emptyPages),
    ...(parent
      ? [
          "# The report's reading order: sections, and the service categories in the order the report describes",
          `# them under "${parent.title}". Navigation, prev/next links and the full report follow it.`,
        ]
      : ["# The report's reading order: sections and service categories. Navigation, prev/next links and the full report follow it."]),
    'order:',
    ...list(outline.parts.map((p) => p.key)),
    "# What this site records about publishing this period (the site's, not the report's): the date it was",
    '# published here, corrections made to this copy since, and services renamed since the previous period.',
    'site:',
    `  published: ${options.published}`,
    ...(renames.length > 0
      ? [
          `  # ${reviewToken} renames proposed by the import: confirm each (uncomment) or delete it, then delete this line.`,
          '  # renames:',
          ...renames.flatMap((r) => [`  #   - from: ${yamlScalar(r.from)}`, `  #     to: ${yamlScalar(r.to)}`]),
        ]
      : []),
    ...(sectionRenames.length > 0
      ? [
          `  # ${reviewToken} section renames proposed by the import (${sectionRenames.map((r) => `"${r.from}" → "${r.to}"`).join(', ')}): confirm each (uncomment) so the old address leads to the new, or delete it, then delete this line.`,
          '  # sectionRenames:',
          ...sectionRenames.flatMap((r) => [`  #   - from: ${r.fromKey}`, `  #     to: ${r.toKey}`]),
        ]
      : []),
    '',
  ].join('\n');
}

export function renderFolder(facts: ImportedFacts, outline: Outline, options: RenderOptions): RenderedFolder {
  const marks: WrittenMark[] = [];
  const files = new Map<string, string>();
  files.set('report.yaml', reportYaml(facts, outline, options));
  const yamlLines = files.get('report.yaml')!.split('\n');
  yamlLines.forEach((l, i) => {
    if (l.includes(reviewToken))
      marks.push({ file: 'report.yaml', line: i + 1, message: l.slice(l.indexOf(reviewToken) + reviewToken.length).trim() });
  });
  for (const part of outline.parts) {
    const [path, text] = part.kind === 'section' ? sectionFile(part, marks) : categoryFile(part, marks);
    files.set(path, text);
  }
  return { files, marks };
}
