import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';
import { fixturePath } from '../helpers/paths.ts';

/**
 * The 51 service names of the scope list, from the report as extracted from its PDF. The PDF wraps one
 * entry over two lines; every entry starts with one of the words below, so a line that does not
 * continues the one before it. (The content-based test checks this gives exactly the report's list.)
 */
function fixtureServiceNames(): string[] {
  const text = readFileSync(fixturePath('soc3-report.txt'), 'utf8');
  const start = text.indexOf('The scope of services covered in this report includes:');
  const end = text.indexOf('The scope of locations covered in this report');
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  const names: string[] = [];
  for (const line of text
    .slice(start, end)
    .split('\n')
    .slice(1)
    .map((l) => l.trim())
    .filter(Boolean)) {
    if (/^(Amazon|AWS|Auto|Elastic|VM) /.test(line) || names.length === 0) names.push(line);
    else names[names.length - 1] += ` ${line}`;
  }
  return names;
}

const shape = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('slugify: the site’s one slug rule', () => {
  it.each([
    ['Amazon Elastic Compute Cloud (EC2)', 'amazon-elastic-compute-cloud-ec2'],
    ['AWS Lambda@Edge', 'aws-lambda-edge'],
    ['VM Import/Export', 'vm-import-export'],
    ['Security & Identity', 'security-and-identity'],
    ['South America (São Paulo)', 'south-america-sao-paulo'],
    ['Montréal, Canada', 'montreal-canada'],
    ['AWS GovCloud (US-West)', 'aws-govcloud-us-west'],
    ['Amazon EC2 Container Registry (ECR)', 'amazon-ec2-container-registry-ecr'],
    ['Amazon Simple Storage Service (S3)', 'amazon-simple-storage-service-s3'],
    ['Amazon Route 53', 'amazon-route-53'],
    ['Amazon DynamoDB', 'amazon-dynamodb'],
    ['AWS CloudHSM', 'aws-cloudhsm'],
    ['Management assertion', 'management-assertion'],
    ['Components of the System', 'components-of-the-system'],
    ['edge-locations', 'edge-locations'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('keeps abbreviations and camel-cased names whole (no decamelizing)', () => {
    expect(slugify('EC2')).toBe('ec2');
    expect(slugify('CloudWatch')).toBe('cloudwatch');
    expect(slugify('ElastiCache')).toBe('elasticache');
    expect(slugify('WorkSpaces')).toBe('workspaces');
  });

  it('folds accents and spells & as "and"', () => {
    expect(slugify('São Paulo, Brazil')).toBe('sao-paulo-brazil');
    expect(slugify('A&B')).toBe('a-and-b');
    expect(slugify('A & B')).toBe(slugify('A and B'));
  });

  it('drops apostrophes instead of splitting the word', () => {
    expect(slugify('customers’ content')).toBe('customers-content');
    expect(slugify("don't")).toBe('dont');
  });

  it('collapses runs of punctuation and trims hyphens at the ends', () => {
    expect(slugify('  --Foo -- (Bar)-- ')).toBe('foo-bar');
    expect(slugify('a / b')).toBe('a-b');
    expect(slugify('a\tb\nc')).toBe('a-b-c');
  });

  // A deterministic sweep over awkward characters: the properties hold for every generated name.
  const alphabet = [...'abcXYZ019 -_.,&/@()\'’"“”:;!?+#%éÉüÜßøÆçñÅœ€$£©—–…\t', 'İ', 'ф', 'Ω', '中', '😀'];
  let seed = 20171001;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const samples = Array.from({ length: 3000 }, () =>
    Array.from({ length: 1 + Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
  );

  it('gives lowercase ASCII letters and digits joined by single hyphens, none at either end', () => {
    for (const name of samples) {
      const slug = slugify(name);
      if (slug !== '') expect(slug, JSON.stringify(name)).toMatch(shape);
    }
    expect(samples.filter((s) => slugify(s) !== '').length).toBeGreaterThan(2500);
  });

  it('is idempotent', () => {
    for (const name of samples) expect(slugify(slugify(name)), JSON.stringify(name)).toBe(slugify(name));
    for (const name of fixtureServiceNames()) expect(slugify(slugify(name))).toBe(slugify(name));
  });

  it('gives each of the report’s 51 services a distinct, well-formed slug', () => {
    const names = fixtureServiceNames();
    expect(names).toHaveLength(51);
    expect(names).toContain('AWS Directory Service for Microsoft Active Directory');
    const slugs = names.map(slugify);
    for (const slug of slugs) expect(slug).toMatch(shape);
    expect(new Set(slugs).size).toBe(51);
  });

  it('reads the same 51 names from the fixture as the content’s scope list', () => {
    const mdx = readFileSync(new URL('../../content/2017-04-01--2017-09-30/sections/aws-background.mdx', import.meta.url), 'utf8');
    const list = mdx.slice(mdx.indexOf('<Scope of="services">'), mdx.indexOf('</Scope>'));
    const fromContent = list
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => l.slice(2).trim());
    expect(fromContent).toEqual(fixtureServiceNames());
  });
});
