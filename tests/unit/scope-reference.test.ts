/**
 * Scope given by reference (src/lib/scope-reference.ts): the by-link fixture period
 * (tests/fixtures/shapes/2024-10-01--2025-09-30) through the content pipeline beside the real period, and each way
 * the publisher can get it wrong, with the file, the line and what to do.
 */
import { describe, expect, it } from 'vitest';
import { locationsPage } from '../../src/lib/geo/page-data.ts';
import { periodExportBuilders } from '../../src/lib/export-builders.ts';
import { joinPeriods } from '../../src/lib/periods.ts';
import { listingChanges, referenceText, withListing } from '../../src/lib/scope-reference.ts';
import { fieldLine } from '../../src/lib/yaml-lines.ts';
import { readContent, replaceIn, runContent, type ContentFiles } from '../helpers/content-pipeline.ts';
import { fixturePath } from '../helpers/paths.ts';
import { smallReport } from '../helpers/small-report.ts';

const real = '2017-04-01--2017-09-30';
const byLink = '2024-10-01--2025-09-30';
const B = `content/${byLink}`;
const ref = {
  words: 'A description … is available via the Internet.',
  url: 'https://example.com/in-scope/',
  checked: new Date('2025-11-20'),
};

/** The real content with the by-link fixture period beside it, as the shapes site has it. */
const both = (): ContentFiles => {
  const files = readContent();
  for (const [path, bytes] of readContent(fixturePath(`shapes/${byLink}`))) files.set(`${byLink}/${path}`, bytes);
  return files;
};
const edit = (path: string, from: string | RegExp, to: string) => (files: ContentFiles) => replaceIn(files, path, from, to);
async function problems(files: ContentFiles): Promise<string[]> {
  const { output } = await runContent(files);
  expect(output, 'the broken content passed').not.toBe('');
  return output.split('\n');
}

describe('a period that gives its services by link', () => {
  it('builds beside the real period: no services, its Regions and edge locations still listed', async () => {
    const { output, reports } = await runContent(both());
    expect(output).toBe('');
    const [latest, earlier] = reports;
    expect(latest!.periodId).toBe(byLink);
    expect(latest!.services).toEqual([]);
    expect(latest!.scope.regions.length).toBeGreaterThan(10);
    expect(latest!.facts.scope?.services?.reference?.url).toBe('https://aws.amazon.com/compliance/services-in-scope/');
    expect(earlier!.services).toHaveLength(51);
  });

  it('changes: no service or category removed; the services are given by link from this period', async () => {
    const { reports } = await runContent(both());
    const { periods } = joinPeriods(reports);
    const changes = periods!.changes.get(byLink)!;
    expect(changes.services).toEqual({ added: [], removed: [], renamed: [] });
    expect(changes.categories).toEqual({ added: [], removed: [] });
    expect(changes.listing).toEqual([{ list: 'services', change: 'by-link', reference: reports[0]!.facts.scope!.services!.reference }]);
    // Its Regions are listed in both: compared as before.
    expect(changes.regions).toEqual({ added: [], removed: [] });
    // The list's words are not shown as removed from its section; the sentence before it and the pointer are.
    const background = changes.sections.find((c) => c.title === 'AWS Background')!;
    expect(JSON.stringify(background.blocks)).not.toContain('AWS Lambda');
    expect(background.blocks.map((b) => b.kind)).toEqual(['removed', 'added']);
  });

  it('a service of the earlier period keeps its history; its root address says where it was last listed', async () => {
    const { reports } = await runContent(both());
    const { periods } = joinPeriods(reports);
    const lambda = periods!.gone.find((g) => g.key.slug === 'aws-lambda');
    expect(lambda).toMatchObject({ kind: 'removed', leftIn: { periodId: byLink }, last: { periodId: real } });
  });

  it('with its locations given by link too: no list at all; its scope section is the one with the words; no location', async () => {
    const withoutLists = edit(`${byLink}/sections/aws-background.mdx`, /\n\nThe scope of locations[\s\S]*<\/Scope>/, '')(both());
    const files = edit(
      `${byLink}/report.yaml`,
      '      checked: 2025-11-20\n',
      '      checked: 2025-11-20\n  locations:\n    reference:\n      words: via the Internet\n      url: https://example.com/regions/\n      checked: 2025-11-20\n',
    )(withoutLists);
    const { output, reports } = await runContent(files);
    expect(output).toBe('');
    expect(reports[0]!.scopeFile).toBe(`${B}/sections/aws-background.mdx`);
    expect(locationsPage(reports[0]!, reports).summary).toMatchObject({ regions: 0, edges: 0 });
    const { periods } = joinPeriods(reports);
    expect(periods!.changes.get(byLink)!.listing.map((l) => l.list)).toEqual(['services', 'locations']);
    expect(periods!.changes.get(byLink)!.regions).toEqual({ added: [], removed: [] });
    // Its locations.geojson says so, with the reference, instead of a bare empty list.
    const geojson = JSON.parse(
      periodExportBuilders.locationsGeojson({ report: reports[0]!, periods: periods!, site: undefined, home: 'pinned' }),
    );
    expect(geojson).toEqual({
      type: 'FeatureCollection',
      features: [],
      locations: 'given by link',
      reference: { words: 'via the Internet', url: 'https://example.com/regions/', checked: '2025-11-20' },
    });
  });
});

describe('a period that lists its services again, after one that gave them by link', () => {
  const first = smallReport({
    id: '2023-04-01--2024-03-31',
    categories: { Compute: { 'AWS Lambda': ['Lambda runs code.'], 'Amazon Glacier': ['Glacier.'] } },
  });
  const linked = smallReport({ id: '2024-10-01--2025-09-30', categories: { Compute: { 'AWS Lambda': ['Lambda runs code.'] } } });
  const between = { ...linked, services: [], categories: [], facts: { ...linked.facts, scope: { services: { reference: ref } } } };
  const again = smallReport(
    {
      id: '2025-04-01--2026-03-31',
      categories: { Compute: { 'AWS Lambda': ['Lambda runs code.'], 'Amazon S3 Glacier': ['Glacier.'] } },
      renames: [{ from: 'Amazon Glacier', to: 'Amazon S3 Glacier' }],
    },
    { latest: true },
  );
  const { periods, problems } = joinPeriods([again, between, first]);

  it('follows each service, and a rename, from the last period that listed them', () => {
    expect(problems).toEqual([]);
    const glacier = again.services.find((s) => s.name === 'Amazon S3 Glacier')!;
    expect(periods!.historyOf(again, glacier).map((h) => [h.report.periodId, h.service.name])).toEqual([
      [again.periodId, 'Amazon S3 Glacier'],
      [first.periodId, 'Amazon Glacier'],
    ]);
  });

  it('changes: listed again, nothing added; given by link before, nothing removed', () => {
    const back = periods!.changes.get(again.periodId)!;
    expect(back.listing).toEqual([{ list: 'services', change: 'listed-again', reference: ref }]);
    expect(back.services).toEqual({ added: [], removed: [], renamed: [] });
    expect(periods!.changes.get(between.periodId)!.services.removed).toEqual([]);
  });
});

describe('what the publisher can get wrong', () => {
  it('a by-link period that still lists its services: names the list’s line and both ways out', async () => {
    const files = edit(
      `${byLink}/sections/aws-background.mdx`,
      'available via the Internet.',
      'available via the Internet.\n\n<Scope of="services">\n\n- AWS Lambda\n\n</Scope>',
    )(both());
    expect(await problems(files)).toEqual([
      `${B}/sections/aws-background.mdx:11: this period gives its services by link (scope.services.reference in ${B}/report.yaml), but this section still lists 1: remove the list (the report no longer has it), or remove scope.services from ${B}/report.yaml if the report lists them`,
    ]);
  });

  it('a listed period with no services and no reference: names the scope section and what to add', async () => {
    const files = edit(`${byLink}/report.yaml`, /scope:\n( {2}.*\n)+/, '')(both());
    expect(await problems(files)).toEqual([
      `${B}/sections/aws-background.mdx:9: no services are listed for this period: add <Scope of="services"> with the report’s list to the section that states the scope, or, if the report gives its services by link, add scope.services.reference (words, url, checked) to ${B}/report.yaml`,
    ]);
  });

  it('reference words that are not the report’s: names report.yaml’s line of words', async () => {
    const files = edit(`${byLink}/report.yaml`, 'available via the Internet.', 'on our website.')(both());
    const [line] = await problems(files);
    expect(line).toMatch(
      new RegExp(`^${B}/report\\.yaml:21: scope\\.services\\.reference\\.words must be the report's own sentence .* is in none: copy it`),
    );
  });

  it('a by-link period that still describes services: names the category file and the first service', async () => {
    const compute = readContent().get(`${real}/categories/compute.mdx`)!;
    const files = both().set(`${byLink}/categories/compute.mdx`, compute);
    const out = await problems(edit(`${byLink}/report.yaml`, '  - people\n', '  - compute\n  - people\n')(files));
    expect(out).toEqual([
      `${B}/categories/compute.mdx:5: this period gives its services by link (scope.services.reference in ${B}/report.yaml), but this file describes "Auto Scaling": remove the category file and its entry in order, or remove scope.services from ${B}/report.yaml if the report lists its services`,
    ]);
  });

  it('locations given by link while the Regions are still marked: names the first Region’s line', async () => {
    const files = edit(
      `${byLink}/report.yaml`,
      '      checked: 2025-11-20\n',
      '      checked: 2025-11-20\n  locations:\n    reference:\n      words: via the Internet\n      url: https://example.com/regions/\n      checked: 2025-11-20\n',
    )(both());
    const out = await problems(files);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      new RegExp(
        `^${B}/sections/aws-background\\.mdx:9: this period gives its locations by link .* but this section still lists 61: remove the list`,
      ),
    );
  });

  it('a link that is not http(s): names the line and the field', async () => {
    const files = edit(`${byLink}/report.yaml`, 'url: https://', 'url: ftp://')(both());
    const line =
      files
        .get(`${byLink}/report.yaml`)!
        .toString('utf8')
        .split('\n')
        .findIndex((l) => l.includes('url: ftp://')) + 1;
    expect(await problems(files)).toEqual([
      `${B}/report.yaml:${line}: scope.services.reference.url: url must be a full http(s):// address`,
    ]);
  });
});

describe('pure helpers', () => {
  it('listingChanges: by link, listed again, or nothing', () => {
    const linked = { scope: { services: { reference: ref } } };
    expect(listingChanges({}, linked)).toEqual([{ list: 'services', change: 'by-link', reference: ref }]);
    expect(listingChanges(linked, {})).toEqual([{ list: 'services', change: 'listed-again', reference: ref }]);
    expect(listingChanges(linked, linked)).toEqual([]);
    expect(listingChanges({}, { scope: { locations: { reference: ref } } })).toEqual([
      { list: 'locations', change: 'by-link', reference: ref },
    ]);
  });

  it('withListing: removals taken out only for the list given by link, the list of services out of its section’s words', () => {
    const scope = { services: [{ name: 'AWS Lambda', line: 1, id: 'bg-p3-1' }], regions: [], edgeLocations: [] };
    const empty = { services: [], regions: [], edgeLocations: [] };
    const was = { facts: {}, scope };
    const linked = { facts: { scope: { services: { reference: ref } } }, scope: empty };
    const removed = (id: string) => ({ kind: 'removed', id });
    const listed = {
      services: { added: [1], removed: [2], renamed: [3] },
      categories: { added: ['a'], removed: ['b'] },
      regions: { added: ['r'], removed: ['s'] },
      edgeLocations: { added: ['e'], removed: ['f'] },
      descriptions: [4],
      sections: [{ blocks: [removed('bg-p2'), removed('bg-p3')] }, { blocks: [removed('bg-p3')] }],
    };
    const out = withListing(listed, was, linked);
    expect(out.sections).toEqual([{ blocks: [removed('bg-p2')] }]);
    expect(out.services).toEqual({ added: [], removed: [], renamed: [] });
    expect(out.categories).toEqual({ added: [], removed: [] });
    expect(out.descriptions).toEqual([]);
    expect(out.regions).toEqual(listed.regions);
    expect(withListing(listed, was, was)).toEqual({ ...listed, listing: [] });
  });

  it('referenceText says the words, the link and the site’s date', () => {
    expect(referenceText('services', ref)).toBe(
      'services given by link: “A description … is available via the Internet.” https://example.com/in-scope/ (link recorded by this site on 20 November 2025)',
    );
  });

  it('fieldLine finds a field key by key inside the scope block only', () => {
    const yaml =
      'words: x\nscope:\n  services:\n    reference:\n      words: y\n  locations:\n    reference:\n      words: z\norder:\n  - a\n';
    expect(fieldLine(yaml, ['scope', 'services', 'reference', 'words'])).toBe(5);
    expect(fieldLine(yaml, ['scope', 'locations', 'reference', 'words'])).toBe(8);
    expect(fieldLine(yaml, ['scope', 'locations', 'elsewhere'])).toBe(6);
    expect(fieldLine(yaml, ['scope'])).toBe(2);
    expect(fieldLine('order: []\n', ['scope', 'words'])).toBeUndefined();
  });
});
