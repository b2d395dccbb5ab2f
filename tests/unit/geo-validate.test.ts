import { readFileSync } from 'node:fs';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rawData from '../../src/data/locations.json' with { type: 'json' };
import { ContentError } from '../../src/lib/content-problem.ts';
import { extractScope } from '../../src/lib/extract-scope.ts';
import { nodeValidationAtlas } from '../../src/lib/geo/atlas.ts';
import { parseLocationData } from '../../src/lib/geo/location-data.ts';
import { reportLocations } from '../../src/lib/geo/report-locations.ts';
import type { LocationData, LocationEntry, ReportLocations } from '../../src/lib/geo/types.ts';
import { validateLocations } from '../../src/lib/geo/validate.ts';

// The report's lists, read from the content the way the site reads them.
const SCOPE_FILE = 'content/2017-04-01--2017-09-30/sections/aws-background.mdx';
const mdx = readFileSync(new URL(`../../${SCOPE_FILE}`, import.meta.url), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (fm) =>
  fm.replace(/[^\n]/g, ' '),
);
const { scope } = extractScope(unified().use(remarkParse).use(remarkMdx).parse(mdx));
const report: ReportLocations = { regions: scope.regions.map((r) => r.name), edges: scope.edgeLocations.map((e) => e.name) };

const atlas = nodeValidationAtlas();
const { data, errors: shapeErrors } = parseLocationData(rawData);

/** The real data with one entry changed (or removed, with `undefined`). */
function edited(name: string, change: Partial<LocationEntry> | undefined): LocationData {
  const copy: Record<string, LocationEntry> = { ...data };
  const entry = copy[name];
  if (!entry) throw new Error(`no entry ${name}`);
  if (change === undefined) delete copy[name];
  else copy[name] = { ...entry, ...change };
  return copy;
}

const errorsFor = (d: LocationData) => validateLocations(report, d, atlas);

describe('the report lists what the brief says', () => {
  it('has 15 Regions and 46 edge locations', () => {
    expect(report.regions).toHaveLength(15);
    expect(report.edges).toHaveLength(46);
  });
});

describe('src/data/locations.json', { timeout: 20_000 }, () => {
  it('is well-formed', () => {
    expect(shapeErrors).toEqual([]);
  });

  it('validates clean: every one of the 61 locations has coordinates inside its country (and US state)', () => {
    expect(Object.keys(data)).toHaveLength(61);
    expect(errorsFor(data)).toEqual([]);
  });

  it('has a code for every Region, matching the brief', () => {
    const codes = report.regions.map((r) => data[r]?.code);
    expect(codes).toEqual([
      'us-east-1',
      'us-east-2',
      'us-west-2',
      'us-west-1',
      'us-gov-west-1',
      'ca-central-1',
      'eu-west-1',
      'eu-central-1',
      'eu-west-2',
      'ap-southeast-1',
      'ap-southeast-2',
      'ap-northeast-1',
      'ap-northeast-2',
      'ap-south-1',
      'sa-east-1',
    ]);
  });

  it('names countries consistently (one display name per ISO code) and uses the chosen names', () => {
    expect(data['London, England']?.country).toBe('United Kingdom');
    expect(data['Seoul, Korea']?.country).toBe('South Korea');
    expect(data['Hong Kong, China']).toMatchObject({ country: 'China', isoNumeric: '344' });
  });

  it('finds Singapore and Hong Kong at 50m (no 10m fallback needed)', () => {
    expect(atlas.country('702').length).toBeGreaterThan(0);
    expect(atlas.country('344').length).toBeGreaterThan(0);
  });
});

// Each case tests points against the country shapes (point-in-polygon over the atlas): seconds on a loaded 2-core machine.
describe('validateLocations: each mistake produces an error naming the entry', { timeout: 20_000 }, () => {
  it('a report location with no entry', () => {
    const errors = errorsFor(edited('Warsaw, Poland', undefined));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ entry: 'Warsaw, Poland' });
    expect(errors[0]?.message).toMatch(/no entry in src\/data\/locations\.json/);
  });

  it('swapped lat/lon, with the likely cause', () => {
    const e = data['Madrid, Spain']!;
    const errors = errorsFor(edited('Madrid, Spain', { lat: e.lon, lon: e.lat }));
    expect(errors).toEqual([{ entry: 'Madrid, Spain', message: expect.stringMatching(/outside Spain.*lat and lon look swapped/) }]);
  });

  it('a point in the wrong country', () => {
    // Vienna's entry placed at Prague.
    const errors = errorsFor(edited('Vienna, Austria', { lat: 50.08, lon: 14.44 }));
    expect(errors).toEqual([{ entry: 'Vienna, Austria', message: expect.stringMatching(/outside Austria/) }]);
  });

  it('a west longitude without its minus sign', () => {
    const errors = errorsFor(edited('Toronto, Canada', { lon: 79.38 }));
    expect(errors[0]).toMatchObject({ entry: 'Toronto, Canada', message: expect.stringMatching(/lon has the wrong sign/) });
  });

  it('a US-state entry in the wrong state', () => {
    // Texas placed at Oklahoma City: inside the United States, outside Texas.
    const errors = errorsFor(edited('Texas, United States', { lat: 35.47, lon: -97.52 }));
    expect(errors).toEqual([{ entry: 'Texas, United States', message: expect.stringMatching(/outside Texas/) }]);
  });

  it('a US entry whose state disagrees with the report name', () => {
    const errors = errorsFor(edited('Ohio, United States', { state: 'Indiana' }));
    expect(errors.map((e) => e.entry)).toContain('Ohio, United States');
    expect(errors.map((e) => e.message).join('\n')).toMatch(/report's name says Ohio/);
  });

  it('a data entry only another report period lists: that period’s, not a problem here', () => {
    const extra = { ...data, 'Atlantis, Ocean': { ...data['Madrid, Spain']! } };
    expect(validateLocations(report, extra, atlas, new Set(['Atlantis, Ocean'])).filter((e) => e.entry === 'Atlantis, Ocean')).toEqual([]);
  });

  it('a data entry the report does not list', () => {
    const extra = { ...data, 'Atlantis, Ocean': { ...data['Madrid, Spain']! } };
    expect(errorsFor(extra)).toEqual([{ entry: 'Atlantis, Ocean', message: expect.stringMatching(/not in any report's lists/) }]);
  });

  it('a name that differs from the report only in accents, with a suggestion', () => {
    const { ['São Paulo, Brazil']: sp, ...rest } = data;
    const errors = errorsFor({ ...rest, 'Sao Paulo, Brazil': sp! });
    expect(errors).toContainEqual({ entry: 'São Paulo, Brazil', message: expect.stringMatching(/"Sao Paulo, Brazil" looks like it/) });
    expect(errors.map((e) => e.entry)).toContain('Sao Paulo, Brazil');
  });

  it('a Region without a code, and an edge location with one', () => {
    const { code: _, ...noCode } = data['Europe (London)']!;
    const d = { ...data, 'Europe (London)': noCode, 'London, England': { ...data['London, England']!, code: 'eu-west-9' } };
    const errors = errorsFor(d);
    expect(errors).toContainEqual({ entry: 'Europe (London)', message: expect.stringMatching(/has no "code"/) });
    expect(errors).toContainEqual({ entry: 'London, England', message: expect.stringMatching(/no Region code: remove "code"/) });
  });

  it('the wrong kind', () => {
    const errors = errorsFor(edited('Osaka, Japan', { kind: 'region', code: 'ap-northeast-3' }));
    expect(errors[0]).toMatchObject({ entry: 'Osaka, Japan', message: expect.stringMatching(/report lists it as an edge location/) });
  });
});

describe('parseLocationData: shape errors name the entry', () => {
  it('reports bad fields and keeps the good entries', () => {
    const { data: ok, errors } = parseLocationData({
      'Madrid, Spain': rawData['Madrid, Spain'],
      'Paris, France': { ...rawData['Paris, France'], lat: '48.86', continent: 'Europa', colour: 'blue' },
    });
    expect(Object.keys(ok)).toEqual(['Madrid, Spain']);
    expect(errors.map((e) => e.entry)).toEqual(['Paris, France', 'Paris, France', 'Paris, France']);
    expect(errors.map((e) => e.message).join('\n')).toMatch(
      /unknown field "colour"[\s\S]*"continent" must be one of[\s\S]*"lat" must be a number/,
    );
  });

  it('says what to fix for each field, an entry that is no object, and every unknown field', () => {
    const { errors } = parseLocationData({
      'Europe (London)': { ...rawData['Europe (London)'], code: 'EU-WEST-3', isoNumeric: 250, lon: 181, kind: 'regio', hue: 1, tone: 2 },
      'Paris, France': 'Paris',
    });
    expect(errors).toEqual([
      { entry: 'Europe (London)', message: 'unknown field "hue"' },
      { entry: 'Europe (London)', message: 'unknown field "tone"' },
      { entry: 'Europe (London)', message: '"kind" must be "region" or "edge"' },
      { entry: 'Europe (London)', message: '"code" must look like "us-east-1"' },
      { entry: 'Europe (London)', message: '"isoNumeric" must be a 3-digit ISO 3166-1 numeric string such as "840"' },
      { entry: 'Europe (London)', message: '"lon" must be a number from -180 to 180' },
      { entry: 'Paris, France', message: 'must be an object' },
    ]);
  });

  it('rejects a file that is not an object', () => {
    expect(parseLocationData([]).errors).toHaveLength(1);
  });
});

describe('reportLocations: fails the build with file and line', () => {
  const source = { scope, scopeFile: SCOPE_FILE };

  it('resolves all 61 in report order, with slugs', () => {
    const locations = reportLocations(source);
    expect(locations).toHaveLength(61);
    expect(locations[0]).toMatchObject({
      name: 'US East (Northern Virginia)',
      kind: 'region',
      code: 'us-east-1',
      slug: 'us-east-northern-virginia',
    });
    expect(locations.at(-1)).toMatchObject({ name: 'Washington, United States', kind: 'edge', state: 'Washington' });
    expect(locations.find((l) => l.name === 'São Paulo, Brazil')?.slug).toBe('sao-paulo-brazil');
  });

  it('points a missing location at the report line that names it, and other problems at the data file', () => {
    const { ['Milan, Italy']: _, ...rest } = rawData;
    const bad = { ...rest, 'Madrid, Spain': { ...rawData['Madrid, Spain'], lat: 0 } };
    let thrown: unknown;
    try {
      reportLocations({ scope, scopeFile: SCOPE_FILE }, [], bad);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    const problems = (thrown as ContentError).problems;
    const milanLine = scope.edgeLocations.find((e) => e.name === 'Milan, Italy')?.line;
    expect(milanLine).toBeGreaterThan(0);
    expect(problems).toContainEqual({ file: SCOPE_FILE, line: milanLine, message: expect.stringMatching(/^"Milan, Italy" no entry/) });
    expect(problems).toContainEqual({ file: 'src/data/locations.json', message: expect.stringMatching(/^"Madrid, Spain" \(lat 0/) });
  });
});
