import { describe, expect, it } from 'vitest';
import type { Scope } from '../../src/lib/extract-scope.ts';
import type { ServiceDescription } from '../../src/lib/extract-services.ts';
import type { ReportFacts } from '../../src/schemas.ts';
import { abbreviate, buildReport, type CategoryInput, type ReportInput, type SectionInput } from '../../src/lib/report-model.ts';
import { slugify } from '../../src/lib/slug.ts';
import { readContent, runContent } from '../helpers/content-pipeline.ts';

const P = 'content/2017-04-01--2017-09-30';
const reportFile = `${P}/report.yaml`;

const service = (name: string, line: number, paragraphs = [`${name} does things.`]): ServiceDescription => ({
  name,
  slug: slugify(name),
  line,
  paragraphs,
});
const section = (slug: string, title: string, extra: Partial<SectionInput> = {}): SectionInput => ({
  slug,
  file: `${P}/sections/${slug}.mdx`,
  title,
  titleFrom: 'report',
  lead: `${title} lead.`,
  blocks: [],
  ...extra,
});
const category = (slug: string, title: string, services: ServiceDescription[]): CategoryInput => ({
  slug,
  file: `${P}/categories/${slug}.mdx`,
  title,
  services,
});
const scopeOf = (...names: string[]): Scope => ({
  services: names.map((name, i) => ({ name, line: 11 + i })),
  regions: [{ name: 'US East (Ohio)', line: 20 }],
  edgeLocations: [],
});

const facts: ReportFacts = {
  organization: 'Amazon Web Services, Inc.',
  system: 'Amazon Web Services System',
  document: 'SOC 3 report',
  period: { start: new Date('2017-04-01'), end: new Date('2017-09-30') },
  criteria: ['security', 'availability', 'confidentiality'],
  framework: 'AICPA’s TSP section 100A',
  order: ['management-assertion', 'aws-background', 'components-of-the-system', 'compute', 'security-and-identity', 'people'],
  site: { published: new Date('2026-11-28'), corrections: [], renames: [], sectionRenames: [] },
};

/** A small report in the real one's shape: sections, then categories under "Components of the System", then a section. */
function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    periodId: '2017-04-01--2017-09-30',
    latest: true,
    file: reportFile,
    facts,
    sections: [
      section('people', 'People'),
      section('management-assertion', 'Management assertion', { titleFrom: 'site' }),
      section('components-of-the-system', 'Components of the System'),
      section('aws-background', 'AWS Background', {
        scope: scopeOf('Amazon Elastic Compute Cloud (EC2)', 'AWS Lambda@Edge', 'AWS Identity and Access Management (IAM)'),
      }),
    ],
    categories: [
      category('security-and-identity', 'Security & Identity', [service('AWS Identity and Access Management (IAM)', 17)]),
      category('compute', 'Compute', [service('Amazon Elastic Compute Cloud (EC2)', 5, ['One.', 'Two.']), service('AWS Lambda@Edge', 9)]),
    ],
    ...overrides,
  };
}

describe('buildReport: the report the site publishes', () => {
  const { report, problems } = buildReport(input());

  it('builds without problems', () => {
    expect(problems).toEqual([]);
    expect(report).toBeDefined();
  });

  it('puts pages in the order of report.yaml, whatever the order of the files, with their kind, index, key and pinned URL', () => {
    const PERIOD = '2017-04-01--2017-09-30';
    expect(report!.pages.map((p) => [p.index, p.kind, p.slug, p.title, p.key, p.url])).toEqual([
      [
        0,
        'section',
        'management-assertion',
        'Management assertion',
        { period: PERIOD, kind: 'section', slug: 'management-assertion' },
        `/${PERIOD}/sections/management-assertion/`,
      ],
      [
        1,
        'section',
        'aws-background',
        'AWS Background',
        { period: PERIOD, kind: 'section', slug: 'aws-background' },
        `/${PERIOD}/sections/aws-background/`,
      ],
      [
        2,
        'section',
        'components-of-the-system',
        'Components of the System',
        { period: PERIOD, kind: 'section', slug: 'components-of-the-system' },
        `/${PERIOD}/sections/components-of-the-system/`,
      ],
      [3, 'category', 'compute', 'Compute', { period: PERIOD, kind: 'category', slug: 'compute' }, `/${PERIOD}/categories/compute/`],
      [
        4,
        'category',
        'security-and-identity',
        'Security & Identity',
        { period: PERIOD, kind: 'category', slug: 'security-and-identity' },
        `/${PERIOD}/categories/security-and-identity/`,
      ],
      [5, 'section', 'people', 'People', { period: PERIOD, kind: 'section', slug: 'people' }, `/${PERIOD}/sections/people/`],
    ]);
    const assertion = report!.pages[0]!;
    expect(assertion.kind === 'section' && assertion.titleFrom).toBe('site');
    expect(assertion.file).toBe(`${P}/sections/management-assertion.mdx`);
  });

  it('lists the services in the report’s order: by category in order, then as each file has them', () => {
    expect(report!.services.map((s) => s.name)).toEqual([
      'Amazon Elastic Compute Cloud (EC2)',
      'AWS Lambda@Edge',
      'AWS Identity and Access Management (IAM)',
    ]);
    expect(report!.categories.map((c) => c.slug)).toEqual(['compute', 'security-and-identity']);
    expect(report!.categories[0]!.services).toEqual(report!.services.slice(0, 2));
  });

  it('gives each service its URL, category, paragraphs, source file and line, and abbreviation', () => {
    expect(report!.services[0]).toEqual({
      name: 'Amazon Elastic Compute Cloud (EC2)',
      key: { period: '2017-04-01--2017-09-30', kind: 'service', slug: 'amazon-elastic-compute-cloud-ec2' },
      slug: 'amazon-elastic-compute-cloud-ec2',
      url: '/2017-04-01--2017-09-30/services/amazon-elastic-compute-cloud-ec2/',
      abbreviation: 'EC2',
      shortName: 'Amazon EC2',
      category: {
        key: { period: '2017-04-01--2017-09-30', kind: 'category', slug: 'compute' },
        slug: 'compute',
        title: 'Compute',
        url: '/2017-04-01--2017-09-30/categories/compute/',
      },
      paragraphs: ['One.', 'Two.'],
      file: `${P}/categories/compute.mdx`,
      line: 5,
    });
    expect(report!.services[1]).toMatchObject({
      name: 'AWS Lambda@Edge',
      slug: 'aws-lambda-edge',
      abbreviation: undefined,
      shortName: undefined,
    });
    expect(report!.services[2]).toMatchObject({ abbreviation: 'IAM', shortName: 'AWS IAM', category: { title: 'Security & Identity' } });
  });

  it('nests categories in the navigation under the section before them', () => {
    expect(report!.nav.map((g) => [g.page.slug, g.children.map((c) => c.page.slug)])).toEqual([
      ['management-assertion', []],
      ['aws-background', []],
      ['components-of-the-system', ['compute', 'security-and-identity']],
      ['people', []],
    ]);
    expect(report!.nav[2]!.children[0]!.page).toBe(report!.pages[3]);
    expect(report!.pages[3]).toMatchObject({ parent: 'components-of-the-system', depth: 1 });
  });

  it('keeps the scope and the file that states it, and the facts', () => {
    expect(report!.scopeFile).toBe(`${P}/sections/aws-background.mdx`);
    expect(report!.scope.services).toHaveLength(3);
    expect(report!.scope.regions).toEqual([{ name: 'US East (Ohio)', line: 20 }]);
    expect(report!.facts).toBe(facts);
    expect(report!.periodId).toBe('2017-04-01--2017-09-30');
    expect(report!.basePath).toBe('/2017-04-01--2017-09-30');
  });
});

describe('buildReport: a period at its pinned URLs', () => {
  it('prefixes every page, category and service URL with the period’s pinned base path', () => {
    const base = '/2017-04-01--2017-09-30';
    const { report } = buildReport(input());
    expect(report!.basePath).toBe(base);
    for (const p of report!.pages) expect(p.url.startsWith(`${base}/`), p.url).toBe(true);
    expect(report!.pages[3]!.url).toBe(`${base}/categories/compute/`);
    expect(report!.services[0]!.url).toBe(`${base}/services/amazon-elastic-compute-cloud-ec2/`);
    expect(report!.services[0]!.category.url).toBe(`${base}/categories/compute/`);
  });
});

describe('buildReport: problems', () => {
  it('a page missing from order: at the page’s file, naming report.yaml', () => {
    const { report, problems } = buildReport(input({ facts: { ...facts, order: facts.order.filter((s) => s !== 'compute') } }));
    expect(report).toBeUndefined();
    expect(problems).toContainEqual({
      file: `${P}/categories/compute.mdx`,
      message: `"compute" is missing from order in ${reportFile}: add it where the report has it`,
    });
  });

  // BUG (reported): services are gathered only from categories in order, so each service of the missing category is
  // also reported "in scope but has no description", though its description is right there in the file.
  it('a category missing from order is that one problem, not also each of its services as undescribed', () => {
    const { problems } = buildReport(input({ facts: { ...facts, order: facts.order.filter((s) => s !== 'compute') } }));
    expect(problems).toEqual([
      { file: `${P}/categories/compute.mdx`, message: `"compute" is missing from order in ${reportFile}: add it where the report has it` },
    ]);
  });

  it('an order entry with no file', () => {
    const { report, problems } = buildReport(input({ facts: { ...facts, order: [...facts.order, 'storage'] } }));
    expect(report).toBeUndefined();
    expect(problems).toEqual([
      { file: reportFile, message: 'order lists "storage", but no sections/storage.mdx or categories/storage.mdx exists' },
    ]);
  });

  it('an order entry given twice', () => {
    const { report, problems } = buildReport(input({ facts: { ...facts, order: [...facts.order, 'compute'] } }));
    expect(report).toBeUndefined();
    expect(problems).toEqual([{ file: reportFile, message: '"compute" appears twice in order: keep one' }]);
  });

  it('a section keeps its key (file name) whatever its heading: a long printed heading is not its address', () => {
    const title = `People ${'and Culture '.repeat(20)}`.trim();
    const sections = input().sections.map((s) => (s.slug === 'people' ? { ...s, title } : s));
    const { report, problems } = buildReport(input({ sections }));
    expect(problems).toEqual([]);
    const people = report!.pages.find((p) => p.slug === 'people')!;
    expect(people.title).toBe(title);
    expect(people.url).toBe('/2017-04-01--2017-09-30/sections/people/');
  });

  it('a category file named by the title’s words but not by the slug rule', () => {
    const categories = [
      category('security', 'Security & Identity', [service('AWS Identity and Access Management (IAM)', 17)]),
      input().categories[1]!,
    ];
    const { problems } = buildReport(
      input({ categories, facts: { ...facts, order: facts.order.map((s) => (s === 'security-and-identity' ? 'security' : s)) } }),
    );
    expect(problems).toEqual([
      {
        file: `${P}/categories/security.mdx`,
        message: 'the file name must be the slug of its title "Security & Identity": rename it to security-and-identity.mdx',
      },
    ]);
  });

  it('no section stating the scope', () => {
    const sections = input().sections.map(({ scope: _, ...s }) => s);
    const { report, problems } = buildReport(input({ sections }));
    expect(report).toBeUndefined();
    expect(problems).toEqual([{ file: reportFile, message: 'exactly one section must state the scope (<Scope of="services">); found 0' }]);
  });

  it('two sections stating the scope', () => {
    const sections = input().sections.map((s) => (s.slug === 'people' ? { ...s, scope: scopeOf('AWS Lambda@Edge') } : s));
    const { report, problems } = buildReport(input({ sections }));
    expect(report).toBeUndefined();
    expect(problems).toEqual([{ file: reportFile, message: 'exactly one section must state the scope (<Scope of="services">); found 2' }]);
  });

  it('passes on the scope cross-check’s problems, located in the scope file and the category files', () => {
    const sections = input().sections.map((s) =>
      s.scope ? { ...s, scope: scopeOf('Amazon Elastic Compute Cloud (EC2)', 'AWS Lambda@Edge', 'AWS Shield') } : s,
    );
    const { report, problems } = buildReport(input({ sections }));
    expect(report).toBeUndefined();
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      [`${P}/sections/aws-background.mdx`, 13],
      [`${P}/categories/security-and-identity.mdx`, 17],
    ]);
    expect(problems[0]!.message).toContain('"AWS Shield" is in scope but has no description');
    expect(problems[1]!.message).toContain('"AWS Identity and Access Management (IAM)" is described but not in scope');
  });

  it('two services with the same slug in different categories', () => {
    const categories = [
      category('security-and-identity', 'Security & Identity', [
        service('AWS Identity and Access Management (IAM)', 17),
        service('AWS Lambda Edge', 21),
      ]),
      input().categories[1]!,
    ];
    const { problems } = buildReport(input({ categories }));
    expect(problems).toContainEqual({
      file: `${P}/categories/security-and-identity.mdx`,
      line: 21,
      message: `service "AWS Lambda Edge" has the slug "aws-lambda-edge", already used by "AWS Lambda@Edge" (${P}/categories/compute.mdx:9)`,
    });
  });

  it('collects every problem at once', () => {
    const { problems } = buildReport(
      input({
        facts: {
          ...facts,
          order: [
            'management-assertion',
            'management-assertion',
            'nope',
            'aws-background',
            'components-of-the-system',
            'compute',
            'security-and-identity',
          ],
        },
      }),
    );
    expect(problems.map((p) => p.message)).toEqual([
      '"management-assertion" appears twice in order: keep one',
      'order lists "nope", but no sections/nope.mdx or categories/nope.mdx exists',
      `"people" is missing from order in ${reportFile}: add it where the report has it`,
    ]);
  });

  // BUG (reported): byslug is keyed by slug alone, so a category silently replaces a section of the same slug.
  it('a section and a category with the same slug is a problem, not a silently dropped page', () => {
    const sections = [...input().sections, section('compute', 'Compute')];
    const { problems } = buildReport(input({ sections }));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.file)).toContain(`${P}/sections/compute.mdx`);
  });
});

describe('abbreviate', () => {
  it.each([
    ['Amazon Elastic Compute Cloud (EC2)', 'EC2', 'Amazon EC2'],
    ['Amazon EC2 Container Registry (ECR)', 'ECR', 'Amazon ECR'],
    ['AWS Database Migration Service (DMS)', 'DMS', 'AWS DMS'],
    ['Amazon Simple Storage Service (S3)', 'S3', 'Amazon S3'],
    ['AWS Web Application Firewall (WAF)', 'WAF', 'AWS WAF'],
    ['Widget Service (WS)', 'WS', 'WS'],
  ])('%s → %s, %s', (name, abbreviation, shortName) => {
    expect(abbreviate(name)).toEqual({ abbreviation, shortName });
  });

  it.each([
    'AWS Lambda@Edge',
    'Elastic Load Balancing',
    'VM Import/Export',
    'AWS Directory Service for Microsoft Active Directory',
    'South America (São Paulo)',
    'Amazon Lambda (Amazon EC2)',
  ])('%s has none', (name) => {
    expect(abbreviate(name)).toEqual({ abbreviation: undefined, shortName: undefined });
  });
});

describe('buildReport over the real content', async () => {
  const { output, reports } = await runContent(readContent());
  const report = reports[0];
  const problems = output === '' ? [] : output.split('\n');

  it('has no problems and gives the report’s 22 pages, 14 categories and 51 services', () => {
    expect(problems).toEqual([]);
    expect(report!.pages).toHaveLength(22);
    expect(report!.categories).toHaveLength(14);
    expect(report!.services).toHaveLength(51);
    expect(report!.scopeFile).toBe(`${P}/sections/aws-background.mdx`);
  });

  it('nests the 14 categories under "Components of the System"', () => {
    expect(report!.nav.map((g) => [g.page.title, g.children.length])).toEqual([
      ['Management assertion', 0],
      ['AWS Background', 0],
      ['Infrastructure', 0],
      ['Components of the System', 14],
      ['People', 0],
      ['Data', 0],
      ['Availability', 0],
      ['Confidentiality', 0],
    ]);
  });

  it('orders the services as the report describes them: Auto Scaling first, Amazon Connect last', () => {
    expect(report!.services[0]!.name).toBe('Auto Scaling');
    expect(report!.services.at(-1)!.name).toBe('Amazon Connect');
    const sqs = report!.services.findIndex((s) => s.name === 'Amazon Simple Queue Service (SQS)');
    expect(report!.services[sqs - 1]!.name).toBe('Amazon Simple Notification Service (SNS)');
    expect(report!.services[sqs + 1]!.name).toBe('AWS CloudFormation');
  });

  it('finds the report’s 17 parenthesized abbreviations', () => {
    const abbreviations = report!.services.filter((s) => s.abbreviation).map((s) => s.shortName);
    expect(abbreviations.sort()).toEqual([
      'AWS DMS',
      'AWS IAM',
      'AWS KMS',
      'AWS WAF',
      'Amazon EBS',
      'Amazon EC2',
      'Amazon ECR',
      'Amazon ECS',
      'Amazon EFS',
      'Amazon EMR',
      'Amazon RDS',
      'Amazon S3',
      'Amazon SES',
      'Amazon SNS',
      'Amazon SQS',
      'Amazon SWF',
      'Amazon VPC',
    ]);
  });
});
