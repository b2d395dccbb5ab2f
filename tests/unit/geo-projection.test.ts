import { describe, expect, it } from 'vitest';
import { fitProjection, projectPoint } from '../../src/lib/geo/projection.ts';
import { WORLD } from '../../src/lib/geo/views.ts';
import { mapsFor } from '../../src/lib/geo/maps.ts';
import { realLocations } from '../helpers/geo-scopes.ts';

const locations = realLocations();
// Drawing the basemaps takes seconds: done at import, so no test waits on it.
const maps = mapsFor(locations);

const world = fitProjection(WORLD.extent, WORLD.width);
const at = (lon: number, lat: number) => projectPoint(world.projection, lon, lat);

/** Reads path data (d3's "Mx,yLx,y…Z", absolute) back into rings of points, to check what it encodes. */
function decode(d: string): [number, number][][] {
  return (d.match(/M[^M]*/g) ?? []).map((part) => {
    const nums = (part.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const ring: [number, number][] = [];
    for (let i = 0; i + 1 < nums.length; i += 2) ring.push([nums[i]!, nums[i + 1]!]);
    return ring;
  });
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

describe('basemaps', () => {
  const { world: worldModel, insets } = maps;

  it.each([worldModel, ...insets].map((m) => [m.view.id, m] as const))(
    '%s: non-empty paths, numbers limited to one decimal',
    (_, model) => {
      const { paths } = model;
      expect(paths.highlight.length).toBeGreaterThan(100);
      for (const d of Object.values(paths)) {
        expect(d).not.toMatch(/\d\.\d\d/);
        expect(d).not.toMatch(/[^MLZ\d,.-]/);
      }
      if (model.view.states) expect(paths.states.length).toBeGreaterThan(100);
    },
  );

  it('keeps the whole world map small', () => {
    const { paths } = worldModel;
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
    ['World', [-150, 0], [20, 10]],
    ['North America', [-90, 25], [-98, 38]],
    ['Eastern United States and Canada', [-72, 38.5], [-80, 40]],
    ['Europe', [-5, 45.5], [2, 47]],
    ['Eastern Asia', [130, 20], [135, 35]],
    ['South America', [-42, -25], [-48, -21]],
  ] as const)('%s: sea at %j, land at %j', (title, sea, land) => {
    const model = [worldModel, ...insets].find((m) => m.view.title === title)!;
    const { other, highlight: hl } = model.paths;
    const isLand = (p: readonly [number, number]) => {
      const xy = projectPoint(model.projection, p[0], p[1]);
      return filled(other, xy) || filled(hl, xy);
    };
    expect(isLand(sea)).toBe(false);
    expect(isLand(land)).toBe(true);
  });
});
