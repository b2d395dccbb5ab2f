import { gzipSync } from 'node:zlib';
import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import rawData from '../../src/data/locations.json' with { type: 'json' };
import { worldLayers } from '../../src/lib/geo/atlas.ts';
import { basemapPaths, minWeightFor } from '../../src/lib/geo/basemap.ts';
import { parseLocationData, resolveLocations } from '../../src/lib/geo/location-data.ts';
import { buildMapModels } from '../../src/lib/geo/map-model.ts';

const { data } = parseLocationData(rawData);
const names = Object.keys(data);
const locations = resolveLocations(
  { regions: names.filter((n) => data[n]?.kind === 'region'), edges: names.filter((n) => data[n]?.kind === 'edge') },
  data,
);
const { world, insets } = buildMapModels(locations);
const views = [world, ...insets];
const highlight = new Set(locations.map((l) => l.isoNumeric));
const layersOf = (m: (typeof views)[number]) => worldLayers(m.view.resolution, highlight, minWeightFor(m));

describe('simplified basemaps (topojson-simplify, shared arcs)', () => {
  it.each(views.map((m) => [m.view.id, m] as const))('%s: no polygon covers more than half the globe', (_, m) => {
    const { other, highlight: hl } = layersOf(m);
    for (const coordinates of [...other.coordinates, ...hl.coordinates]) {
      expect(geoArea({ type: 'Polygon', coordinates })).toBeLessThanOrEqual(2 * Math.PI);
    }
  });

  it.each(views.map((m) => [m.view.id, m] as const))('%s: tinted and other countries meet exactly, along the drawn borders', (_, m) => {
    const { other, highlight: hl, borders } = layersOf(m);
    const key = (p: readonly number[]) => `${p[0]},${p[1]}`;
    const otherPoints = new Set(other.coordinates.flat(2).map(key));
    const borderPoints = new Set(borders.coordinates.flat().map(key));
    // Shared arcs: where a tinted country touches another, both unions have the very same points, on a border line.
    const shared = hl.coordinates
      .flat(2)
      .map(key)
      .filter((k) => otherPoints.has(k));
    expect(shared.length).toBeGreaterThan(m === world ? 100 : 20);
    expect(shared.filter((k) => !borderPoints.has(k))).toEqual([]);
  });

  it('keeps small islands on the world map instead of simplifying them away', () => {
    const { other, highlight: hl } = layersOf(world);
    const isLand = (lon: number, lat: number) => geoContains(other, [lon, lat]) || geoContains(hl, [lon, lat]);
    // Jamaica, Puerto Rico, Sri Lanka, Tasmania, New Caledonia, Iceland: one closed arc each.
    for (const [lon, lat] of [
      [-77.3, 18.1],
      [-66.5, 18.2],
      [80.7, 7.8],
      [146.6, -42],
      [165.6, -21.3],
      [-18.6, 64.9],
    ] as const) {
      expect(isLand(lon, lat), `${lon}, ${lat}`).toBe(true);
    }
  });

  // Compressed path data of the Douglas–Peucker simplification this replaced: no map may grow past it.
  const before: Record<string, number> = {
    world: 9221,
    'north-america': 3228,
    'north-america-east': 1832,
    europe: 5572,
    'asia-pacific': 6260,
    'south-america': 319,
  };
  it.each(views.map((m) => [m.view.id, m] as const))('%s: path data no bigger compressed than before', (id, m) => {
    const p = basemapPaths(m, highlight);
    const bytes = gzipSync(p.other + p.highlight + p.borders + p.states, { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(before[id]!);
  });
});
