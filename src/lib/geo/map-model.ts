import type { GeoProjection } from 'd3-geo';
import { geoPath } from 'd3-geo';
import { extentOutline, fitProjection, projectPoint, round1 } from './projection.ts';
import { spreadMarkers } from './spread.ts';
import { LABEL_TIERS, captionBox, placeLabels, shortLabel, type Box } from './static-labels.ts';
import type { LabelSide } from './static-labels.ts';
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
    const own = locations.filter((l) => owner.get(l) === view.id);
    const context = locations.filter((l) => descends(owner.get(l), view.id));
    const frames = placeCaptions(
      insets
        .filter((i) => i.parent === view.id)
        .map((i) => frame(projection, view, i, locations.filter((l) => owner.get(l) === i.id || descends(owner.get(l), i.id)).length)),
      view,
      height,
    );
    return {
      view,
      projection,
      width,
      height,
      markers: markers(projection, view, width, height, own, frames),
      dots: context.map((loc) => {
        const [x, y] = projectPoint(projection, loc.lon, loc.lat);
        return { loc, x, y };
      }),
      frames,
    };
  };
  return { world: build(WORLD), insets: insets.map(build) };
}

function markers(
  projection: GeoProjection,
  view: MapView,
  width: number,
  height: number,
  own: readonly Location[],
  frames: readonly FrameModel[],
): MarkerModel[] {
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
    };
  });
  // Tab order reads like text: rows of markers top to bottom, each row west to east.
  const band = spacing * 1.5;
  out.sort((a, b) => Math.floor(a.y / band) - Math.floor(b.y / band) || a.x - b.x);
  const points = out.map((m) => ({ x: m.x, y: m.y, text: m.short }));
  const captions = frames.map(captioned);
  const tiers = LABEL_TIERS.map((w) => placeLabels(points, { width, height }, w, captions));
  return out.map((m, i) => ({ ...m, sides: tiers.map((t) => t[i] ?? null) }));
}

function frame(projection: GeoProjection, parent: MapView, inset: MapView, count: number): FrameModel {
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(extentOutline(inset.extent));
  // A frame is a link too: keep it at least a 24 px target on the narrowest screen.
  const min = 24 * unitsPerPx(parent);
  const w = Math.max(x1 - x0, min);
  const h = Math.max(y1 - y0, min);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return {
    view: inset,
    count,
    x: round1(cx - w / 2),
    y: round1(cy - h / 2),
    w: round1(w),
    h: round1(h),
    captionEnd: cx > parent.width * 0.6,
    captionBelow: false,
  };
}

const captioned = (f: FrameModel) => ({ x: f.x, y: f.y, w: f.w, h: f.h, text: f.view.title, end: f.captionEnd, below: f.captionBelow });

/**
 * Puts each frame's caption at the corner (over or under the frame, at its start or end) where it stays inside the
 * map and covers the least of the other frames and, far worse, of the other captions, on the narrowest screen and on
 * a desktop's (where a clean arrangement is nearly always possible, and most readers see it): greedy, then a few
 * rounds where each caption moves to its best corner given all the others.
 */
function placeCaptions(frames: readonly FrameModel[], parent: MapView, height: number): FrameModel[] {
  const scales = [1 / unitsPerPx(parent), WIDE_RENDER_WIDTH / parent.width];
  const options = frames.map((f) =>
    [false, true].flatMap((below) =>
      [f.captionEnd, !f.captionEnd].map((captionEnd): FrameModel => ({ ...f, captionEnd, captionBelow: below })),
    ),
  );
  const chosen: (FrameModel | undefined)[] = frames.map(() => undefined);
  const costAt = (k: number, i: number, c: FrameModel): number => {
    const box = captionBox(captioned(c), k);
    const outside = box.x0 < 0 || box.y0 < 0 || box.x1 > parent.width * k || box.y1 > height * k;
    const onFrames = frames.reduce(
      (n, f, j) => n + (j === i ? 0 : overlapArea({ x0: f.x * k, y0: f.y * k, x1: (f.x + f.w) * k, y1: (f.y + f.h) * k }, box)),
      0,
    );
    const onCaptions = chosen.reduce((n, o, j) => n + (j === i || !o ? 0 : overlapArea(captionBox(captioned(o), k), box)), 0);
    return (outside ? 1e6 : 0) + onFrames + 10 * onCaptions;
  };
  const cost = (i: number, c: FrameModel) => scales.reduce((n, k) => n + costAt(k, i, c), 0);
  const best = (i: number): FrameModel => options[i]!.reduce((a, c) => (cost(i, c) < cost(i, a) ? c : a));
  for (let round = 0; round < 4; round++) for (const i of frames.keys()) chosen[i] = best(i);
  return chosen.map((c, i) => c ?? frames[i]!);
}

function overlapArea(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}
