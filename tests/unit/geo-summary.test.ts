import { describe, expect, it } from 'vitest';
import { kindLabel, markerName } from '../../src/lib/geo/format.ts';
import { toFeatureCollection } from '../../src/lib/geo/geojson.ts';
import { groupByContinent, summarize } from '../../src/lib/geo/summary.ts';
import { presentDayLocations, realLocations } from '../helpers/geo-scopes.ts';

const locations = realLocations();

describe('summary', () => {
  it('counts 15 Regions, 46 edge locations and 23 countries', () => {
    expect(summarize(locations)).toEqual({ regions: 15, edges: 46, countries: 23 });
  });

  it('groups by continent, then country, Regions first', () => {
    const groups = groupByContinent(locations);
    expect(groups.map((g) => g.continent)).toEqual(['Asia', 'Europe', 'North America', 'Oceania', 'South America']);
    const germany = groups.find((g) => g.continent === 'Europe')?.countries.find((c) => c.country === 'Germany');
    expect(germany?.locations.map((l) => l.name)).toEqual([
      'Europe (Frankfurt)',
      'Berlin, Germany',
      'Frankfurt, Germany',
      'Munich, Germany',
    ]);
    expect(groups.flatMap((g) => g.countries.flatMap((c) => c.locations))).toHaveLength(61);
  });

  it('has every continent with an AWS location at present-day size, Africa included', () => {
    expect(groupByContinent(presentDayLocations()).map((g) => g.continent)).toEqual([
      'Africa',
      'Asia',
      'Europe',
      'North America',
      'Oceania',
      'South America',
    ]);
  });
});

describe('accessible names', () => {
  it('reads "name — kind, country[, code]"', () => {
    const region = locations.find((l) => l.name === 'US East (Ohio)')!;
    const edge = locations.find((l) => l.name === 'London, England')!;
    expect(markerName(region)).toBe('US East (Ohio) — Region, United States, us-east-2');
    expect(markerName(edge)).toBe('London, England — Edge location, United Kingdom');
    expect(kindLabel('edge')).toBe('Edge location');
  });
});

describe('GeoJSON', () => {
  const fc = toFeatureCollection(locations, '2017-04-01--2017-09-30');

  it('has 61 Point features with [lon, lat] coordinates and the report names verbatim', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(61);
    const sp = fc.features.find((f) => f.properties.name === 'South America (São Paulo)');
    expect(sp?.geometry).toEqual({ type: 'Point', coordinates: [-46.64, -23.55] });
    expect(sp?.properties).toEqual({
      name: 'South America (São Paulo)',
      kind: 'region',
      country: 'Brazil',
      code: 'sa-east-1',
      period: '2017-04-01--2017-09-30',
    });
  });

  it('gives a code to Regions only', () => {
    for (const f of fc.features) expect('code' in f.properties).toBe(f.properties.kind === 'region');
  });
});
