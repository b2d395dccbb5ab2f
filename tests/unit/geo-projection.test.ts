import { geoEqualEarth } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { basemapPaths } from '../../src/lib/geo/basemap.ts';
import { compactPath } from '../../src/lib/geo/compact-path.ts';
import { buildMapModels } from '../../src/lib/geo/map-model.ts';
import { fitProjection, projectPoint } from '../../src/lib/geo/projection.ts';
import { WORLD } from '../../src/lib/geo/views.ts';
import rawData from '../../src/data/locations.json' with { type: 'json' };
import { parseLocationData, resolveLocations } from '../../src/lib/geo/location-data.ts';

// The data file's own names (geo-validate checks they are exactly the report's).
const { data } = parseLocationData(rawData);
const names = Object.keys(data);
const locations = resolveLocations(
  { regions: names.filter((n) => data[n]?.kind === 'region'), edges: names.filter((n) => data[n]?.kind === 'edge') },
  data,
);

const world = fitProjection(WORLD.extent, WORLD.width);
const at = (lon: number, lat: number) => projectPoint(world.projection, lon, lat);

/** Reads compact path data back into absolute points (M x y, then l dx dy pairs), to check what it encodes. */
function decode(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  for (const part of d.match(/M[^M]*/g) ?? []) {
    const nums = (part.replace(/z$/, '').match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    let [x = 0, y = 0] = nums;
    const ring: [number, number][] = [[x, y]];
    for (let i = 2; i + 1 < nums.length; i += 2)
      ring.push([(x = Math.round((x + nums[i]!) * 10) / 10), (y = Math.round((y + nums[i + 1]!) * 10) / 10)]);
    rings.push(ring);
  }
  return rings;
}

describe('world projection (Equal Earth, fitted to 960 wide, Antarctica cropped)', () => {
  it('fits a 960 × ~415 viewBox', () => {
    expect(world.width).toBe(960);
    expect(world.height).toBeGreaterThan(380);
    expect(world.height).toBeLessThan(440);
  });

  it('puts places where they belong relative to each other', () => {
    const [londonX] = at(-0.13, 51.51);
    const [frankfurtX] = at(8.68, 50.11);
    const [, sydneyY] = at(151.21, -33.87);
    const [, tokyoY] = at(139.69, 35.68);
    const [saoPauloX] = at(-46.63, -23.55);
    const [virginiaX] = at(-77.49, 39.04);
    expect(londonX).toBeLessThan(frankfurtX);
    expect(sydneyY).toBeGreaterThan(tokyoY);
    expect(virginiaX).toBeLessThan(saoPauloX);
  });

  it('keeps every location inside the viewBox, rounded to 0.1', () => {
    for (const l of locations) {
      const [x, y] = at(l.lon, l.lat);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(world.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(world.height);
      expect(Number.isInteger(x * 10 + 1e-9) || Math.abs(x * 10 - Math.round(x * 10)) < 1e-9).toBe(true);
    }
  });

  it('centres a regional view on its own meridian, so it is not sheared', () => {
    const asia = fitProjection(
      [
        [68, -41],
        [157, 43],
      ],
      600,
    );
    const [topX] = projectPoint(asia.projection, 112.5, 40);
    const [bottomX] = projectPoint(asia.projection, 112.5, -40);
    expect(topX).toBeCloseTo(bottomX, 0);
  });
});

describe('compact paths', () => {
  const square = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [0, 0],
        [0, 10],
        [10, 10],
        [10, 0],
        [0, 0],
      ],
    ],
  };
  const flat = geoEqualEarth().scale(100).translate([0, 0]);

  it('writes relative coordinates with at most one decimal, and reads back to the rounded points', () => {
    const d = compactPath(flat, square, { tolerance: 0, minArea: 0 });
    expect(d).toMatch(/^M[-.\d ]+l[-.\d ]+z$/);
    expect(d).not.toMatch(/\d\.\d\d/);
    const [ring] = decode(d);
    const corner = flat([10, 10])!;
    expect(ring).toContainEqual([Math.round(corner[0] * 10) / 10, Math.round(corner[1] * 10) / 10]);
  });

  it('drops rings smaller than minArea (specks), keeps bigger ones', () => {
    expect(compactPath(flat, square, { tolerance: 0, minArea: 1e9 })).toBe('');
    expect(compactPath(flat, square, { tolerance: 0, minArea: 1 })).not.toBe('');
  });
});

describe('basemaps', () => {
  const { world: worldModel, insets } = buildMapModels(locations);
  const highlight = new Set(locations.map((l) => l.isoNumeric));

  it.each([worldModel, ...insets].map((m) => [m.view.id, m] as const))(
    '%s: non-empty paths, numbers limited to one decimal',
    (_, model) => {
      const paths = basemapPaths(model, highlight);
      expect(paths.highlight.length).toBeGreaterThan(100);
      for (const d of Object.values(paths)) {
        expect(d).not.toMatch(/\d\.\d\d/);
        expect(d).not.toMatch(/[^Mlz\d\s.-]/);
      }
      if (model.view.states) expect(paths.states.length).toBeGreaterThan(100);
    },
  );

  it('keeps the whole world map small', () => {
    const paths = basemapPaths(worldModel, highlight);
    const bytes = Object.values(paths).join('').length;
    expect(bytes).toBeLessThan(40_000);
  });

  /** Even-odd point-in-path over the decoded rings: what a browser fills with the default fill rule. */
  const filled = (d: string, [x, y]: [number, number]) =>
    decode(d).reduce((inside, ring) => {
      let crossings = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) crossings++;
      }
      return crossings % 2 === 1 ? !inside : inside;
    }, false);

  // Sea must stay sea: a small island whose rings turned inside out would fill the whole map instead.
  it.each([
    ['world', [-150, 0], [20, 10]],
    ['north-america', [-90, 25], [-98, 38]],
    ['north-america-east', [-72, 38.5], [-80, 40]],
    ['europe', [-5, 45.5], [2, 47]],
    ['asia-pacific', [88, 15], [135, -25]],
    ['south-america', [-42, -25], [-48, -21]],
  ] as const)('%s: sea at %j, land at %j', (id, sea, land) => {
    const model = [worldModel, ...insets].find((m) => m.view.id === id)!;
    const { other, highlight: hl } = basemapPaths(model, highlight);
    const isLand = (p: readonly [number, number]) => {
      const xy = projectPoint(model.projection, p[0], p[1]);
      return filled(other, xy) || filled(hl, xy);
    };
    expect(isLand(sea)).toBe(false);
    expect(isLand(land)).toBe(true);
  });
});
