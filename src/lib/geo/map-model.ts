import type { GeoProjection } from 'd3-geo';
import { geoPath } from 'd3-geo';
import { extentOutline, fitProjection, projectPoint, round1 } from './projection.ts';
import { spreadMarkers } from './spread.ts';
import { LABEL_TIERS, captionBox, markerBox, overlaps, placeLabels, shortLabel } from './static-labels.ts';
import type { Box, CaptionedFrame, LabelPoint, LabelSide } from './static-labels.ts';
import type { Location } from './types.ts';
import { MARKER_SPACING, MIN_RENDER_WIDTH, WIDE_RENDER_WIDTH, WORLD, insetFor } from './views.ts';
import type { MapView } from './views.ts';

/** A focusable marker in an inset: drawn at (x, y), true position (ax, ay), in viewBox units. */
export interface MarkerModel {
  loc: Location;
  x: number;
  y: number;
  ax: number;
  ay: number;
  /** Drawn far enough from its true position to need a leader line to it. */
  leader: boolean;
  /** Which way the label opens so it stays inside the map at 280 px. */
  labelX: 'start' | 'center' | 'end';
  labelY: 'above' | 'below';
  /** Short always-visible label, and its side for each of LABEL_TIERS (null: no room at that width). */
  short: string;
  sides: (LabelSide | null)[];
  /**
   * Where a width has no room for the short label, the marker's number in its map's key at that tier, and the side
   * it shows on (null: the short label shows). At each tier the numbers run 1, 2… in tab order, so the key a reader
   * sees at any width starts at 1 and skips none.
   */
  numbers: (number | null)[];
  numberSides: (LabelSide | null)[];
}

/** A small decorative dot for a location owned by another (inset) view. */
export interface DotModel {
  loc: Location;
  x: number;
  y: number;
}

/** The rectangle of an inset drawn on its parent, linking to it. */
export interface FrameModel {
  view: MapView;
  count: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Caption aligned to the frame's right edge rather than its left. */
  captionEnd: boolean;
  /** Caption under the frame rather than over it. */
  captionBelow: boolean;
  /** The frame's letter in its map's key (A, B…), shown where the map is too narrow for the titles. */
  letter: string;
  /** Where the letter sits: at the right end, at the bottom, inside the corner rather than outside the edge. */
  letterEnd: boolean;
  letterBelow: boolean;
  letterInside: boolean;
}

/** Everything one map needs except its basemap paths. */
export interface ViewModel {
  view: MapView;
  projection: GeoProjection;
  width: number;
  height: number;
  markers: MarkerModel[];
  dots: DotModel[];
  frames: FrameModel[];
  /**
   * The first of LABEL_TIERS from which the frames' titles fit (none over another, over a marker or outside the map);
   * below it, and everywhere when it is LABEL_TIERS.length, each frame shows its letter and the map a key of them.
   */
  captionTier: number;
}

/** Units per CSS px when the view is laid out at its narrowest. */
function unitsPerPx(view: MapView): number {
  return view.width / MIN_RENDER_WIDTH;
}

/** The overview and every inset, with markers spread for touch and frames for the insets; a location no inset owns is a marker on the overview. */
export function buildMapModels(
  locations: readonly Location[],
  insets: readonly MapView[],
): {
  world: ViewModel;
  insets: ViewModel[];
} {
  const owner = new Map(locations.map((l) => [l, insetFor(l, insets)?.id ?? WORLD.id]));
  const descends = (id: string | undefined, ancestor: string): boolean => {
    for (let v = insets.find((i) => i.id === id); v; v = insets.find((i) => i.id === v?.parent)) {
      if (v.parent === ancestor) return true;
    }
    return false;
  };
  const build = (view: MapView): ViewModel => {
    const { projection, width, height } = fitProjection(view.extent, view.width);
    const own = spread(
      projection,
      view,
      width,
      height,
      locations.filter((l) => owner.get(l) === view.id),
    );
    const context = locations.filter((l) => descends(owner.get(l), view.id));
    const children = insets.filter((i) => i.parent === view.id);
    // Each inset's locations, its nested insets' included.
    const within = children.map((i) => locations.filter((l) => owner.get(l) === i.id || descends(owner.get(l), i.id)));
    const { frames, captionTier } = placeCaptions(
      separate(
        children.map((i, n) => frame(projection, view, i, within[n]!.length, n)),
        within.map((ls) => ls.map((l) => projectPoint(projection, l.lon, l.lat))),
        view,
        { width, height },
      ),
      view,
      height,
      own,
    );
    return {
      view,
      projection,
      width,
      height,
      markers: label(own, { width, height }, frames, captionTier),
      dots: context.map((loc) => {
        const [x, y] = projectPoint(projection, loc.lon, loc.lat);
        return { loc, x, y };
      }),
      frames,
      captionTier,
    };
  };
  return { world: build(WORLD), insets: insets.map(build) };
}

/** The view's own markers, spread apart for 24 px targets at the narrowest width and sorted for the tab key. */
function spread(projection: GeoProjection, view: MapView, width: number, height: number, own: readonly Location[]): MarkerModel[] {
  const spacing = MARKER_SPACING * unitsPerPx(view);
  const spread = spreadMarkers(
    own.map((l) => projectPoint(projection, l.lon, l.lat)),
    { spacing, width, height, inset: spacing / 2 },
  );
  const out = own.map((loc, i): MarkerModel => {
    const s = spread[i] as (typeof spread)[number];
    const fx = s.x / width;
    const fy = s.y / height;
    return {
      loc,
      ...s,
      leader: Math.hypot(s.x - s.ax, s.y - s.ay) > spacing * 0.15,
      labelX: fx < 0.35 ? 'start' : fx > 0.65 ? 'end' : 'center',
      labelY: fy < 0.3 ? 'below' : 'above',
      short: shortLabel(loc),
      sides: [],
      numbers: [],
      numberSides: [],
    };
  });
  // Tab order reads like text: rows of markers top to bottom, each row west to east.
  const band = spacing * 1.5;
  return out.sort((a, b) => Math.floor(a.y / band) - Math.floor(b.y / band) || a.x - b.x);
}

/**
 * Short labels at each width tier, clear of the frames' captions shown there. A marker with no room for its label at
 * some tier gets a number there (1, 2… in tab order, counted at that tier), shown beside it and listed in the map's key: numbers take far
 * less room, so the tier is placed again with them first (as wide as the longest number), until every marker has one
 * or the other, or a few rounds have passed.
 */
function label(
  markers: readonly MarkerModel[],
  size: { width: number; height: number },
  frames: readonly FrameModel[],
  captionTier: number,
): MarkerModel[] {
  const points = markers.map((m) => ({ x: m.x, y: m.y, text: m.short }));
  const avoid = LABEL_TIERS.map((w, tier) =>
    frames.map((f) => captionBox(tier >= captionTier ? titleCaption(f) : letterCaption(f), w / size.width)),
  );
  const inside = LABEL_TIERS.map((w) => frames.map((f) => frameBox(f, w / size.width)));
  // Placed for one-digit numbers first; for two if that numbers ten markers or more, and so on.
  for (let digits = 1; ; digits++) {
    const tiers = LABEL_TIERS.map((w, tier) =>
      placeTier(points, size, w, { avoid: avoid[tier]!, prefer: inside[tier]! }, '0'.repeat(digits)),
    );
    if (Math.max(0, ...tiers.map((t) => String(t.numbered.size).length)) > digits) continue;
    // Only the numbers that show are counted, so the key at each width runs 1, 2… without a gap.
    const numbers = tiers.map((t) => {
      let next = 1;
      return markers.map((_, i) => (t.numbered.has(i) && t.sides[i] ? next++ : null));
    });
    return markers.map((m, i) => ({
      ...m,
      sides: tiers.map((t) => (t.numbered.has(i) ? null : (t.sides[i] ?? null))),
      numbers: numbers.map((tier) => tier[i] ?? null),
      numberSides: tiers.map((t) => (t.numbered.has(i) ? (t.sides[i] ?? null) : null)),
    }));
  }
}

/** A marker's numbers in its map's key, each with the side it shows on at each tier (null where it does not show). */
export function markerNumbers(m: MarkerModel): { number: number; sides: (LabelSide | null)[] }[] {
  const distinct = [...new Set(m.numbers.filter((n) => n !== null))];
  return distinct.map((number) => ({ number, sides: m.numberSides.map((side, tier) => (m.numbers[tier] === number ? side : null)) }));
}

/** One tier's labels: names where they fit, and numbers (`placeholder` wide) for the markers whose names do not. */
function placeTier(
  points: readonly LabelPoint[],
  size: { width: number; height: number },
  width: number,
  clear: { avoid: readonly Box[]; prefer: readonly Box[] },
  placeholder: string,
): { sides: (LabelSide | null)[]; numbered: Set<number> } {
  const missing = (s: readonly (LabelSide | null)[]) => s.filter((x) => !x).length;
  const numbered = new Set<number>();
  let sides = placeLabels(points, size, width, clear);
  let best = { sides, numbered: new Set(numbered) };
  for (let round = 0; round < 4 && sides.includes(null); round++) {
    for (const [i, side] of sides.entries()) if (!side) numbered.add(i);
    const texts = points.map((p, i) => (numbered.has(i) ? { ...p, text: placeholder } : p));
    sides = placeLabels(texts, size, width, { ...clear, first: (i) => numbered.has(i) });
    if (missing(sides) < missing(best.sides)) best = { sides, numbered: new Set(numbered) };
  }
  return best;
}

function frame(projection: GeoProjection, parent: MapView, inset: MapView, count: number, n: number): FrameModel {
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(extentOutline(inset.extent));
  // A frame is a link too: keep it at least a 24 px target on the narrowest screen.
  const min = 24 * unitsPerPx(parent);
  const w = Math.max(x1 - x0, min);
  const h = Math.max(y1 - y0, min);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const end = cx > parent.width * 0.6;
  return {
    view: inset,
    count,
    x: round1(cx - w / 2),
    y: round1(cy - h / 2),
    w: round1(w),
    h: round1(h),
    captionEnd: end,
    captionBelow: false,
    letter: keyLetter(n),
    letterEnd: end,
    letterBelow: false,
    letterInside: false,
  };
}

/**
 * Pulls apart sibling frames that overlap. A frame is the box around its inset's outline as the parent projects it,
 * curved on the world map, so two boxes can overlap where the areas do not (India's and Eastern Asia's). The pair is
 * split along the axis where the overlap is thinner, midway between their locations (`points`, in the same order)
 * as far as the overlap allows; a frame at its 24 px least moves back instead of shrinking. Each must keep its own
 * locations a margin inside and stay on the map; otherwise the two stay as they are.
 */
function separate(
  frames: FrameModel[],
  points: readonly (readonly [number, number])[][],
  parent: MapView,
  map: { width: number; height: number },
): FrameModel[] {
  // A dot's half (3 px) and a pixel, where the map is drawn wide: on a phone the dots are as large and the frames
  // smaller, and a dot may sit on its frame's line there.
  const margin = (4 * parent.width) / WIDE_RENDER_WIDTH;
  const min = 24 * unitsPerPx(parent);
  const out = frames.map((f) => ({ ...f }));
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const [a, b] = [out[i]!, out[j]!];
      const over = {
        x: Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x),
        y: Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y),
      };
      if (over.x <= 0 || over.y <= 0) continue;
      const axis = over.x <= over.y ? 'x' : 'y';
      const size = axis === 'x' ? 'w' : 'h';
      const [first, second] = a[axis] + a[size] / 2 <= b[axis] + b[size] / 2 ? [i, j] : [j, i];
      const [lo, hi] = [out[first]!, out[second]!];
      const k = axis === 'x' ? 0 : 1;
      const start = Math.max(lo[axis], hi[axis]);
      const between = (Math.max(...points[first]!.map((p) => p[k])) + Math.min(...points[second]!.map((p) => p[k]))) / 2;
      const cut = Math.min(Math.max(between, start), start + over[axis]);
      const gap = margin / 2;
      const loEnd = cut - gap / 2;
      const hiStart = cut + gap / 2;
      const loStart = Math.min(lo[axis], loEnd - min);
      const hiEnd = Math.max(hi[axis] + hi[size], hiStart + min);
      const inside = (ps: readonly (readonly [number, number])[], from: number, to: number) =>
        ps.every((p) => p[k] >= from + margin && p[k] <= to - margin);
      const fits =
        loStart >= 0 &&
        hiEnd <= (axis === 'x' ? map.width : map.height) &&
        inside(points[first]!, loStart, loEnd) &&
        inside(points[second]!, hiStart, hiEnd);
      if (!fits) continue;
      out[first] = { ...lo, [axis]: round1(loStart), [size]: round1(loEnd - loStart) };
      out[second] = { ...hi, [axis]: round1(hiStart), [size]: round1(hiEnd - hiStart) };
    }
  }
  return out;
}

/** A, B… Z, AA, AB…: a frame's letter in its map's key (markers are numbered, frames lettered). */
function keyLetter(n: number): string {
  const letter = String.fromCharCode(65 + (n % 26));
  return n < 26 ? letter : `${keyLetter(Math.floor(n / 26) - 1)}${letter}`;
}

/** A frame's title caption, as the placement measures it. */
export const titleCaption = (f: FrameModel): CaptionedFrame => ({
  x: f.x,
  y: f.y,
  w: f.w,
  h: f.h,
  text: f.view.title,
  end: f.captionEnd,
  below: f.captionBelow,
});

/** A frame's key letter, as the placement measures it. */
export const letterCaption = (f: FrameModel): CaptionedFrame => ({
  x: f.x,
  y: f.y,
  w: f.w,
  h: f.h,
  text: f.letter,
  letter: true,
  end: f.letterEnd,
  below: f.letterBelow,
  inside: f.letterInside,
});

/**
 * Puts each frame's title at the corner (over or under the frame, at its start or end) where it stays inside the map
 * and covers the least of the other frames and, far worse, of the other captions and the markers, choosing the
 * narrowest width tier where that can be done cleanly (it then stays clean wider: positions scale, captions keep
 * their size). Below that tier each frame shows its letter instead, placed the same way for the narrowest width,
 * with the inside of its corners as options too.
 */
function placeCaptions(
  frames: readonly FrameModel[],
  parent: MapView,
  height: number,
  markers: readonly { x: number; y: number }[],
): { frames: FrameModel[]; captionTier: number } {
  if (frames.length === 0) return { frames: [], captionTier: 0 };
  const ks = LABEL_TIERS.map((w) => w / parent.width);
  const wide = WIDE_RENDER_WIDTH / parent.width;
  const titles = (scales: readonly number[]): FrameModel[] =>
    arrange(frames, titleCaption, parent, height, markers, scales, (f) =>
      [false, true].flatMap((below) => [f.captionEnd, !f.captionEnd].map((captionEnd) => ({ ...f, captionEnd, captionBelow: below }))),
    );
  // Arrangements placed for each tier and a desktop, or for a tier alone (the greedy search may find only one clean).
  const tried = ks.flatMap((k) => [titles([k, wide]), titles([k])]);
  let captionTier: number = LABEL_TIERS.length;
  let placed = tried[0]!;
  for (const [tier, k] of ks.entries()) {
    const fit = tried.find((a) => clean(a.map(titleCaption), parent.width, height, markers, k));
    if (fit) {
      [captionTier, placed] = [tier, fit];
      break;
    }
  }
  const lettered = arrange(placed, letterCaption, parent, height, markers, [ks[0]!], (f) =>
    [false, true].flatMap((letterInside) =>
      [false, true].flatMap((letterBelow) =>
        [f.captionEnd, !f.captionEnd].map((letterEnd) => ({ ...f, letterEnd, letterBelow, letterInside })),
      ),
    ),
  );
  return { frames: lettered, captionTier };
}

/**
 * Each frame at its option whose caption (as `caption` draws it) costs least at the scales `ks`, given the others':
 * greedy, then a few rounds where each caption moves to its best option given all the others.
 */
function arrange(
  frames: readonly FrameModel[],
  caption: (f: FrameModel) => CaptionedFrame,
  parent: MapView,
  height: number,
  markers: readonly { x: number; y: number }[],
  ks: readonly number[],
  optionsOf: (f: FrameModel) => FrameModel[],
): FrameModel[] {
  const options = frames.map(optionsOf);
  const chosen: (FrameModel | undefined)[] = frames.map(() => undefined);
  const costAt = (k: number, i: number, c: FrameModel): number => {
    const box = captionBox(caption(c), k);
    const outside = box.x0 < 0 || box.y0 < 0 || box.x1 > parent.width * k || box.y1 > height * k;
    const onFrames = frames.reduce((n, f, j) => n + (j === i ? 0 : overlapArea(frameBox(f, k), box)), 0);
    const onCaptions = chosen.reduce((n, o, j) => n + (j === i || !o ? 0 : overlapArea(captionBox(caption(o), k), box)), 0);
    const onMarkers = markers.reduce((n, m) => n + overlapArea(markerBox(m, k), box), 0);
    return (outside ? 1e6 : 0) + onFrames + 10 * (onCaptions + onMarkers);
  };
  const cost = (i: number, c: FrameModel) => ks.reduce((n, k) => n + costAt(k, i, c), 0);
  const best = (i: number): FrameModel => options[i]!.reduce((a, c) => (cost(i, c) < cost(i, a) ? c : a));
  for (let round = 0; round < 4; round++) for (const i of frames.keys()) chosen[i] = best(i);
  return chosen.map((c, i) => c ?? frames[i]!);
}

/** No caption over another, over a marker or outside the map, on a map drawn `k` px per viewBox unit. */
export function clean(
  captions: readonly CaptionedFrame[],
  width: number,
  height: number,
  markers: readonly { x: number; y: number }[],
  k: number,
): boolean {
  const boxes = captions.map((c) => captionBox(c, k));
  return boxes.every(
    (b, i) =>
      b.x0 >= 0 &&
      b.y0 >= 0 &&
      b.x1 <= width * k &&
      b.y1 <= height * k &&
      !boxes.some((o, j) => j !== i && overlaps(o, b)) &&
      !markers.some((m) => overlaps(markerBox(m, k), b)),
  );
}

/** A frame's rectangle in CSS px, on a map drawn `k` px per viewBox unit. */
function frameBox(f: FrameModel, k: number): Box {
  return { x0: f.x * k, y0: f.y * k, x1: (f.x + f.w) * k, y1: (f.y + f.h) * k };
}

function overlapArea(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}
