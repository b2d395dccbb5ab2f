/**
 * The previous period as the import's guide: what its folder says, read through the site's own parsers
 * (the content layout, the report schema, the scope and services extractors), from its files as text.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import { parseContentPath } from '../content-layout.ts';
import { openingWords } from './layout.ts';
import { extractScope } from '../extract-scope.ts';
import { extractServices } from '../extract-services.ts';
import { reportSchema, type Criterion } from '../../schemas.ts';

export interface PeriodSummary {
  folder: string;
  criteria: Criterion[];
  framework: string;
  /** Sections: key (file name) and printed heading. */
  sections: { key: string; title: string }[];
  /** Whether the report gives its services by link (scope.services.reference) instead of listing them. */
  servicesByLink: boolean;
  /** Categories: key (file name), printed heading and the services described under it. */
  categories: { key: string; title: string; services: string[] }[];
  /** Services by name, with their category's heading. */
  services: { name: string; category: string }[];
  regions: string[];
  edgeLocations: string[];
  /** The openings of its paragraphs (first eight words, src/lib/import/layout.ts's `openingWords`). */
  paragraphStarts: Set<string>;
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** Reads a period folder's files (path in the period folder → text); undefined without a readable report.yaml. */
export function summarizePeriod(folder: string, files: ReadonlyMap<string, string>): PeriodSummary | undefined {
  const yaml = files.get('report.yaml');
  const facts = yaml === undefined ? undefined : reportSchema.safeParse(parseFrontmatter(`---\n${yaml}\n---\n`).frontmatter);
  if (!facts?.success) return undefined;
  const summary: PeriodSummary = {
    folder,
    criteria: facts.data.criteria,
    framework: facts.data.framework,
    servicesByLink: facts.data.scope?.services?.reference !== undefined,
    sections: [],
    categories: [],
    services: [],
    regions: [],
    edgeLocations: [],
    paragraphStarts: new Set(),
  };
  const order = facts.data.order;
  const entries = [...files].flatMap(([path, text]) => {
    const where = parseContentPath(`${folder}/${path}`);
    // Sections and categories only: the search aliases beside them are the site's data, not the report's parts.
    return where?.kind === 'sections' || where?.kind === 'categories' ? [{ where, text }] : [];
  });
  entries.sort((a, b) => order.indexOf(a.where.slug!) - order.indexOf(b.where.slug!));
  for (const { where, text } of entries) {
    const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
    const title = String(frontmatter['title'] ?? where.slug);
    const tree = parser.parse(content);
    for (const node of tree.children) if (node.type === 'paragraph') summary.paragraphStarts.add(openingWords(toString(node)));
    if (where.kind === 'sections') {
      summary.sections.push({ key: where.slug!, title });
      const { scope } = extractScope(tree);
      summary.regions.push(...scope.regions.map((r) => r.name));
      summary.edgeLocations.push(...scope.edgeLocations.map((r) => r.name));
    } else {
      const names = extractServices(tree).services.map((s) => s.name);
      summary.categories.push({ key: where.slug!, title, services: names });
      summary.services.push(...names.map((name) => ({ name, category: title })));
    }
  }
  return summary;
}

/** A category's key from the previous period, and the heading it had there when the heading changed. */
export interface CategoryKey {
  key: string;
  /** The previous heading, when the category is known by its services rather than its heading. */
  was?: string;
}

/**
 * The previous period's keys for the new period's categories, by heading: a category keeps its key (its
 * address). Under the same heading it is the same category; under a new one, a category that holds most of the
 * services of a previous category whose heading is gone is that category renamed (the import marks it).
 */
export function categoryKeys(
  previous: PeriodSummary,
  categories: readonly { title: string; services: readonly string[] }[],
): Map<string, CategoryKey> {
  const keys = new Map<string, CategoryKey>();
  const titles = new Set(categories.map((c) => c.title));
  const free = previous.categories.filter((c) => !titles.has(c.title));
  for (const c of categories) {
    const same = previous.categories.find((p) => p.title === c.title);
    if (same) {
      keys.set(c.title, { key: same.key });
      continue;
    }
    const held = (p: (typeof free)[number]) => p.services.filter((s) => c.services.includes(s)).length;
    const best = free.filter((p) => held(p) * 2 > p.services.length).sort((a, b) => held(b) - held(a))[0];
    if (best && !categories.some((o) => o.title !== c.title && o.services.filter((s) => best.services.includes(s)).length > held(best))) {
      keys.set(c.title, { key: best.key, was: best.title });
      free.splice(free.indexOf(best), 1);
    }
  }
  return keys;
}
