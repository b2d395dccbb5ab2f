import { gzipSync } from 'node:zlib';
import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { worldLayers } from '../../src/lib/geo/atlas.ts';
import { minAreaFor, minWeightFor } from '../../src/lib/geo/basemap.ts';
import { mapsFor } from '../../src/lib/geo/maps.ts';
import { realLocations } from '../helpers/geo-scopes.ts';

const locations = realLocations();
// Drawing the basemaps takes seconds: done at import, so no test waits on it.
const { world, insets } = mapsFor(locations);
const views = [world, ...insets];
const highlight = new Set(locations.map((l) => l.isoNumeric));
const layersOf = (m: (typeof views)[number]) => worldLayers(m.view.resolution, highlight, minWeightFor(m), minAreaFor(m));

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

  // Compressed bytes of the six maps the Douglas–Peucker simplification drew: insets now follow the locations, so the budget is the total.
  it('keeps all the maps’ path data, compressed, within what the Douglas–Peucker maps shipped', () => {
    const bytes = views.reduce((n, m) => {
      const p = m.paths;
      return n + gzipSync(p.other + p.highlight + p.borders + p.states, { level: 9 }).length;
    }, 0);
    expect(bytes).toBeLessThanOrEqual(9221 + 3228 + 1832 + 5572 + 6260 + 319);
  });
});
