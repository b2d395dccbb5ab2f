import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../src/lib/check-content-file.ts';
import { joinPeriods } from '../../src/lib/periods.ts';
import { checkAliases, searchNames } from '../../src/lib/search-names.ts';
import { aliasesSchema } from '../../src/schemas.ts';
import { projectRoot } from '../helpers/paths.ts';
import { smallPeriods } from '../helpers/small-report.ts';

const period = '2017-04-01--2017-09-30';
const file = join(projectRoot, 'content', period, 'search-aliases.yaml');
const text = readFileSync(file, 'utf8');
const { aliases } = aliasesSchema.parse(parseFrontmatter(`---\n${text}\n---\n`).frontmatter);
const categories = join(projectRoot, 'content', period, 'categories');
/** The services of the period: every `## Name` heading of its category files. */
const serviceNames = readdirSync(categories).flatMap((f) =>
  [...readFileSync(join(categories, f), 'utf8').matchAll(/^## (.+)$/gm)].map((m) => m[1]!),
);

describe("the report's search aliases (content/<period>/search-aliases.yaml)", () => {
  it('passes the content check', () => {
    expect(checkContentFile(text, { kind: 'aliases', period, slug: undefined })).toEqual([]);
  });

  it('names every one of the 51 services, and only services of the period', () => {
    expect(serviceNames).toHaveLength(51);
    expect(Object.keys(aliases).sort()).toEqual([...serviceNames].sort());
    expect(
      checkAliases(
        aliases,
        serviceNames.map((name) => ({ name })),
        file,
        text,
      ),
    ).toEqual([]);
  });

  // The list, so that a change to it shows in review.
  it.each(serviceNames.map((name) => [name, aliases[name]]))('%s: %j', (name, list) => {
    expect(list!.length, name).toBeGreaterThanOrEqual(2);
    for (const alias of list!) expect(alias.toLowerCase(), name).not.toBe(name.toLowerCase());
  });

  it('has the abbreviations and plain words people search by', () => {
    expect(aliases['Elastic Load Balancing']).toContain('ELB');
    expect(aliases['Amazon EC2 Systems Manager']).toContain('SSM');
    expect(aliases['AWS Lambda']).toContain('serverless functions');
    expect(aliases['Amazon CloudFront']).toContain('CDN');
    expect(aliases['Amazon ElastiCache']).toContain('redis');
  });
});

describe('checkAliases', () => {
  it('points at the line of an alias for a service the period does not have, and says what to do', () => {
    const yaml = 'aliases:\n  AWS Lambda: [serverless]\n  Amazon Blockchain: [ledger]\n';
    expect(
      checkAliases({ 'AWS Lambda': ['serverless'], 'Amazon Blockchain': ['ledger'] }, [{ name: 'AWS Lambda' }], 'x.yaml', yaml),
    ).toEqual([
      {
        file: 'x.yaml',
        line: 3,
        message:
          '"Amazon Blockchain" is not a service of this period: use the service\'s name exactly as its category file heads it (## Amazon Blockchain), or remove its aliases',
      },
    ]);
  });

  it('rejects a file whose aliases are not lists of words, at the line', () => {
    const problems = checkContentFile('aliases:\n  AWS Lambda: serverless\n', { kind: 'aliases', period, slug: undefined });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^aliases\.AWS Lambda: /);
    expect(checkContentFile('alias:\n  AWS Lambda: [x]\n', { kind: 'aliases', period, slug: undefined })).toContainEqual({
      line: 1,
      message: 'unknown field "alias": remove it, or check its spelling',
    });
  });
});

describe('searchNames', () => {
  const older = { id: '2017-04-01--2017-09-30', categories: { Compute: { 'Amazon EC2 Container Registry (ECR)': ['Stores images.'] } } };
  const newer = {
    id: '2017-10-01--2018-03-31',
    categories: { Compute: { 'Amazon Elastic Container Registry (ECR)': ['Stores images.'] } },
    renames: [{ from: 'Amazon EC2 Container Registry (ECR)', to: 'Amazon Elastic Container Registry (ECR)' }],
  };
  const { periods } = joinPeriods(smallPeriods(newer, older));

  it("finds an older period's service by the name a later period renamed it to, then by its aliases", () => {
    const report = periods!.pinned[1]!;
    const service = report.services[0]!;
    const names = searchNames(report, service, periods!.historyOf(report, service), { [service.name]: ['ECR', 'docker registry'] });
    expect(names).toEqual(['Amazon Elastic Container Registry (ECR)', 'ECR', 'docker registry']);
  });

  it("gives the latest period's service no later name, and never its own name", () => {
    const report = periods!.pinned[0]!;
    const service = report.services[0]!;
    expect(
      searchNames(report, service, periods!.historyOf(report, service), { [service.name]: [service.name.toUpperCase(), 'ECR'] }),
    ).toEqual(['ECR']);
  });
});
