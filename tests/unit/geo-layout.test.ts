import { describe, expect, it } from 'vitest';
import { leaderPaths } from '../../src/lib/geo/leaders.ts';
import { buildMapModels, letterCaption, titleCaption } from '../../src/lib/geo/map-model.ts';
import { mapsFor } from '../../src/lib/geo/maps.ts';
import { planInsets } from '../../src/lib/geo/plan-insets.ts';
import { positionCss } from '../../src/lib/geo/position-css.ts';
import { minSeparation, spreadMarkers } from '../../src/lib/geo/spread.ts';
import {
  LABEL,
  LABEL_TIERS,
  captionBox,
  captionTierClass,
  estimateWidth,
  keyClass,
  labelClass,
  placeLabels,
  shortLabel,
} from '../../src/lib/geo/static-labels.ts';
import { MARKER_SPACING, MIN_RENDER_WIDTH, WIDE_RENDER_WIDTH, insetFor } from '../../src/lib/geo/views.ts';
import { presentDayLocations, realLocations } from '../helpers/geo-scopes.ts';

const locations = realLocations();
const plan = planInsets(locations);
const { world, insets } = buildMapModels(locations, plan);
/** 33 Regions and 120 edge cities on every continent (tests/fixtures/locations/). */
const today = presentDayLocations();
const todayModels = buildMapModels(today, planInsets(today));
/** Every map of both lists: the overview draws markers too, for a location with no neighbour. */
const views = [world, ...insets, todayModels.world, ...todayModels.insets];
/** CSS px per viewBox unit when a view is laid out at its narrowest. */
const pxPerUnit = (width: number) => MIN_RENDER_WIDTH / width;
const byName = (name: string) => locations.find((l) => l.name === name)!;

describe('the inset plan, from where the locations are', () => {
  it('draws every location as a focusable marker exactly once', () => {
    for (const [list, models] of [
      [locations, { world, insets }],
      [today, todayModels],
    ] as const) {
      const drawn = [models.world, ...models.insets].flatMap((v) => v.markers.map((m) => m.loc.name));
      expect(drawn).toHaveLength(list.length);
      expect(new Set(drawn).size).toBe(list.length);
    }
  });

  it('gives Europe and the eastern US their own zoomed insets, and nests the crowded north-east', () => {
    expect(insetFor(byName('Frankfurt, Germany'), plan)?.title).toBe('Europe');
    const east = insetFor(byName('New Jersey, United States'), plan);
    expect(east?.title).toBe('Eastern United States and Canada');
    expect(plan.find((v) => v.id === east?.parent)?.title).toBe('North America');
    expect(insetFor(byName('Texas, United States'), plan)?.title).toBe('North America');
    expect(world.markers).toHaveLength(0);
  });

  it('places the locations AWS added after 2017 with no code edit, an isolated one on the overview', () => {
    const drawnIn = (name: string) => [todayModels.world, ...todayModels.insets].find((v) => v.markers.some((m) => m.loc.name === name));
    for (const name of [
      'Helsinki, Finland',
      'Manama, Bahrain',
      'Cape Town, South Africa',
      'Tel Aviv, Israel',
      'Buenos Aires, Argentina',
      'Calgary, Canada',
      'Auckland, New Zealand',
    ])
      expect(drawnIn(name), name).toBeDefined();
    expect(drawnIn('Honolulu, Hawaii, United States')?.view.id).toBe('world');
    expect(drawnIn('Cape Town, South Africa')?.view.title).toBe('Africa');
  });

  it('keeps insets no taller than wide and no more than twice as wide', () => {
    for (const v of views.filter((v) => v.view.parent)) {
      expect(v.height / v.width, v.view.id).toBeLessThanOrEqual(1.02);
      expect(v.height / v.width, v.view.id).toBeGreaterThanOrEqual(0.48);
    }
  });

  it('shows every location on the world overview, as a dot or a marker, with a frame per top-level inset', () => {
    expect(world.dots).toHaveLength(61);
    expect(world.frames.map((f) => f.view.id).sort()).toEqual(
      plan
        .filter((i) => i.parent === 'world')
        .map((i) => i.id)
        .sort(),
    );
    expect(world.frames.reduce((n, f) => n + f.count, 0)).toBe(61);
    expect(todayModels.world.dots.length + todayModels.world.markers.length).toBe(153);
  });

  it('draws no frame over another, and each around its own locations', () => {
    const overlaps: string[] = [];
    for (const v of views) {
      for (const [i, a] of v.frames.entries())
        for (const b of v.frames.slice(i + 1))
          if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) overlaps.push(`${a.view.id} / ${b.view.id}`);
      for (const f of v.frames) {
        const own = v.dots.filter((d) => f.view.owns.has(d.loc.slug));
        for (const d of own)
          expect(d.x >= f.x && d.x <= f.x + f.w && d.y >= f.y && d.y <= f.y + f.h, `${f.view.id}: ${d.loc.name}`).toBe(true);
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('keeps frames at least 24 px on the narrowest screen (they are links)', () => {
    for (const v of views) {
      for (const f of v.frames) {
        expect(f.w * pxPerUnit(v.width)).toBeGreaterThanOrEqual(23.9);
        expect(f.h * pxPerUnit(v.width)).toBeGreaterThanOrEqual(23.9);
      }
    }
  });
});

describe('markers are distinguishable 24 px targets at 280 px wide', () => {
  it.each(views.filter((v) => v.markers.length > 0).map((v) => [v.view.id, v] as const))(
    '%s: centres at least 26 px apart and inside the map',
    (_, v) => {
      const k = pxPerUnit(v.width);
      expect(minSeparation(v.markers) * k).toBeGreaterThanOrEqual(MARKER_SPACING);
      for (const m of v.markers) {
        expect(m.x * k).toBeGreaterThanOrEqual(12);
        expect((v.width - m.x) * k).toBeGreaterThanOrEqual(12);
        expect(m.y * k).toBeGreaterThanOrEqual(12);
        expect((v.height - m.y) * k).toBeGreaterThanOrEqual(12);
      }
    },
  );

  it('draws a leader line for every marker moved off its place, and only for those', () => {
    for (const v of views) {
      const moved = v.markers.filter((m) => Math.hypot(m.x - m.ax, m.y - m.ay) > MARKER_SPACING * (v.width / MIN_RENDER_WIDTH) * 0.15);
      expect(v.markers.filter((m) => m.leader)).toEqual(moved);
      const d = leaderPaths(v.markers, v.width)
        .map((l) => l.d)
        .join('');
      expect((d.match(/L/g) ?? []).length).toBe(moved.length);
    }
  });

  it('orders markers for the tab key top to bottom', () => {
    for (const v of views) {
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
  /** Every label shown at a tier, as a box in CSS px: a marker's name, or its number. */
  const boxes = (v: (typeof views)[number], tier: number) => {
    const k = LABEL_TIERS[tier]! / v.width;
    const { offset: o, diagonal: d, height: h } = LABEL;
    return v.markers.flatMap((m): Box[] => {
      const side = m.sides[tier] ?? m.numberSides[tier];
      if (!side) return [];
      const [x, y, w] = [m.x * k, m.y * k, estimateWidth(m.sides[tier] ? m.short : String(m.numbers[tier]))];
      const left = side.endsWith('l') ? x - (side.length > 1 ? d : o) - w : side.endsWith('r') ? x + (side.length > 1 ? d : o) : x - w / 2;
      const top = side.startsWith('t')
        ? y - (side.length > 1 ? d : o) - h
        : side.startsWith('b')
          ? y + (side.length > 1 ? d : o)
          : y - h / 2;
      return [[left, top, left + w, top + h]];
    });
  };
  /** The frames' captions shown at a tier (titles from the map's caption tier up, letters below it), in CSS px. */
  const captions = (v: (typeof views)[number], tier: number): { text: string; box: Box }[] => {
    const k = LABEL_TIERS[tier]! / v.width;
    return v.frames.map((f) => {
      const c = tier >= v.captionTier ? titleCaption(f) : letterCaption(f);
      const b = captionBox(c, k);
      return { text: c.text, box: [b.x0, b.y0, b.x1, b.y1] };
    });
  };
  const overlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

  it.each(LABEL_TIERS.map((w, i) => [w, i] as const))('at %i px: no two labels overlap and each stays inside its map', (_, tier) => {
    for (const v of views) {
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

  it('labels all but one marker of the real report on a desktop-width map', () => {
    const wide = LABEL_TIERS.length - 1;
    const unlabelled = [world, ...insets].flatMap((v) => v.markers.filter((m) => !m.sides[wide]).map((m) => m.loc.name));
    expect(unlabelled.length).toBeLessThanOrEqual(1);
  });

  it('keeps labels on phones at present-day size: most markers labelled at the narrowest tier, no inset bare', () => {
    const maps = [todayModels.world, ...todayModels.insets];
    const labelled = maps.flatMap((v) => v.markers.filter((m) => m.sides[0]));
    expect(labelled.length / today.length).toBeGreaterThanOrEqual(0.8);
    for (const v of todayModels.insets)
      expect(v.markers.filter((m) => m.sides[0]).length / v.markers.length, v.view.id).toBeGreaterThanOrEqual(0.5);
  });

  it('gives every map its own anchor', () => {
    for (const models of [insets, todayModels.insets]) {
      const ids = models.map((v) => v.view.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('at a desktop’s width, no inset title covers another (present-day size)', () => {
    for (const v of [todayModels.world, ...todayModels.insets].filter((v) => v.captionTier < LABEL_TIERS.length)) {
      const k = WIDE_RENDER_WIDTH / v.view.width;
      const titles = v.frames.map((f) => captionBox(titleCaption(f), k));
      const covered = titles.flatMap((a, i) =>
        titles.slice(i + 1).flatMap((b, j) => (overlap([a.x0, a.y0, a.x1, a.y1], [b.x0, b.y0, b.x1, b.y1]) ? [[i, i + 1 + j]] : [])),
      );
      expect(
        covered.map(([i, j]) => `${v.frames[i!]!.view.title} × ${v.frames[j!]!.view.title}`),
        v.view.id,
      ).toEqual([]);
    }
  });

  it.each(LABEL_TIERS.map((w, i) => [w, i] as const))(
    'at %i px: no frame caption (title or letter) covers another, a marker or a label, or leaves its map',
    (width, tier) => {
      const problems: string[] = [];
      for (const v of views) {
        const height = (v.height * width) / v.width;
        const shown = captions(v, tier);
        const markers = v.markers.map((m): Box => {
          const [x, y, half] = [(m.x * width) / v.width, (m.y * width) / v.width, LABEL.markerBox / 2];
          return [x - half, y - half, x + half, y + half];
        });
        for (const [i, { text, box }] of shown.entries()) {
          const at = `${v.view.id}: “${text}”`;
          if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height) problems.push(`${at} leaves the map`);
          for (const o of shown.slice(i + 1)) if (overlap(box, o.box)) problems.push(`${at} covers “${o.text}”`);
          if (markers.some((m) => overlap(box, m))) problems.push(`${at} covers a marker`);
          if (boxes(v, tier).some((b) => overlap(box, b))) problems.push(`${at} covers a label`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('shows titles where they fit: the real report’s from a 375 px phone up, present-day size’s on a desktop', () => {
    expect(world.captionTier).toBeLessThanOrEqual(1);
    expect(todayModels.world.captionTier).toBeLessThan(LABEL_TIERS.length);
    // Where a map shows letters, each frame has its own.
    for (const v of views) {
      const letters = v.frames.map((f) => f.letter);
      expect(new Set(letters).size, v.view.id).toBe(letters.length);
      expect(letters.every((l) => /^[A-Z]+$/.test(l))).toBe(true);
    }
  });

  it.each(LABEL_TIERS.map((w, i) => [w, i] as const))(
    'at %i px every marker is identifiable on the map: its name, or its number in the map’s key',
    (_, tier) => {
      const bare = views.flatMap((v) =>
        v.markers.filter((m) => !m.sides[tier] && !m.numberSides[tier]).map((m) => `${v.view.id}: ${m.short}`),
      );
      expect(bare).toEqual([]);
      for (const v of views) {
        for (const m of v.markers) expect(m.sides[tier] && m.numberSides[tier], m.short).toBeFalsy();
        // At this width the numbers run 1, 2… in tab order (rows top to bottom), each given once, and only where a
        // name had no room: the key a reader sees starts at 1 and skips none.
        const numbers = v.markers.flatMap((m) => m.numbers[tier] ?? []);
        expect(numbers, v.view.id).toEqual(numbers.map((_, i) => i + 1));
        for (const m of v.markers) expect(m.numbers[tier] !== null, m.short).toBe(m.sides[tier] === null);
      }
    },
  );

  it('starts labelling at the narrowest width a map is drawn (a 320 px phone), not only from wider', () => {
    expect(LABEL_TIERS[0]).toBeLessThanOrEqual(MIN_RENDER_WIDTH);
  });

  it('keeps a label off an inset’s frame (its dots) when another side is free', () => {
    const point = [{ x: 100, y: 50, text: 'Alpha' }];
    const size = { width: 200, height: 100 };
    expect(placeLabels(point, size, 200)).toEqual(['r']);
    expect(placeLabels(point, size, 200, { prefer: [{ x0: 105, y0: 0, x1: 200, y1: 100 }] })).toEqual(['l']);
    // Never at the cost of the label: with no side clear of the frame, it still shows.
    expect(placeLabels(point, size, 200, { prefer: [{ x0: 0, y0: 0, x1: 200, y1: 100 }] })).toEqual(['r']);
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

// Drawing the basemaps takes seconds: done at import, so the test itself only compares.
const drawn = mapsFor(locations);

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

  it('shows each map’s frame titles from its caption tier up, its letters and their key below, and a number’s key entry where the number shows', () => {
    const [base = '', ...tiers] = css.split('@container map ');
    const titles = (ct: number) => `.mv.${captionTierClass(ct)} .mv-frame-cap{display:block}`;
    expect(base).toContain('.mv-frame-cap,.mv-kn,.mv-kn>li{display:none}');
    expect(base).toContain(`${titles(0)}.mv.${captionTierClass(0)} .mv-frame-letter,.mv.${captionTierClass(0)} .mv-kf{display:none}`);
    for (const [tier, rules] of tiers.entries()) {
      for (let ct = 1; ct <= LABEL_TIERS.length; ct++) expect(rules.includes(titles(ct)), `tier ${tier}, ct${ct}`).toBe(ct <= tier);
      expect(rules).toContain(`.mv-kn.${keyClass(tier)},.mv-kn>.${keyClass(tier)}{display:flex}`);
    }
  });

  it('is built once per list of locations, shared by periods whose lists are equal', () => {
    expect(mapsFor([...locations])).toBe(drawn);
    expect(drawn.css).toBe(css);
  });
});
