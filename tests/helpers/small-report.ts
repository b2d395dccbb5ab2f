/**
 * Small reports for unit tests of what spans periods (src/lib/periods.ts, changes.ts, page-versions.ts): the
 * real report's shape (sections, categories under "Components of the System"), a few services, and the period's
 * facts, built through the real buildReport.
 */
import type { Block } from '../../src/lib/report-blocks.ts';
import { buildReport, type Report } from '../../src/lib/report-model.ts';
import { slugify } from '../../src/lib/slug.ts';
import type { ReportFacts } from '../../src/schemas.ts';

export interface SmallPeriod {
  id: string;
  /** Services by category title, each with its paragraphs. */
  categories: Record<string, Record<string, string[]>>;
  regions?: string[];
  edges?: string[];
  /** The background section's paragraphs (its scope list is built from the services). */
  background?: string[];
  renames?: { from: string; to: string }[];
}

/** A period's dates from its folder name; a reissue's (`<start>--<end>-reissued`) are those of the report it replaces. */
const dates = (id: string) => {
  const [start, end] = id.split('--');
  return { start: new Date(start!), end: new Date(end!.slice(0, 10)) };
};

/** One period's report. */
export function smallReport(p: SmallPeriod, { latest = false } = {}): Report {
  const categories = Object.entries(p.categories).map(([title, services]) => ({
    slug: slugify(title),
    file: `content/${p.id}/categories/${slugify(title)}.mdx`,
    title,
    services: Object.entries(services).map(([name, paragraphs], i) => ({ name, slug: slugify(name), line: 5 + 4 * i, paragraphs })),
  }));
  const names = categories.flatMap((c) => c.services.map((s) => s.name));
  const backgroundFile = `content/${p.id}/sections/aws-background.mdx`;
  const paragraphs = p.background ?? ['Since 2006, AWS has provided IT infrastructure.'];
  const blocks: Block[] = [
    ...paragraphs.map((text, i) => ({ id: `aws-background-p${i + 1}`, text })),
    {
      id: `aws-background-p${paragraphs.length + 1}`,
      text: names.join('\n'),
      items: names.map((text, i) => ({ id: `aws-background-p${paragraphs.length + 1}-${i + 1}`, text })),
    },
  ];
  const facts: ReportFacts = {
    organization: 'Amazon Web Services, Inc.',
    system: 'Amazon Web Services System',
    document: 'SOC 3 report',
    period: dates(p.id),
    criteria: ['security'],
    framework: 'AICPA’s TSP section 100A',
    order: ['aws-background', 'components-of-the-system', ...categories.map((c) => c.slug)],
    site: { published: dates(p.id).end, corrections: [], renames: p.renames ?? [], sectionRenames: [] },
  };
  const { report, problems } = buildReport({
    periodId: p.id,
    latest,
    file: `content/${p.id}/report.yaml`,
    facts,
    sections: [
      {
        slug: 'aws-background',
        file: backgroundFile,
        title: 'AWS Background',
        titleFrom: 'report',
        lead: '',
        blocks,
        scope: {
          services: names.map((name, i) => ({ name, line: 10 + i })),
          regions: (p.regions ?? ['US East (Ohio)']).map((name) => ({ name, line: 70 })),
          edgeLocations: (p.edges ?? []).map((name, i) => ({ name, line: 80 + i })),
        },
      },
      {
        slug: 'components-of-the-system',
        file: `content/${p.id}/sections/components-of-the-system.mdx`,
        title: 'Components of the System',
        titleFrom: 'report',
        lead: '',
        blocks: [],
      },
    ],
    categories,
  });
  if (!report) throw new Error(`the small report does not build:\n${problems.map((x) => x.message).join('\n')}`);
  return report;
}

/** Periods newest first: what joinPeriods takes. */
export const smallPeriods = (...newestFirst: SmallPeriod[]): Report[] => newestFirst.map((p, i) => smallReport(p, { latest: i === 0 }));
