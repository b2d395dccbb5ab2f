import { describe, expect, it } from 'vitest';
import rawData from '../../src/data/locations.json' with { type: 'json' };
import { leaderPaths } from '../../src/lib/geo/leaders.ts';
import { parseLocationData, resolveLocations } from '../../src/lib/geo/location-data.ts';
import { buildMapModels } from '../../src/lib/geo/map-model.ts';
import { mapsFor } from '../../src/lib/geo/maps.ts';
import { positionCss } from '../../src/lib/geo/position-css.ts';
import { minSeparation, spreadMarkers } from '../../src/lib/geo/spread.ts';
import { LABEL, LABEL_TIERS, estimateWidth, labelClass, placeLabels, shortLabel } from '../../src/lib/geo/static-labels.ts';
import { INSETS, MARKER_SPACING, MIN_RENDER_WIDTH, insetFor } from '../../src/lib/geo/views.ts';

const { data } = parseLocationData(rawData);
const names = Object.keys(data);
const locations = resolveLocations(
  { regions: names.filter((n) => data[n]?.kind === 'region'), edges: names.filter((n) => data[n]?.kind === 'edge') },
  data,
);
const { world, insets } = buildMapModels(locations);
/** CSS px per viewBox unit when a view is laid out at its narrowest. */
const pxPerUnit = (width: number) => MIN_RENDER_WIDTH / width;

describe('the inset plan', () => {
  it('draws every location as a focusable marker exactly once, across the insets', () => {
    const drawn = insets.flatMap((v) => v.markers.map((m) => m.loc.name));
    expect(drawn).toHaveLength(61);
    expect(new Set(drawn).size).toBe(61);
    expect(world.markers).toHaveLength(0);
  });

  it('gives Europe and the eastern US their own zoomed insets', () => {
    expect(insetFor(data['Frankfurt, Germany']!)?.id).toBe('europe');
    expect(insetFor(data['New Jersey, United States']!)?.id).toBe('north-america-east');
    expect(insetFor(data['Texas, United States']!)?.id).toBe('north-america');
  });

  it('shows every location as a dot on the world overview, with a frame per top-level inset', () => {
    expect(world.dots).toHaveLength(61);
    expect(world.frames.map((f) => f.view.id).sort()).toEqual(
      INSETS.filter((i) => i.parent === 'world')
        .map((i) => i.id)
        .sort(),
    );
    expect(world.frames.reduce((n, f) => n + f.count, 0)).toBe(61);
  });

  it('keeps frames at least 24 px on the narrowest screen (they are links)', () => {
    for (const v of [world, ...insets]) {
      for (const f of v.frames) {
        expect(f.w * pxPerUnit(v.width)).toBeGreaterThanOrEqual(23.9);
        expect(f.h * pxPerUnit(v.width)).toBeGreaterThanOrEqual(23.9);
      }
    }
  });
});

describe('markers are distinguishable 24 px targets at 280 px wide', () => {
  it.each(insets.map((v) => [v.view.id, v] as const))('%s: centres at least 26 px apart and inside the map', (_, v) => {
    const k = pxPerUnit(v.width);
    expect(minSeparation(v.markers) * k).toBeGreaterThanOrEqual(MARKER_SPACING);
    for (const m of v.markers) {
      expect(m.x * k).toBeGreaterThanOrEqual(12);
      expect((v.width - m.x) * k).toBeGreaterThanOrEqual(12);
      expect(m.y * k).toBeGreaterThanOrEqual(12);
      expect((v.height - m.y) * k).toBeGreaterThanOrEqual(12);
    }
  });

  it('draws a leader line for every marker moved off its place, and only for those', () => {
    for (const v of insets) {
      const moved = v.markers.filter((m) => Math.hypot(m.x - m.ax, m.y - m.ay) > MARKER_SPACING * (v.width / MIN_RENDER_WIDTH) * 0.15);
      expect(v.markers.filter((m) => m.leader)).toEqual(moved);
      const d = leaderPaths(v.markers, v.width)
        .map((l) => l.d)
        .join('');
      expect((d.match(/L/g) ?? []).length).toBe(moved.length);
    }
  });

  it('orders markers for the tab key top to bottom', () => {
    for (const v of insets) {
      const ys = v.markers.map((m) => m.y);
      const band = MARKER_SPACING * (v.width / MIN_RENDER_WIDTH) * 1.5;
      for (let i = 1; i < ys.length; i++) expect(Math.floor(ys[i]! / band)).toBeGreaterThanOrEqual(Math.floor(ys[i - 1]! / band));
    }
  });
});

describe('spreadMarkers', () => {
  const o = { spacing: 50, width: 600, height: 400, inset: 25 };

  it('separates identical anchors (a Region and an edge location in one city) and stays near them', () => {
    const out = spreadMarkers(
      [
        [300, 200],
        [300, 200],
        [300, 200],
      ],
      o,
    );
    expect(minSeparation(out)).toBeGreaterThanOrEqual(50);
    for (const p of out) expect(Math.hypot(p.x - 300, p.y - 200)).toBeLessThan(60);
  });

  it('leaves markers that do not crowd where they are', () => {
    expect(
      spreadMarkers(
        [
          [100, 100],
          [400, 300],
        ],
        o,
      ),
    ).toEqual([
      { ax: 100, ay: 100, x: 100, y: 100 },
      { ax: 400, ay: 300, x: 400, y: 300 },
    ]);
  });

  it('is deterministic', () => {
    const anchors = [
      [10, 10],
      [12, 11],
      [11, 30],
      [300, 200],
      [301, 201],
    ] as const;
    expect(spreadMarkers(anchors, o)).toEqual(spreadMarkers(anchors, o));
  });
});

describe('static labels', () => {
  it('label a Region by its code and an edge location by its place', () => {
    expect(shortLabel(locations.find((l) => l.name === 'Europe (Frankfurt)')!)).toBe('eu-central-1');
    expect(shortLabel(locations.find((l) => l.name === 'Frankfurt, Germany')!)).toBe('Frankfurt');
    expect(shortLabel(locations.find((l) => l.name === 'Singapore')!)).toBe('Singapore');
  });

  type Box = [number, number, number, number];
  const boxes = (v: (typeof insets)[number], tier: number) => {
    const k = LABEL_TIERS[tier]! / v.width;
    const { offset: o, diagonal: d, height: h } = LABEL;
    return v.markers.flatMap((m): Box[] => {
      const side = m.sides[tier];
      if (!side) return [];
      const [x, y, w] = [m.x * k, m.y * k, estimateWidth(m.short)];
      const left = side.endsWith('l') ? x - (side.length > 1 ? d : o) - w : side.endsWith('r') ? x + (side.length > 1 ? d : o) : x - w / 2;
      const top = side.startsWith('t')
        ? y - (side.length > 1 ? d : o) - h
        : side.startsWith('b')
          ? y + (side.length > 1 ? d : o)
          : y - h / 2;
      return [[left, top, left + w, top + h]];
    });
  };
  const overlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

  it.each(LABEL_TIERS.map((w, i) => [w, i] as const))('at %i px: no two labels overlap and each stays inside its map', (_, tier) => {
    for (const v of insets) {
      const bs = boxes(v, tier);
      const width = LABEL_TIERS[tier]!;
      const height = (v.height * width) / v.width;
      for (const [i, a] of bs.entries()) {
        expect(a[0]).toBeGreaterThanOrEqual(0);
        expect(a[2]).toBeLessThanOrEqual(width);
        expect(a[1]).toBeGreaterThanOrEqual(0);
        expect(a[3]).toBeLessThanOrEqual(height);
        for (const b of bs.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      }
    }
  });

  it('labels every marker on a desktop-width map', () => {
    const wide = LABEL_TIERS.length - 1;
    const unlabelled = insets.flatMap((v) => v.markers.filter((m) => !m.sides[wide]).map((m) => m.loc.name));
    expect(unlabelled).toEqual([]);
  });

  it('leaves a label out rather than overlap', () => {
    const sides = placeLabels(
      [
        { x: 10, y: 10, text: 'Alpha' },
        { x: 11, y: 30, text: 'Alpha' },
        { x: 12, y: 50, text: 'Alpha' },
      ],
      { width: 40, height: 60 },
      40,
    );
    expect(sides.filter((s) => s === null).length).toBeGreaterThan(0);
  });
});

describe('position stylesheet', () => {
  const css = positionCss([world, ...insets]);

  it('places every marker, dot and frame, as percentages inside the map', () => {
    expect(css.match(/ \.p-/g)).toHaveLength(61);
    expect(css.match(/ \.d-/g)?.length).toBe(world.dots.length + insets.reduce((n, v) => n + v.dots.length, 0));
    const positions = css.match(/\b(?:left|top|width|height):-?[\d.]+%/g) ?? [];
    expect(positions.length).toBeGreaterThanOrEqual(2 * (61 + world.dots.length));
    for (const p of positions) {
      const pct = Number.parseFloat(p.slice(p.indexOf(':') + 1));
      expect(pct).toBeGreaterThanOrEqual(0);
      expect(pct).toBeLessThanOrEqual(100);
    }
    expect(css).toMatch(/^#map-world \.d-[a-z-]+\{left:[\d.]+%;top:[\d.]+%\}$/m);
  });

  it('shows each placed label from its tier’s width up to the next, at the offsets the placement assumed', () => {
    const tiers = css.split('@container map ').slice(1);
    expect(tiers).toHaveLength(LABEL_TIERS.length);
    for (const [tier, min] of LABEL_TIERS.entries()) {
      const next = LABEL_TIERS[tier + 1];
      expect(tiers[tier]).toContain(next ? `(width >= ${min}px) and (${next}px > width)` : `(width >= ${min}px)`);
      for (const side of new Set(insets.flatMap((v) => v.markers.flatMap((m) => m.sides[tier] ?? [])))) {
        const gap = side.length > 1 ? LABEL.diagonal : LABEL.offset;
        expect(tiers[tier]).toMatch(new RegExp(`\\.${labelClass(tier, side)}\\{display:block;[^}]*calc\\(50% \\+ ${gap}px\\)`));
      }
    }
    expect(css).toContain(`.mk-name{display:none;position:absolute;font-size:${LABEL.fontPx}px;line-height:${LABEL.height}px}`);
  });

  it('is built once per list of locations', () => {
    expect(mapsFor(locations)).toBe(mapsFor(locations));
    expect(mapsFor(locations).css).toBe(css);
  });
});
