import type { Location } from './types.ts';

/** Where a marker's short label sits: right, left, above, below, or diagonally (top-right...). */
export type LabelSide = 'r' | 'l' | 't' | 'b' | 'tr' | 'tl' | 'br' | 'bl';

/** Sides in order of preference: beside reads best, then above/below, then the corners. */
const SIDES: readonly LabelSide[] = ['r', 'l', 't', 'b', 'tr', 'tl', 'br', 'bl'];

/**
 * Map widths (CSS px) labels are placed for, narrow first: a phone's inset (~300 px) fits fewer labels than a
 * desktop's. Each tier's placement holds from its width up to the next; the marker component's container
 * queries use the same numbers. Below the first, markers have only their tooltips.
 */
export const LABEL_TIERS = [300, 440] as const;

/** Sizes (CSS px) the placement assumes; the component's CSS must match. */
export const LABEL = {
  fontPx: 12,
  /** Gap between a marker's centre and its label. */
  offset: 9,
  /** Horizontal and vertical gap for corner placements. */
  diagonal: 6,
  /** Box kept clear around each other marker's centre: the 12 px shape and its ring. */
  markerBox: 16,
  height: 15,
} as const;

/** The short text beside a marker: a Region's code (so it differs from the city's edge location), an edge's place. */
export function shortLabel(loc: Pick<Location, 'name' | 'kind' | 'code'>): string {
  return loc.kind === 'region' && loc.code ? loc.code : (loc.name.split(', ')[0] ?? loc.name);
}

/** Width estimate for UI sans text, sized on DejaVu Sans (wider than most system UI fonts), plus a little air. */
export function estimateWidth(text: string): number {
  return Math.ceil(text.length * LABEL.fontPx * 0.53 + 4);
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Greedy placement of short labels for a map shown `mapWidth` px wide: each label takes the first side that overlaps no
 * marker, no earlier label and no map edge, or is left out (its marker still has its hover/focus tooltip).
 * Markers are placed most-crowded first so the ones with few options get them.
 */
export function placeLabels(
  points: readonly { x: number; y: number; text: string }[],
  view: { width: number; height: number },
  mapWidth: number,
): (LabelSide | null)[] {
  const k = mapWidth / view.width;
  const px = points.map((p) => ({ x: p.x * k, y: p.y * k, w: estimateWidth(p.text) }));
  const height = view.height * k;
  const half = LABEL.markerBox / 2;
  const markers: Box[] = px.map((p) => ({ x0: p.x - half, y0: p.y - half, x1: p.x + half, y1: p.y + half }));
  const candidates = px.map((p, i) =>
    SIDES.map((side) => ({ side, box: labelBox(p, side) }))
      .filter(({ box }) => box.x0 >= 0 && box.y0 >= 0 && box.x1 <= mapWidth && box.y1 <= height)
      .filter(({ box }) => !markers.some((m, j) => j !== i && overlaps(m, box))),
  );
  const placed = new Map<number, { side: LabelSide; box: Box }>();
  const free = (box: Box, except: readonly number[] = []): boolean =>
    [...placed].every(([j, q]) => except.includes(j) || !overlaps(q.box, box));
  const order = [...points.keys()].sort((a, b) => (candidates[a]?.length ?? 0) - (candidates[b]?.length ?? 0) || a - b);
  for (const i of order) {
    const pick = candidates[i]?.find(({ box }) => free(box));
    if (pick) placed.set(i, pick);
  }
  // Repair: a label left out may still fit if the one label in its way can move somewhere free.
  for (const i of order) {
    if (placed.has(i)) continue;
    for (const c of candidates[i] ?? []) {
      const blockers = [...placed].filter(([, q]) => overlaps(q.box, c.box)).map(([j]) => j);
      const j = blockers[0];
      if (j === undefined || blockers.length > 1) continue;
      const move = candidates[j]?.find(({ box }) => !overlaps(box, c.box) && free(box, [j]));
      if (!move) continue;
      placed.set(j, move);
      placed.set(i, c);
      break;
    }
  }
  return points.map((_, i) => placed.get(i)?.side ?? null);
}

function labelBox(p: { x: number; y: number; w: number }, side: LabelSide): Box {
  const { offset: o, diagonal: d, height: h } = LABEL;
  switch (side) {
    case 'tr':
      return { x0: p.x + d, y0: p.y - d - h, x1: p.x + d + p.w, y1: p.y - d };
    case 'tl':
      return { x0: p.x - d - p.w, y0: p.y - d - h, x1: p.x - d, y1: p.y - d };
    case 'br':
      return { x0: p.x + d, y0: p.y + d, x1: p.x + d + p.w, y1: p.y + d + h };
    case 'bl':
      return { x0: p.x - d - p.w, y0: p.y + d, x1: p.x - d, y1: p.y + d + h };
    case 'r':
      return { x0: p.x + o, y0: p.y - h / 2, x1: p.x + o + p.w, y1: p.y + h / 2 };
    case 'l':
      return { x0: p.x - o - p.w, y0: p.y - h / 2, x1: p.x - o, y1: p.y + h / 2 };
    case 't':
      return { x0: p.x - p.w / 2, y0: p.y - o - h, x1: p.x + p.w / 2, y1: p.y - o };
    case 'b':
      return { x0: p.x - p.w / 2, y0: p.y + o, x1: p.x + p.w / 2, y1: p.y + o + h };
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
