import { readFileSync } from 'node:fs';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { extractScope, scopeLists } from '../../src/lib/extract-scope.ts';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx);
/** As Astro's MDX integration does: frontmatter blanked out, so lines keep their numbers. */
const blankFrontmatter = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/[^\n]/g, ' '));
const section = (name: string) =>
  parse(blankFrontmatter(readFileSync(new URL(`../../content/2017-04-01--2017-09-30/sections/${name}.mdx`, import.meta.url), 'utf8')));

const empty = { services: [], regions: [], edgeLocations: [] };

describe('extractScope: happy paths', () => {
  it('reads both lists and the regions marked in a sentence, each entry with its line', () => {
    const mdx = [
      'Covered:', // 1
      '', // 2
      '<Scope of="services">', // 3
      '', // 4
      '- Amazon API Gateway', // 5
      '- AWS Lambda@Edge', // 6
      '', // 7
      '</Scope>', // 8
      '', // 9
      'In the <Region>US East (Ohio)</Region> and <Region>South America (São Paulo)</Region> Regions.', // 10
      '', // 11
      '<Scope of="edge-locations">', // 12
      '', // 13
      '- Montréal, Canada', // 14
      '- Singapore', // 15
      '', // 16
      '</Scope>', // 17
    ].join('\n');
    expect(extractScope(parse(mdx))).toEqual({
      scope: {
        services: [
          { name: 'Amazon API Gateway', line: 5 },
          { name: 'AWS Lambda@Edge', line: 6 },
        ],
        regions: [
          { name: 'US East (Ohio)', line: 10 },
          { name: 'South America (São Paulo)', line: 10 },
        ],
        edgeLocations: [
          { name: 'Montréal, Canada', line: 14 },
          { name: 'Singapore', line: 15 },
        ],
      },
      problems: [],
    });
  });

  it('accepts a list written without blank lines around it', () => {
    expect(extractScope(parse('<Scope of="services">\n- A\n- B\n</Scope>\n')).scope.services).toEqual([
      { name: 'A', line: 2 },
      { name: 'B', line: 3 },
    ]);
  });

  it('finds nothing, and no problem, in a file without scope', () => {
    expect(extractScope(parse('Just a paragraph.\n\n- a list\n'))).toEqual({ scope: empty, problems: [] });
  });

  it('names the lists a <Scope> may hold', () => {
    expect(scopeLists).toEqual({ services: 'services', 'edge-locations': 'edgeLocations' });
  });

  it('reads the real scope: 51 services, 15 regions, 46 edge locations, at their lines', () => {
    const { scope, problems } = extractScope(section('aws-background'));
    expect(problems).toEqual([]);
    expect(scope.services).toHaveLength(51);
    expect(scope.services[0]).toEqual({ name: 'Amazon API Gateway', line: 11 });
    expect(scope.services.at(-1)).toEqual({ name: 'Amazon WorkSpaces', line: 61 });
    expect(scope.services.find((s) => s.name.startsWith('AWS Directory'))).toEqual({
      name: 'AWS Directory Service for Microsoft Active Directory',
      line: 23,
    });
    expect(scope.regions).toHaveLength(15);
    expect(scope.regions.map((r) => r.name)).toEqual([
      'US East (Northern Virginia)',
      'US East (Ohio)',
      'US West (Oregon)',
      'US West (Northern California)',
      'AWS GovCloud (US-West)',
      'Canada (Central)',
      'EU (Ireland)',
      'Europe (Frankfurt)',
      'Europe (London)',
      'Asia Pacific (Singapore)',
      'Asia Pacific (Sydney)',
      'Asia Pacific (Tokyo)',
      'Asia Pacific (Seoul)',
      'Asia Pacific (Mumbai)',
      'South America (São Paulo)',
    ]);
    expect(new Set(scope.regions.map((r) => r.line))).toEqual(new Set([65]));
    expect(scope.edgeLocations).toHaveLength(46);
    expect(scope.edgeLocations[0]).toEqual({ name: 'Melbourne, Australia', line: 71 });
    expect(scope.edgeLocations.at(-1)).toEqual({ name: 'Washington, United States', line: 116 });
  });

  it('finds no scope in the other real sections', () => {
    for (const name of [
      'management-assertion',
      'infrastructure',
      'components-of-the-system',
      'people',
      'data',
      'availability',
      'confidentiality',
    ]) {
      expect(extractScope(section(name)), name).toEqual({ scope: empty, problems: [] });
    }
  });
});

describe('extractScope: problems, each with its line', () => {
  it('an unknown list', () => {
    const { scope, problems } = extractScope(parse('Text.\n\n<Scope of="regions">\n\n- US East\n\n</Scope>\n'));
    expect(scope).toEqual(empty);
    expect(problems).toEqual([{ line: 3, message: '<Scope of="regions"> is not a known list: use of="services" or "edge-locations"' }]);
  });

  it('a list name that is an Object.prototype key is still unknown', () => {
    expect(extractScope(parse('<Scope of="toString">\n\n- A\n\n</Scope>\n')).problems).toEqual([
      { line: 1, message: '<Scope of="toString"> is not a known list: use of="services" or "edge-locations"' },
    ]);
  });

  it('a <Scope> without of', () => {
    expect(extractScope(parse('<Scope>\n\n- A\n\n</Scope>\n')).problems).toEqual([
      { line: 1, message: '<Scope of=null> is not a known list: use of="services" or "edge-locations"' },
    ]);
  });

  // BUG (reported): an expression value ({"services"}) is JSON-dumped with its whole estree into the message.
  it('a <Scope of={…}> expression gets a short message naming the attribute, not a dump of its syntax tree', () => {
    const { problems } = extractScope(parse('<Scope of={"services"}>\n\n- A\n\n</Scope>\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(1);
    expect(problems[0]!.message).toContain('use of="services" or "edge-locations"');
    expect(problems[0]!.message).not.toContain('estree');
    expect(problems[0]!.message.length).toBeLessThan(200);
  });

  it('anything but exactly one list inside <Scope>', () => {
    const message = '<Scope of="services"> must hold exactly one Markdown list ("- item" lines, blank line before and after)';
    expect(extractScope(parse('Text.\n\n<Scope of="services">\n\nA, B and C.\n\n</Scope>\n')).problems).toEqual([{ line: 3, message }]);
    expect(extractScope(parse('<Scope of="services">\n\n- A\n\nText.\n\n</Scope>\n')).problems).toEqual([{ line: 1, message }]);
    expect(extractScope(parse('<Scope of="services">\n</Scope>\n')).problems).toEqual([{ line: 1, message }]);
    // "*" and "-" items are two lists to Markdown.
    expect(extractScope(parse('<Scope of="services">\n\n- A\n* B\n\n</Scope>\n')).problems).toEqual([{ line: 1, message }]);
  });

  it('an empty entry (a bare "-", as the PDF extraction leaves them)', () => {
    const { scope, problems } = extractScope(parse('<Scope of="edge-locations">\n\n- Paris, France\n-\n- Singapore\n\n</Scope>\n'));
    expect(scope.edgeLocations).toEqual([
      { name: 'Paris, France', line: 3 },
      { name: 'Singapore', line: 5 },
    ]);
    expect(problems).toEqual([{ line: 4, message: 'empty entry in <Scope of="edge-locations">: remove the bare "-" line' }]);
  });

  // BUG (reported): a nested list is read as part of its parent entry, gluing the names ("Paris, FranceMarseille, France").
  it('a nested list inside an entry is a problem, not glued onto the entry’s name', () => {
    const { scope, problems } = extractScope(
      parse('<Scope of="edge-locations">\n\n- Paris, France\n  - Marseille, France\n- Singapore\n\n</Scope>\n'),
    );
    expect(scope.edgeLocations.map((e) => e.name)).not.toContain('Paris, FranceMarseille, France');
    expect(problems.map((p) => p.line)).toContain(4);
  });

  // BUG (reported): every other empty scope entry is a problem, but an empty <Region> gives a region named "".
  it('an empty <Region> is a problem, like an empty list entry', () => {
    const { scope, problems } = extractScope(
      parse('The data centers in the\n<Region></Region> and <Region>EU (Ireland)</Region> Regions.\n'),
    );
    expect(scope.regions.map((r) => r.name)).toContain('EU (Ireland)');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(2);
  });

  it('reports problems of several lists at once', () => {
    const mdx = '<Scope of="services">\n\n-\n\n</Scope>\n\n<Scope of="edge">\n\n- X\n\n</Scope>\n';
    expect(extractScope(parse(mdx)).problems.map((p) => p.line)).toEqual([3, 7]);
  });
});
