import { describe, expect, it } from 'vitest';
import rawData from '../../src/data/locations.json' with { type: 'json' };
import { ContentError } from '../../src/lib/content-problem.ts';
import { nodeValidationAtlas } from '../../src/lib/geo/atlas.ts';
import { parseOverrides } from '../../src/lib/geo/location-data.ts';
import { parseName, placeLocation } from '../../src/lib/geo/place.ts';
import { siteLocations, type ScopeSource } from '../../src/lib/geo/report-locations.ts';
import type { Location } from '../../src/lib/geo/types.ts';
import { placeProblems } from '../../src/lib/geo/validate.ts';
import { PRESENT_DAY_FILE, REAL_SCOPE_FILE, presentDayLocations, realLocations, realScope } from '../helpers/geo-scopes.ts';

// Placing reads the gazetteer and converts the atlases once; done here, at import, so no test waits on it.
const atlas = nodeValidationAtlas();
const locations = realLocations();
const today = presentDayLocations();
const byName = (name: string, list: readonly Location[] = locations) => list.find((l) => l.name === name)!;
/** A location moved to other coordinates. */
const moved = (name: string, lat: number, lon: number): Location => ({ ...byName(name), lat, lon });

describe('the real report, placed from the gazetteer', () => {
  it('lists 15 Regions and 46 edge locations, all placed, in report order', () => {
    expect(realScope.scope.regions).toHaveLength(15);
    expect(realScope.scope.edgeLocations).toHaveLength(46);
    expect(locations).toHaveLength(61);
    expect(locations[0]).toMatchObject({ name: 'US East (Northern Virginia)', kind: 'region', code: 'us-east-1', place: 'Ashburn' });
    expect(locations.at(-1)).toMatchObject({ name: 'Washington, United States', kind: 'edge', state: 'Washington', place: 'Seattle' });
    expect(byName('São Paulo, Brazil').slug).toBe('sao-paulo-brazil');
  });

  it('types no coordinate: the overrides file names places, and its schema has no lat or lon', () => {
    expect(JSON.stringify(rawData)).not.toMatch(/"(lat|lon)"/);
    expect(parseOverrides({ 'Paris, France': { lat: 48.86 } }).errors).toEqual([
      { entry: 'Paris, France', message: 'unknown field "lat"', inOverrides: true },
    ]);
  });

  it('has a code for every Region, matching the brief', () => {
    expect(locations.filter((l) => l.kind === 'region').map((l) => l.code)).toEqual([
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

  it('names countries and continents from the packages, with the overrides’ display names', () => {
    expect(byName('London, England')).toMatchObject({ country: 'United Kingdom', continent: 'Europe' });
    expect(byName('Seoul, Korea')).toMatchObject({ country: 'South Korea', isoNumeric: '410' });
    expect(byName('Hong Kong, China')).toMatchObject({ country: 'China', isoNumeric: '344', continent: 'Asia' });
    expect(byName('EU (Ireland)')).toMatchObject({ place: 'Dublin', country: 'Ireland' });
    expect(byName('Texas, United States')).toMatchObject({ place: 'Dallas', state: 'Texas' });
    expect(byName('Ohio, United States')).toMatchObject({ place: 'Columbus', state: 'Ohio' });
  });
});

describe('names as AWS writes them', () => {
  const states = atlas.states();
  it.each([
    ['Asia Pacific (Tokyo)', { place: 'Tokyo', countryCode: undefined }],
    ['US East (Ohio)', { countryCode: 'US', state: 'Ohio' }],
    ['US West (Northern California)', { countryCode: 'US', state: 'California' }],
    ['EU (Ireland)', { countryCode: 'IE' }],
    ['Canada West (Calgary)', { place: 'Calgary', countryCode: undefined }],
    ['Israel (Tel Aviv)', { place: 'Tel Aviv', countryCode: 'IL' }],
    ['Paris, France', { place: 'Paris', countryCode: 'FR' }],
    ['Ashburn, Virginia, United States', { place: 'Ashburn', countryCode: 'US', state: 'Virginia' }],
    ['Texas, United States', { countryCode: 'US', state: 'Texas' }],
    ['Singapore', { place: 'Singapore', countryCode: 'SG' }],
    ['London, England', { place: 'London', countryCode: undefined }],
  ] as const)('%s', (name, query) => {
    expect(parseName(name, states)).toEqual(query);
  });

  it('places a US edge city written "City, State, United States" in its state', () => {
    expect(placeLocation('Portland, Oregon, United States', 'edge', undefined, atlas).location).toMatchObject({
      place: 'Portland',
      state: 'Oregon',
      lon: -122.68,
    });
    expect(placeLocation('Portland, Maine, United States', 'edge', undefined, atlas).location).toMatchObject({ state: 'Maine' });
  });

  it('places Africa and the rest of the world: Cape Town, Bahrain, Auckland', () => {
    expect(byName('Africa (Cape Town)', today)).toMatchObject({ continent: 'Africa', country: 'South Africa' });
    expect(byName('Middle East (Bahrain)', today)).toMatchObject({ place: 'Manama', continent: 'Asia' });
    expect(byName('Auckland, New Zealand', today)).toMatchObject({ continent: 'Oceania' });
    expect(today).toHaveLength(153);
  });
});

describe('the in-country check', () => {
  it.each(['Copenhagen, Denmark', 'Lisbon, Portugal', 'Stockholm, Sweden', 'Istanbul, Turkey', 'Hong Kong, China', 'Manama, Bahrain'])(
    'accepts the real city-centre coordinates of coastal %s',
    (name) => {
      expect(placeProblems(byName(name, today), atlas)).toEqual([]);
    },
  );

  it('catches a point in the wrong country, even a near one', () => {
    // Vienna placed at Prague; Copenhagen placed at Malmö, across the strait in Sweden.
    expect(placeProblems(moved('Vienna, Austria', 50.08, 14.44), atlas)).toEqual([expect.stringMatching(/outside Austria/)]);
    expect(placeProblems({ ...byName('Copenhagen, Denmark', today), lat: 55.6, lon: 13.0 }, atlas)).toEqual([
      expect.stringMatching(/outside Denmark/),
    ]);
  });

  it('catches a point out at sea', () => {
    expect(placeProblems({ ...byName('Lisbon, Portugal', today), lon: -10.5 }, atlas)).toEqual([expect.stringMatching(/outside Portugal/)]);
  });

  it('says when lat and lon look swapped, or a sign is wrong', () => {
    const madrid = byName('Madrid, Spain');
    expect(placeProblems({ ...madrid, lat: madrid.lon, lon: madrid.lat }, atlas)).toEqual([
      expect.stringMatching(/lat and lon look swapped/),
    ]);
    expect(placeProblems(moved('Toronto, Canada', 43.65, 79.38), atlas)[0]).toMatch(/lon has the wrong sign/);
  });

  it('catches a US location in the wrong state', () => {
    // Texas placed at Oklahoma City: inside the United States, outside Texas.
    expect(placeProblems(moved('Texas, United States', 35.47, -97.52), atlas)).toEqual([expect.stringMatching(/outside Texas/)]);
  });
});

describe('shared work', () => {
  it('places a name once however many periods list it: periods with equal lists share their locations', () => {
    const copy: ScopeSource = { scope: { ...realScope.scope }, scopeFile: 'content/2017-10-01--2018-03-31/sections/aws-background.mdx' };
    const placed = siteLocations([copy, realScope]);
    const [a, b] = [placed.get(copy.scope)!, placed.get(realScope.scope)!];
    expect(a).toHaveLength(61);
    a.forEach((l, i) => expect(l).toBe(b[i]));
  });
});

describe('problems: all of a build’s, together, each once, with file and line', () => {
  const scope = (regions: string[], edges: string[], from = 10): ScopeSource['scope'] => ({
    regions: regions.map((name, i) => ({ name, line: from + i })),
    edgeLocations: edges.map((name, i) => ({ name, line: from + 20 + i })),
  });
  const problemsOf = (sources: ScopeSource[], raw: unknown): ContentError => {
    try {
      siteLocations(sources, { raw, text: JSON.stringify(raw, null, 2) });
    } catch (e) {
      if (e instanceof ContentError) return e;
      throw e;
    }
    throw new Error('no ContentError');
  };

  it('lists every problem of every period at once, a problem two periods share only once', () => {
    const older = {
      scope: scope(['Europe (Gondor)'], ['Paris, France', 'Gotham, France']),
      scopeFile: 'content/a/sections/aws-background.mdx',
    };
    const newer = { scope: scope(['Europe (Gondor)'], ['Sao Paulo, Brazil']), scopeFile: 'content/b/sections/aws-background.mdx' };
    const raw = {
      'Paris, France': { place: 'Paris', colour: 'blue' },
      'Hong Kong, China': { countryCode: 'HK' },
      'São Paulo, Brazil': { note: 'accents' },
    };
    const { problems, message, stack } = problemsOf([newer, older], raw);
    expect(stack).toBe('');
    expect(problems).toEqual([
      { file: 'src/data/locations.json', line: 2, message: '"Paris, France" unknown field "colour"' },
      {
        file: newer.scopeFile,
        line: 10,
        message: expect.stringMatching(/^"Europe \(Gondor\)" the gazetteer has no place "Gondor": add an override/),
      },
      {
        file: older.scopeFile,
        line: 31,
        message: expect.stringMatching(/^"Gotham, France" the gazetteer has no place "Gotham" in France/),
      },
      { file: 'src/data/locations.json', line: 6, message: expect.stringMatching(/^"Hong Kong, China" is in no report's lists: remove/) },
      {
        file: 'src/data/locations.json',
        line: 9,
        message: expect.stringMatching(/^"São Paulo, Brazil" is in no report's lists; "Sao Paulo, Brazil" looks like it/),
      },
    ]);
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('points an override’s mistake at its line, and suggests the gazetteer’s spelling', () => {
    const source = { scope: scope([], ['Frankfurt, Germany', 'Hong Kong, China']), scopeFile: REAL_SCOPE_FILE };
    const { problems } = problemsOf([source], { 'Hong Kong, China': { countryCode: 'XX' } });
    expect(problems).toEqual([
      { file: REAL_SCOPE_FILE, line: 30, message: expect.stringMatching(/"Frankfurt" in Germany \(it has "Frankfurt am Main"/) },
      { file: 'src/data/locations.json', line: 2, message: '"Hong Kong, China" "XX" is not an ISO 3166-1 alpha-2 code' },
    ]);
  });

  it('the fixture’s file is where its problems point', () => {
    const { problems } = problemsOf([{ scope: scope([], ['Bangalore, India']), scopeFile: PRESENT_DAY_FILE }], {});
    expect(problems).toEqual([{ file: PRESENT_DAY_FILE, line: 30, message: expect.stringMatching(/no place "Bangalore" in India/) }]);
  });
});
