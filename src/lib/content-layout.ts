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
