import type { ContentProblem } from './content-problem.ts';
import type { ServiceDescription } from './extract-services.ts';
import type { Scope } from './extract-scope.ts';
import type { ReportFacts, SectionFrontmatter } from '../schemas.ts';
import type { Block } from './report-blocks.ts';
import { crossCheckScope } from './cross-check.ts';
import type { SourcePdf } from './report-source.ts';
import { slugify } from './slug.ts';
import { pageUrl, pinnedBase, type PageKey } from './urls.ts';

/** A section file, as the content layer and our remark plugins give it. */
export interface SectionInput {
  slug: string;
  file: string;
  title: string;
  titleFrom: SectionFrontmatter['titleFrom'];
  /** Whether it is the independent service auditor's report (`kind: auditor-report`), not management's text. */
  auditorReport?: boolean | undefined;
  /** The first sentence of the section's text, for descriptions and previews. */
  lead: string;
  /** Its paragraphs and lists, with their ids (remark-block-ids). */
  blocks: Block[];
  scope?: Scope | undefined;
}

/** A category file, with the services our remark plugin derived from it. */
export interface CategoryInput {
  slug: string;
  file: string;
  title: string;
  services: ServiceDescription[];
}

export interface ReportInput {
  /** The period folder, e.g. `2017-04-01--2017-09-30`. */
  periodId: string;
  /** Whether this is the latest period (whose pages are also at the root URLs). */
  latest: boolean;
  /** The `report.yaml` file, for error messages. */
  file: string;
  facts: ReportFacts;
  /** The original PDF report.yaml names, read at build time. */
  pdf?: SourcePdf | undefined;
  sections: SectionInput[];
  categories: CategoryInput[];
}

interface PageBase {
  /** What the page is, whatever its URL. */
  key: PageKey;
  slug: string;
  title: string;
  url: string;
  file: string;
  /** Position in the report's reading order. */
  index: number;
}
export interface SectionPage extends PageBase {
  kind: 'section';
  titleFrom: SectionFrontmatter['titleFrom'];
  /** The independent service auditor's report: labelled as the auditor's wherever it is shown. */
  auditorReport: boolean;
  lead: string;
  blocks: Block[];
}
export interface CategoryPage extends PageBase {
  kind: 'category';
  services: Service[];
}
export type ReportPage = SectionPage | CategoryPage;

export interface Service {
  /** Exactly as the report writes it. */
  name: string;
  key: PageKey;
  slug: string;
  url: string;
  /** The abbreviation the report gives in parentheses, e.g. "EC2"; a search aid added by the site. */
  abbreviation: string | undefined;
  /** e.g. "Amazon EC2" for "Amazon Elastic Compute Cloud (EC2)"; a search aid added by the site. */
  shortName: string | undefined;
  category: { key: PageKey; slug: string; title: string; url: string };
  paragraphs: string[];
  file: string;
  line: number | undefined;
}

/** One entry of the site navigation: a section, and the categories the report describes under it. */
export interface NavGroup {
  page: ReportPage;
  children: ReportPage[];
}

export interface Report {
  periodId: string;
  /** Its `report.yaml`, for messages. */
  file: string;
  /**
   * The period's pinned base path, `/<periodId>`: its pages' `url`s are their pinned URLs. Pages link by key
   * (route data's `href`), at the home they are published at.
   */
  basePath: string;
  /** Whether it is the latest period: decided by the list of periods (src/lib/assemble-periods.ts). */
  latest: boolean;
  facts: ReportFacts;
  /** The original PDF published beside the pinned pages, when report.yaml names one. */
  pdf: SourcePdf | undefined;
  /** The auditor's report, when its text is in this period (a section of `kind: auditor-report`). */
  auditorReport: SectionPage | undefined;
  pages: ReportPage[];
  nav: NavGroup[];
  categories: CategoryPage[];
  services: Service[];
  scope: Scope;
  /** The section file that states the scope. */
  scopeFile: string;
}

/** "Amazon Elastic Compute Cloud (EC2)" → EC2 and "Amazon EC2"; names without one give undefined. */
export function abbreviate(name: string): { abbreviation: string | undefined; shortName: string | undefined } {
  const match = /^(Amazon|AWS)?\s*.*\(([A-Z][A-Za-z0-9]+)\)$/.exec(name);
  if (!match) return { abbreviation: undefined, shortName: undefined };
  const abbreviation = match[2]!;
  return { abbreviation, shortName: match[1] ? `${match[1]} ${abbreviation}` : abbreviation };
}

/**
 * Joins a period's files into the report the site publishes, in the report's order, or returns
 * every problem found: order gaps, slugs off the slug rule, and scope ↔ descriptions mismatches.
 */
export function buildReport(input: ReportInput): { report?: Report; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const { facts } = input;
  const keyed = (kind: PageKey['kind'], slug: string) => {
    const key = { period: input.periodId, kind, slug };
    return { key, slug, url: pageUrl(key) };
  };
  const byslug = new Map<string, SectionInput | CategoryInput>();
  for (const page of [...input.sections, ...input.categories]) {
    if (page.slug !== slugify(page.title)) {
      problems.push({
        file: page.file,
        message: `the file name must be the slug of its title "${page.title}": rename it to ${slugify(page.title)}.mdx`,
      });
    }
    const twin = byslug.get(page.slug);
    if (twin) {
      for (const [file, other] of [
        [page.file, twin.file],
        [twin.file, page.file],
      ] as const) {
        problems.push({ file, message: `"${page.slug}" is also the slug of ${other}: a section and a category need different names` });
      }
    } else byslug.set(page.slug, page);
  }
  const seen = new Set<string>();
  const pages: ReportPage[] = [];
  for (const slug of facts.order) {
    const source = byslug.get(slug);
    if (seen.has(slug)) problems.push({ file: input.file, message: `"${slug}" appears twice in order: keep one` });
    else if (!source)
      problems.push({ file: input.file, message: `order lists "${slug}", but no sections/${slug}.mdx or categories/${slug}.mdx exists` });
    seen.add(slug);
    if (!source || pages.some((p) => p.slug === slug)) continue;
    const index = pages.length;
    pages.push(
      'services' in source
        ? { kind: 'category', ...keyed('category', slug), title: source.title, file: source.file, index, services: [] }
        : {
            kind: 'section',
            ...keyed('section', slug),
            title: source.title,
            titleFrom: source.titleFrom,
            auditorReport: source.auditorReport ?? false,
            lead: source.lead,
            blocks: source.blocks,
            file: source.file,
            index,
          },
    );
  }
  for (const slug of byslug.keys()) {
    if (!seen.has(slug))
      problems.push({
        file: byslug.get(slug)!.file,
        message: `"${slug}" is missing from order in ${input.file}: add it where the report has it`,
      });
  }

  const auditorReports = pages.filter((p): p is SectionPage => p.kind === 'section' && p.auditorReport);
  problems.push(...auditorProblems(auditorReports, pages, input));

  const categories = pages.filter((p): p is CategoryPage => p.kind === 'category');
  const services: Service[] = [];
  for (const category of categories) {
    const source = byslug.get(category.slug) as CategoryInput;
    for (const s of source.services) {
      const service: Service = {
        name: s.name,
        ...keyed('service', s.slug),
        ...abbreviate(s.name),
        category: { key: category.key, slug: category.slug, title: category.title, url: category.url },
        paragraphs: s.paragraphs,
        file: source.file,
        line: s.line,
      };
      category.services.push(service);
      services.push(service);
    }
  }

  const scopes = input.sections.filter((s) => s.scope);
  const scope = scopes[0]?.scope;
  if (!scope || scopes.length > 1) {
    problems.push({
      file: input.file,
      message: `exactly one section must state the scope (<Scope of="services">); found ${scopes.length}`,
    });
  } else {
    // Every category file's services, whether or not order lists the file: a gap in order is its own problem.
    const rank = (c: CategoryInput) => (facts.order.includes(c.slug) ? facts.order.indexOf(c.slug) : Infinity);
    const described = [...input.categories]
      .sort((a, b) => rank(a) - rank(b))
      .flatMap((c) => c.services.map((s) => ({ ...s, file: c.file })));
    problems.push(...crossCheckScope(scope.services, scopes[0]!.file, described));
  }
  if (problems.length > 0 || !scope) return { problems };
  const scopeFile = scopes[0]!.file;
  return {
    report: {
      periodId: input.periodId,
      file: input.file,
      basePath: pinnedBase(input.periodId),
      latest: input.latest,
      facts,
      pdf: input.pdf,
      auditorReport: auditorReports[0],
      pages,
      nav: groupNav(pages),
      categories,
      services,
      scope,
      scopeFile,
    },
    problems,
  };
}

/**
 * The auditor's report opens a SOC 3 report: one at most, first in order, with the auditor it is by recorded in
 * report.yaml (so the site can name the firm beside the opinion).
 */
function auditorProblems(found: SectionPage[], pages: ReportPage[], input: ReportInput): ContentProblem[] {
  const problems: ContentProblem[] = found.slice(1).map((page) => ({
    file: page.file,
    message: `a second section of kind auditor-report (the first is ${found[0]!.file}): a report has one auditor's report; remove "kind: auditor-report" from one`,
  }));
  const first = found[0];
  if (first && pages[0] !== first)
    problems.push({
      file: input.file,
      message: `"${first.slug}" is the auditor's report (kind: auditor-report) and must come first in order, where the report prints it: move it to the top of order`,
    });
  if (first && !input.facts.auditor)
    problems.push({
      file: input.file,
      message: `${first.file} is the auditor's report, but report.yaml records no auditor: add auditor: { firm: …, date: … } as the report names them`,
    });
  return problems;
}

/** Categories nest under the section the report describes them in (the one before them in order). */
function groupNav(pages: ReportPage[]): NavGroup[] {
  const groups: NavGroup[] = [];
  for (const page of pages) {
    const last = groups.at(-1);
    if (page.kind === 'category' && last) last.children.push(page);
    else groups.push({ page, children: [] });
  }
  return groups;
}
