import { readFileSync, readdirSync } from 'node:fs';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { extractServices } from '../../src/lib/extract-services.ts';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx);
/** As Astro's MDX integration does: frontmatter blanked out, so lines keep their numbers. */
const blankFrontmatter = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/[^\n]/g, ' '));

const categoriesDir = new URL('../../content/2017-04-01--2017-09-30/categories/', import.meta.url);
const category = (name: string) => parse(blankFrontmatter(readFileSync(new URL(`${name}.mdx`, categoriesDir), 'utf8')));

describe('extractServices: happy paths', () => {
  it('reads each "## Name" heading and its paragraphs, with the heading’s line', () => {
    const { services, problems } = extractServices(
      parse('## Amazon Route 53\n\nFirst paragraph.\n\nSecond paragraph.\n\n## AWS Lambda@Edge\n\nRuns code.\n'),
    );
    expect(problems).toEqual([]);
    expect(services).toEqual([
      { name: 'Amazon Route 53', slug: 'amazon-route-53', line: 1, paragraphs: ['First paragraph.', 'Second paragraph.'] },
      { name: 'AWS Lambda@Edge', slug: 'aws-lambda-edge', line: 7, paragraphs: ['Runs code.'] },
    ]);
  });

  it('keeps the name exactly as written (trimmed) and the paragraph text as plain text', () => {
    const { services } = extractServices(parse("##   Security & Identity thing  \n\nIt’s “quoted”, (e.g., this) and customers' data.\n"));
    expect(services[0]!.name).toBe('Security & Identity thing');
    expect(services[0]!.slug).toBe('security-and-identity-thing');
    expect(services[0]!.paragraphs).toEqual(["It’s “quoted”, (e.g., this) and customers' data."]);
  });

  it('joins a paragraph wrapped over several lines into one text (soft line breaks kept as newlines)', () => {
    const { services } = extractServices(parse('## A\n\nOne line\nand the next.\n'));
    expect(services[0]!.paragraphs).toEqual(['One line\nand the next.']);
  });

  it('an inline component is part of its paragraph, its words kept', () => {
    const { services, problems } = extractServices(parse('## A\n\n<Region>US East</Region>\n'));
    expect(problems).toEqual([]);
    expect(services[0]!.paragraphs).toEqual(['US East']);
  });

  it('gives an empty result for an empty file', () => {
    expect(extractServices(parse(''))).toEqual({ services: [], problems: [] });
  });

  it('reads the real compute category: 8 services, in file order, at their lines', () => {
    const { services, problems } = extractServices(category('compute'));
    expect(problems).toEqual([]);
    expect(services.map((s) => [s.name, s.line])).toEqual([
      ['Auto Scaling', 5],
      ['Amazon EC2 Container Registry (ECR)', 9],
      ['Amazon EC2 Container Service (ECS)', 13],
      ['AWS Elastic Beanstalk', 17],
      ['Amazon Elastic Compute Cloud (EC2)', 21],
      ['AWS Lambda', 25],
      ['AWS Lambda@Edge', 29],
      ['VM Import/Export', 33],
    ]);
    expect(services[4]!.paragraphs[0]).toMatch(
      /^Amazon Elastic Compute Cloud is a web service that provides resizable compute capacity in the cloud\. Amazon EC2 presents/,
    );
  });

  it('reads a two-paragraph description (Amazon Route 53) as two paragraphs', () => {
    const route53 = extractServices(category('networking')).services.find((s) => s.slug === 'amazon-route-53')!;
    expect(route53.paragraphs).toEqual([
      'Amazon Route 53 provides customers with a managed Domain Name System (DNS) web service.',
      'Customers can use Amazon Route 53 to configure DNS health checks to route traffic to healthy endpoints or to independently monitor the health of their application and its endpoints.',
    ]);
  });

  it('reads all 14 real category files without a problem: 51 services, distinct slugs', () => {
    const files = readdirSync(categoriesDir).filter((f) => f.endsWith('.mdx'));
    expect(files).toHaveLength(14);
    const all = files.flatMap((f) => {
      const { services, problems } = extractServices(category(f.replace(/\.mdx$/, '')));
      expect(problems, f).toEqual([]);
      return services;
    });
    expect(all).toHaveLength(51);
    expect(new Set(all.map((s) => s.slug)).size).toBe(51);
    for (const s of all) expect(s.paragraphs.length, s.name).toBeGreaterThan(0);
  });
});

describe('extractServices: problems, each with its line', () => {
  it('a heading with no paragraph under it, followed by another service', () => {
    const { services, problems } = extractServices(parse('## Amazon Glacier\n\n## Amazon S3\n\nStores things.\n'));
    expect(services.map((s) => s.name)).toEqual(['Amazon Glacier', 'Amazon S3']);
    expect(problems).toEqual([
      { line: 1, message: 'service "Amazon Glacier" has no description: add the report\'s paragraph(s) under its heading' },
    ]);
  });

  it('a heading with no paragraph at the end of the file', () => {
    const { problems } = extractServices(parse('## A\n\nText.\n\n## Amazon Glacier\n'));
    expect(problems).toEqual([
      { line: 5, message: 'service "Amazon Glacier" has no description: add the report\'s paragraph(s) under its heading' },
    ]);
  });

  it('a service heading at the wrong level', () => {
    const { services, problems } = extractServices(parse('## A\n\nText.\n\n### Amazon Glacier\n\nArchive.\n'));
    expect(services.map((s) => s.name)).toEqual(['A', 'Amazon Glacier']);
    expect(problems).toEqual([{ line: 5, message: 'service "Amazon Glacier" uses a level-3 heading: use "## Amazon Glacier"' }]);
  });

  it('a setext (underlined) heading is level 1 or 2 like any other', () => {
    expect(extractServices(parse('Amazon Glacier\n==============\n\nArchive.\n')).problems).toEqual([
      { line: 1, message: 'service "Amazon Glacier" uses a level-1 heading: use "## Amazon Glacier"' },
    ]);
    expect(extractServices(parse('Amazon Glacier\n--------------\n\nArchive.\n')).problems).toEqual([]);
  });

  it('two services with the same slug in one file', () => {
    const { problems } = extractServices(parse('## VM Import/Export\n\nOne.\n\n## VM Import Export\n\nTwo.\n'));
    expect(problems).toEqual([
      { line: 5, message: 'service "VM Import Export" has the slug "vm-import-export", already used by "VM Import/Export" on line 1' },
    ]);
  });

  it('text before the first service heading', () => {
    const { services, problems } = extractServices(parse('Intro text.\n\n## A\n\nText.\n'));
    expect(services.map((s) => s.name)).toEqual(['A']);
    expect(problems).toEqual([
      { line: 1, message: 'unexpected paragraph before the first service: a category file starts with a "## Service name" heading' },
    ]);
  });

  it('a list inside a description', () => {
    const { services, problems } = extractServices(parse('## A\n\nText.\n\n- an item\n- another\n'));
    expect(services[0]!.paragraphs).toEqual(['Text.']);
    expect(problems).toEqual([
      { line: 5, message: 'unexpected list in the description of "A": a service description is plain paragraphs' },
    ]);
  });

  it('a component in a description, and the description it leaves empty', () => {
    const { problems } = extractServices(parse('## A\n\n<Figure src="x.png" />\n'));
    // A component alone on its line is a flow element, not a paragraph.
    expect(problems).toEqual([
      { line: 3, message: 'unexpected mdxJsxFlowElement in the description of "A": a service description is plain paragraphs' },
      { line: 1, message: 'service "A" has no description: add the report\'s paragraph(s) under its heading' },
    ]);
  });

  it('reports every problem of a file, not just the first', () => {
    const { problems } = extractServices(parse('Intro.\n\n## A\n\n### B\n\nText.\n\n## A\n\nMore.\n'));
    expect(problems.map((p) => p.line)).toEqual([1, 3, 5, 9]);
  });
});
