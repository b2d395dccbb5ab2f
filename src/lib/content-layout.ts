/**
 * Where content lives and how its files are named: the one description of the content layout, used by the
 * collections (src/content.config.ts), the early content check, the remark plugin wiring (astro.config.mjs)
 * and src/content.ts. One folder per report period, named after its dates:
 *
 *   content/<start>--<end>/report.yaml
 *   content/<start>--<end>/sections/<slug>.mdx
 *   content/<start>--<end>/categories/<slug>.mdx
 *   content/<start>--<end>/search-aliases.yaml   (the site's: names people search the services by)
 */
import { partKinds, type PartFolder } from './part-kinds.ts';
import { isoDate } from './report-facts.ts';

/** The folder that holds the report periods, relative to the project root. */
export const contentDir = 'content';

/** The kinds of content file, each a collection: its glob under the content folder and its format. */
export const contentKinds = {
  reports: { pattern: '*/report.yaml', format: 'yaml' },
  // One folder of MDX files for each kind of report part (src/lib/part-kinds.ts).
  ...(Object.fromEntries(Object.values(partKinds).map(({ folder }) => [folder, { pattern: `*/${folder}/*.mdx`, format: 'mdx' }])) as Record<
    PartFolder,
    { pattern: string; format: 'mdx' }
  >),
  aliases: { pattern: '*/search-aliases.yaml', format: 'yaml' },
} as const;
export type ContentKind = keyof typeof contentKinds;

/** What a content file's path says about it: its kind, its period folder and (for MDX) its slug. */
export interface ContentPath {
  kind: ContentKind;
  period: string;
  /** The file name without `.mdx`; undefined for a YAML file. */
  slug: string | undefined;
}

// Each glob as a regex over a path relative to the content folder: `*` is one path segment, captured.
const matchers = Object.entries(contentKinds).map(([kind, { pattern }]) => ({
  kind: kind as ContentKind,
  regex: new RegExp(`^${pattern.replaceAll('.', '\\.').replaceAll('*', '([^/]+)')}$`),
}));

/** Reads a path relative to the content folder (`2017-04-01--2017-09-30/sections/people.mdx`); undefined for any other file. */
export function parseContentPath(path: string): ContentPath | undefined {
  const normalized = path.split('\\').join('/');
  for (const { kind, regex } of matchers) {
    const match = regex.exec(normalized);
    if (match) return { kind, period: match[1]!, slug: match[2] };
  }
  return undefined;
}

/** What a file of each kind is, in a message. */
const kindNames: Record<ContentKind, string> = {
  reports: "the report's facts",
  sections: 'a section',
  categories: 'a category',
  aliases: 'the search aliases',
};

/**
 * Files a content folder may hold that are not content, which the site leaves alone: a folder's README.md (a
 * fixture period says in one that it is a fixture), and what editors and operating systems leave (hidden
 * files such as .DS_Store, Thumbs.db, desktop.ini).
 */
const notContent = (name: string): boolean => name.startsWith('.') || /^(readme\.md|thumbs\.db|desktop\.ini)$/i.test(name);
/** The original PDF report.yaml may name (`source.pdf`), beside it: report.yaml's own check says whether it is named and is a PDF. */
const originalPdf = (parts: string[]): boolean => parts.length === 2 && /\.pdf$/i.test(parts[1]!);

/**
 * What is wrong with a file under the content folder that is no content file (`parseContentPath` gives
 * undefined), or undefined for one the site may leave alone: the site would skip it without a word, so a
 * category saved as `.md` would vanish from the report.
 */
export function strayFileProblem(path: string): string | undefined {
  const parts = path.split(/[\\/]/);
  const name = parts.at(-1)!;
  if (parts.some((part) => part.startsWith('.')) || notContent(name) || originalPdf(parts)) return undefined;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const saved = dot > 0 ? `saved as ${name.slice(dot)}` : 'saved without an extension';
  for (const [kind, { format }] of Object.entries(contentKinds) as [ContentKind, { format: string }][]) {
    const renamed = [...parts.slice(0, -1), `${stem}.${format}`].join('/');
    if (parseContentPath(renamed)?.kind === kind)
      return `${kindNames[kind]} ${saved}: the site reads only .${format} files here, so it would not be published; rename it to ${stem}.${format}`;
  }
  const layout = Object.values(contentKinds)
    .map(({ pattern }) => pattern.replace('*/', ''))
    .join(', ');
  if (parts.length === 1)
    return `not in a period folder: each report's files are in content/<start>--<end>/; move it into its period's folder, or out of ${contentDir}/`;
  return `not a file the site reads: a period folder holds ${layout} (and may hold a README.md); move it to where its kind belongs, or out of ${contentDir}/`;
}

/** Whether an absolute or relative file path is a category file, whose `## Name` headings are services. */
export function isCategoryFile(path: string): boolean {
  const parts = path.split(/[\\/]/);
  return parseContentPath(parts.slice(-3).join('/'))?.kind === partKinds.category.folder;
}

/** A collection entry's id: the file's path under the content folder without its extension. */
export const entryId = (path: string): string => path.replace(/\.(mdx|ya?ml)$/, '');

/** The entry id's period and slug (the inverse of {@link entryId} for a known kind). */
export function parseEntryId(kind: ContentKind, id: string): ContentPath {
  const parsed = parseContentPath(`${id}.${contentKinds[kind].format}`);
  if (parsed?.kind !== kind) throw new Error(`"${id}" is not a ${kind} entry id`);
  return parsed;
}

/** The name a period's folder must have: its start and end dates, `2017-04-01--2017-09-30`. */
export const periodFolder = ({ start, end }: { start: Date; end: Date }): string => `${isoDate(start)}--${isoDate(end)}`;
