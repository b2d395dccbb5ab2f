/**
 * The previous period's search aliases (`search-aliases.yaml`, the site's data: names people search services by)
 * carried into the imported period: each entry kept as it is written, an entry whose service the new report no
 * longer lists dropped, and one whose service the import proposes as renamed moved to the new name. What was
 * dropped or moved is a review mark, which the build refuses until the publisher has looked.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { yamlScalar } from './render.ts';
import { reviewToken } from './review-mark.ts';

export interface CarriedAliases {
  /** The new period's search-aliases.yaml. */
  text: string;
  /** Services whose aliases were dropped: no longer in scope. */
  dropped: string[];
  /** Entries moved to a proposed new name. */
  moved: { from: string; to: string }[];
}

/** The raw key at the start of an entry (`Name`, `"Name: x"`, `'Name'`), as written. */
function rawKey(entry: string): string {
  const quote = entry[0];
  if (quote === '"' || quote === "'") {
    const end = entry.indexOf(quote, 1);
    return entry.slice(0, end + 1);
  }
  return entry.slice(0, entry.indexOf(':'));
}

export function carryAliases(
  previous: { folder: string; text: string },
  services: readonly string[],
  renames: readonly { from: string; to: string }[] = [],
): CarriedAliases {
  const inScope = new Set(services);
  const lines = previous.text.split('\n');
  const start = lines.findIndex((l) => /^aliases:\s*$/.test(l));
  const head = lines.slice(0, start + 1);
  const kept: string[] = [];
  const dropped: string[] = [];
  const moved: { from: string; to: string }[] = [];
  // Each entry: a line indented by two, with any more deeply indented lines after it.
  const entries: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^ {2}\S/.test(line)) entries.push([line]);
    else if (entries.length > 0 && (/^ {3,}\S/.test(line) || line.trim() === '')) entries.at(-1)!.push(line);
    else kept.push(line);
  }
  const body: string[] = [];
  for (const entry of entries) {
    const parsed = parseFrontmatter(`---\n${entry.map((l) => l.slice(2)).join('\n')}\n---\n`).frontmatter;
    const name = Object.keys(parsed)[0]!;
    const rename = renames.find((r) => r.from === name && inScope.has(r.to));
    if (inScope.has(name)) body.push(...entry);
    else if (rename) {
      moved.push(rename);
      body.push(`  ${yamlScalar(rename.to)}${entry[0]!.slice(2 + rawKey(entry[0]!.slice(2)).length)}`, ...entry.slice(1));
    } else dropped.push(name);
  }
  const notes = [
    `# Carried from ${previous.folder} by the import.`,
    ...(dropped.length > 0 || moved.length > 0
      ? [
          `# ${reviewToken} aliases carried from ${previous.folder}: ${[
            dropped.length > 0 ? `dropped for services no longer in scope (${dropped.join('; ')})` : '',
            moved.length > 0
              ? `moved to the proposed new names (${moved.map((m) => `${m.from} → ${m.to}`).join('; ')}), to keep only with the rename`
              : '',
          ]
            .filter(Boolean)
            .join(', ')}; check them, then delete this line.`,
        ]
      : []),
  ];
  const text = [...head.slice(0, -1), ...notes, ...head.slice(-1), ...body, ...kept].join('\n');
  return { text: text.endsWith('\n') ? text : `${text}\n`, dropped, moved };
}
