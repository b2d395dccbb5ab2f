import { readFileSync, readdirSync } from 'node:fs';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content-problem.ts';
import { crossCheckScope } from '../../src/lib/cross-check.ts';
import { extractScope, type ScopeItem } from '../../src/lib/extract-scope.ts';
import { extractServices } from '../../src/lib/extract-services.ts';
import { slugify } from '../../src/lib/slug.ts';

const scopeFile = 'content/2017-04-01--2017-09-30/sections/aws-background.mdx';
const compute = 'content/2017-04-01--2017-09-30/categories/compute.mdx';
const storage = 'content/2017-04-01--2017-09-30/categories/storage.mdx';

const item = (name: string, line: number): ScopeItem => ({ name, line });
const described = (name: string, file: string, line: number) => ({ name, slug: slugify(name), file, line });

const scope = [item('AWS Lambda', 41), item('VM Import/Export', 58), item('Amazon Glacier', 35)];
const descriptions = [
  described('AWS Lambda', compute, 25),
  described('VM Import/Export', compute, 33),
  described('Amazon Glacier', storage, 13),
];

describe('crossCheckScope', () => {
  it('finds nothing when every service in scope is described once, whatever the order', () => {
    expect(crossCheckScope(scope, scopeFile, descriptions)).toEqual([]);
    expect(crossCheckScope([...scope].reverse(), scopeFile, descriptions)).toEqual([]);
  });

  it('a service in scope with no description: at its line in the scope file', () => {
    expect(crossCheckScope([...scope, item('AWS Shield', 47)], scopeFile, descriptions)).toEqual([
      {
        file: scopeFile,
        line: 47,
        message: 'service "AWS Shield" is in scope but has no description: add "## AWS Shield" and its paragraphs to its category file',
      },
    ]);
  });

  it('a description of a service not in scope: at its heading in the category file', () => {
    expect(crossCheckScope(scope.slice(1), scopeFile, descriptions)).toEqual([
      {
        file: compute,
        line: 25,
        message: `service "AWS Lambda" is described but not in scope: add it to <Scope of="services"> in ${scopeFile}, or remove the description`,
      },
    ]);
  });

  it('both directions at once', () => {
    const problems = crossCheckScope([item('AWS Lambda', 41), item('AWS Shield', 47)], scopeFile, descriptions.slice(0, 2));
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      [scopeFile, 47],
      [compute, 33],
    ]);
  });

  it('two descriptions with the same slug, in different files: the second names the first’s file and line', () => {
    const twin = described('VM Import Export', storage, 9);
    const problems = crossCheckScope(scope, scopeFile, [...descriptions, twin]);
    expect(problems).toEqual([
      {
        file: storage,
        line: 9,
        message: `service "VM Import Export" has the slug "vm-import-export", already used by "VM Import/Export" (${compute}:33)`,
      },
    ]);
  });

  it('a duplicate whose first has no line says "?" rather than "undefined"', () => {
    const problems = crossCheckScope(scope, scopeFile, [
      { ...descriptions[1]!, line: undefined },
      described('VM Import Export', storage, 9),
    ]);
    expect(problems[0]!.message).toContain(`(${compute}:?)`);
  });

  it('a name spelled one way in scope and another in its description (same slug)', () => {
    const problems = crossCheckScope(
      [item('AWS Lambda', 41), item('VM Import-Export', 58), item('Amazon Glacier', 35)],
      scopeFile,
      descriptions,
    );
    expect(problems).toEqual([
      {
        file: compute,
        line: 33,
        message: `service "VM Import/Export" is written "VM Import-Export" in scope (${scopeFile}:58): they differ at character 10: U+002F "/" in the heading, U+002D "-" in scope; the report writes one name one way: make them the same`,
      },
    ]);
  });

  it('two spellings that print alike: names the characters where they differ (an en dash, a no-break space)', () => {
    const problems = crossCheckScope(
      [item('AWS Lambda', 41), item('VM Import\u2013Export', 58), item('Amazon\u00A0Glacier', 35)],
      scopeFile,
      [described('VM Import-Export', compute, 33), described('AWS Lambda', compute, 25), described('Amazon Glacier', storage, 13)],
    );
    expect(problems.map((p) => p.message.replace(/^.*\): /, ''))).toEqual([
      'they differ at character 10: U+002D "-" in the heading, U+2013 "–" in scope; the report writes one name one way: make them the same',
      'they differ at character 7: U+0020 (space) in the heading, U+00A0 (no-break space) in scope; the report writes one name one way: make them the same',
    ]);
  });

  it('a service listed twice in scope', () => {
    const problems = crossCheckScope([...scope, item('AWS Lambda', 60)], scopeFile, descriptions);
    expect(problems).toEqual([{ file: scopeFile, line: 60, message: 'service "AWS Lambda" is listed twice in scope' }]);
  });

  it('formats as file:line: message lines naming the service', () => {
    const problems = crossCheckScope([item('AWS Shield', 47)], scopeFile, descriptions.slice(0, 1));
    expect(formatProblems(problems).split('\n')).toEqual([
      `${scopeFile}:47: service "AWS Shield" is in scope but has no description: add "## AWS Shield" and its paragraphs to its category file`,
      `${compute}:25: service "AWS Lambda" is described but not in scope: add it to <Scope of="services"> in ${scopeFile}, or remove the description`,
    ]);
  });

  it('finds nothing in the real report: its 51 services in scope are its 51 descriptions', () => {
    const parse = (mdx: string) =>
      unified()
        .use(remarkParse)
        .use(remarkMdx)
        .parse(mdx.replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/[^\n]/g, ' ')));
    const base = new URL('../../content/2017-04-01--2017-09-30/', import.meta.url);
    const { scope: realScope } = extractScope(parse(readFileSync(new URL('sections/aws-background.mdx', base), 'utf8')));
    const realDescribed = readdirSync(new URL('categories/', base)).flatMap((f) =>
      extractServices(parse(readFileSync(new URL(`categories/${f}`, base), 'utf8'))).services.map((s) => ({
        ...s,
        file: `categories/${f}`,
      })),
    );
    expect(realScope.services).toHaveLength(51);
    expect(realDescribed).toHaveLength(51);
    expect(crossCheckScope(realScope.services, scopeFile, realDescribed)).toEqual([]);
    // …and dropping one entry from either side is caught, at the right place.
    expect(
      crossCheckScope(
        realScope.services.filter((s) => s.name !== 'Amazon Glacier'),
        scopeFile,
        realDescribed,
      ),
    ).toEqual([expect.objectContaining({ file: 'categories/storage.mdx', line: 13 })]);
    expect(
      crossCheckScope(
        realScope.services,
        scopeFile,
        realDescribed.filter((s) => s.name !== 'Amazon Glacier'),
      ),
    ).toEqual([expect.objectContaining({ file: scopeFile, line: 35 })]);
  });
});
