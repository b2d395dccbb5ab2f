/**
 * The previous period as the import's guide: what its folder says, read through the site's own parsers
 * (the content layout, the report schema, the scope and services extractors), from its files as text.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseContentPath } from '../content-layout.ts';
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
  /** Services by name, with their category's heading. */
  services: { name: string; category: string }[];
  regions: string[];
  edgeLocations: string[];
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
    services: [],
    regions: [],
    edgeLocations: [],
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
    if (where.kind === 'sections') {
      summary.sections.push({ key: where.slug!, title });
      const { scope } = extractScope(tree);
      summary.regions.push(...scope.regions.map((r) => r.name));
      summary.edgeLocations.push(...scope.edgeLocations.map((r) => r.name));
    } else {
      summary.services.push(...extractServices(tree).services.map((s) => ({ name: s.name, category: title })));
    }
  }
  return summary;
}
