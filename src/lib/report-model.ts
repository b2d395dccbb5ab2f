import type { ContentProblem } from './content-problem.ts';
import type { ServiceDescription } from './extract-services.ts';
import type { Scope } from './extract-scope.ts';
import type { ReportFacts, SectionFrontmatter } from '../schemas.ts';
import type { Block } from './report-blocks.ts';
import { crossCheckScope } from './cross-check.ts';
import { checkScopeGiven, lists, referenceOf, sectionWith } from './scope-reference.ts';
import { nestPages } from './section-tree.ts';
import type { SourcePdf } from './report-source.ts';
import { slugify } from './slug.ts';
import { pageUrl, pinnedBase, type PageKey } from './urls.ts';

/** A section file, as the content layer and our remark plugins give it. */
export interface SectionInput {
  /** Its key: the file name without `.mdx`, whatever its heading. */
  slug: string;
  file: string;
  title: string;
  titleFrom: SectionFrontmatter['titleFrom'];
  /** The key of the section that holds it (an attachment's), and the line of `parent:` for messages. */
  parent?: string | undefined;
  parentLine?: number | undefined;
  /** Whether it is the independent service auditor's report (`kind: auditor-report`), not management's text. */
  auditorReport?: boolean | undefined;
  /** The first sentence of the section's text, for descriptions and previews. */
  lead: string;
  /** Its paragraphs and lists, with their ids (remark-block-ids). */
  blocks: Block[];
  /** The ids of the headings in its text (remark-heading-ids). */
  headings?: string[] | undefined;
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
  /** Its text, for the lines of messages (empty when unknown). */
  source?: string | undefined;
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
  /** The slug of the section that holds it (for a category, the section it is described under); undefined at the top. */
  parent: string | undefined;
  /** How deep it is nested: 0 at the report's top level, 1 inside a section, and so on. */
  depth: number;
}
export interface SectionPage extends PageBase {
  kind: 'section';
  titleFrom: SectionFrontmatter['titleFrom'];
  /** The independent service auditor's report: labelled as the auditor's wherever it is shown. */
  auditorReport: boolean;
  lead: string;
  blocks: Block[];
  /** The ids of the headings in its text. */
  headings: string[];
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

/** One entry of the report's contents: a part, and the parts it holds (sections, or categories described under it). */
export interface NavGroup {
  page: ReportPage;
  children: NavGroup[];
}

export interface Report {
  periodId: string;
  /** Its `report.yaml`, for messages. */
  file: string;
  /** That file's text, for the lines of messages. */
  source: string;
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
    // A category's slug is its title's (its services' pages sit under it); a section's key is its own.
    if (!('titleFrom' in page) && page.slug !== slugify(page.title)) {
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
    const place = { index, parent: undefined, depth: 0 };
    pages.push(
      'services' in source
        ? { kind: 'category', ...keyed('category', slug), title: source.title, file: source.file, ...place, services: [] }
        : {
            kind: 'section',
            ...keyed('section', slug),
            title: source.title,
            titleFrom: source.titleFrom,
            auditorReport: source.auditorReport ?? false,
            lead: source.lead,
            blocks: source.blocks,
            headings: source.headings ?? [],
            file: source.file,
            ...place,
          },
    );
  }
  problems.push(...nestPages(pages, input.sections, input.file));
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
  // A period that gives all its scope by link has no lists: its scope section is the one with the reference's words.
  const scopeSection = scopes[0] ?? givenIn(input);
  const scope = scopeSection && (scopeSection.scope ?? { services: [], regions: [], edgeLocations: [] });
  if (!scopeSection || scopes.length > 1) {
    problems.push({
      file: input.file,
      message: `exactly one section must state the scope (<Scope of="services">); found ${scopes.length}`,
    });
  } else {
    problems.push(
      ...checkScopeGiven({
        facts,
        file: input.file,
        yaml: input.source,
        scope: scopes[0] && { file: scopes[0].file, scope: scopes[0].scope! },
        sections: input.sections,
        described: input.categories.flatMap((c) =>
          c.services[0] ? [{ file: c.file, name: c.services[0].name, line: c.services[0].line }] : [],
        ),
      }),
    );
    // Every category file's services, whether or not order lists the file: a gap in order is its own problem.
    const rank = (c: CategoryInput) => (facts.order.includes(c.slug) ? facts.order.indexOf(c.slug) : Infinity);
    const described = [...input.categories]
      .sort((a, b) => rank(a) - rank(b))
      .flatMap((c) => c.services.map((s) => ({ ...s, file: c.file })));
    if (lists(facts, 'services')) problems.push(...crossCheckScope(scope!.services, scopeSection.file, described));
  }
  if (problems.length > 0 || !scope) return { problems };
  const scopeFile = scopeSection!.file;
  return {
    report: {
      periodId: input.periodId,
      file: input.file,
      source: input.source ?? '',
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

/** The section holding the words of a scope reference, where the report gives its whole scope by link. */
function givenIn(input: ReportInput): SectionInput | undefined {
  const refs = [referenceOf(input.facts, 'services'), referenceOf(input.facts, 'locations')];
  return refs.every((r) => r !== undefined) ? sectionWith(input.sections, refs[0]!.words) : undefined;
}

/** The contents as a tree: each part under the part that holds it (src/lib/section-tree.ts set `parent`). */
function groupNav(pages: ReportPage[]): NavGroup[] {
  const top: NavGroup[] = [];
  const groups = new Map<string, NavGroup>();
  for (const page of pages) {
    const group = { page, children: [] };
    groups.set(page.slug, group);
    (page.parent === undefined ? top : groups.get(page.parent)!.children).push(group);
  }
  return top;
}
