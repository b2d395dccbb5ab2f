import type { Location } from './types.ts';
import { MIN_RENDER_WIDTH } from './views.ts';

/** Where a marker's short label sits: right, left, above, below, or diagonally (top-right...). */
export type LabelSide = 'r' | 'l' | 't' | 'b' | 'tr' | 'tl' | 'br' | 'bl';

/** Sides in order of preference: beside reads best, then above/below, then the corners. */
export const SIDES: readonly LabelSide[] = ['r', 'l', 't', 'b', 'tr', 'tl', 'br', 'bl'];

/** Which way each side opens from the marker's centre, across and down: -1 before it, 1 after it, 0 centred on it. */
const DIRECTION: Readonly<Record<LabelSide, readonly [number, number]>> = {
  r: [1, 0],
  l: [-1, 0],
  t: [0, -1],
  b: [0, 1],
  tr: [1, -1],
  tl: [-1, -1],
  br: [1, 1],
  bl: [-1, 1],
};

/**
 * Map widths (CSS px) labels are placed for, narrow first: the narrowest any map is drawn (a 320 px phone), a
 * 375 px phone's, a tablet's inset, and a desktop's overview. Each tier's placement holds from its width up to the
 * next (marker positions scale with the map, labels keep their size: room only grows), through the container
 * queries of {@link labelCss}. Below the first, markers have only their tooltips.
 */
export const LABEL_TIERS = [MIN_RENDER_WIDTH, 340, 440, 640] as const;

/** Sizes (CSS px) the placement assumes, and {@link labelCss} draws with. */
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

/**
 * Advance widths (em) of DejaVu Sans, the widest of the system UI fonts a reader's browser may pick, rounded up per
 * group of letters (its bold digits included): an average width let "Omaha" or "Mumbai" run past their boxes.
 */
const EM_WIDTHS: readonly (readonly [number, string])[] = [
  [0.28, "ijl.,:;'’|!"],
  [0.32, ' '],
  [0.42, 'frt()-IJ'],
  [0.56, 'cszL'],
  [0.64, 'abdeghknopquvxyFPSTY'],
  [0.7, 'ABCEKRVXZ0123456789'],
  [0.79, 'DGHNOQU'],
  [0.99, 'mwMW'],
];
const EM = new Map(EM_WIDTHS.flatMap(([em, chars]) => [...chars].map((c) => [c, em] as const)));

/** Width (CSS px) of a label's text at LABEL.fontPx in DejaVu Sans, plus a little air; accents count as their letter. */
export function estimateWidth(text: string): number {
  const letters = [...text.normalize('NFD').replace(/\p{M}/gu, '')];
  const em = letters.reduce((n, c) => n + (EM.get(c) ?? (c === c.toLowerCase() ? 0.64 : 0.79)), 0);
  return Math.ceil(em * LABEL.fontPx + 4);
}

/** A rectangle in CSS px. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** An inset's frame on its parent map, in viewBox units, with a caption (its title, or its key letter) at a corner. */
export interface CaptionedFrame {
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
  /** The caption sits at the frame's right end rather than its left. */
  end: boolean;
  /** The caption sits at the frame's bottom edge rather than its top edge. */
  below: boolean;
  /** The text is the frame's key letter, drawn in a {@link BADGE_SIZE} square. */
  letter?: boolean;
  /** The caption sits just inside the frame's corner rather than outside its edge (key letters only). */
  inside?: boolean;
}

/** Height (CSS px) of a frame's caption: 0.75rem at line-height 1.4, as MapView draws it. */
export const CAPTION_HEIGHT = 17;

/** A frame's key letter is drawn in a square this size (CSS px), whatever the letter. */
export const BADGE_SIZE = CAPTION_HEIGHT;

/** A frame's caption as a box in CSS px, on a map drawn `k` px per viewBox unit. */
export function captionBox(f: CaptionedFrame, k: number): Box {
  // A title has 0.25rem of padding on each side: 4 px more air than a label's.
  const w = f.letter ? BADGE_SIZE : estimateWidth(f.text) + 4;
  const x0 = f.end ? (f.x + f.w) * k - w : f.x * k;
  const edge = (f.below ? f.y + f.h : f.y) * k;
  // Outside, a caption sits over the top edge or under the bottom one; inside, against them.
  const y0 = f.below === !!f.inside ? edge - CAPTION_HEIGHT : edge;
  return { x0, y0, x1: x0 + w, y1: y0 + CAPTION_HEIGHT };
}

/** A point to label, in viewBox units. */
export interface LabelPoint {
  x: number;
  y: number;
  text: string;
}

/**
 * Greedy placement of short labels for a map shown `mapWidth` px wide: each label takes the first side that overlaps no
 * marker, nothing in `avoid` (captions: boxes in CSS px at this width), no earlier label and no map edge, or is left out;
 * sides clear of the boxes in `prefer` (the insets' frames, whose dots a label would hide) are tried first.
 * The points `first` says are placed first; then the others, most-crowded first so the ones with few options get them.
 */
export function placeLabels(
  points: readonly LabelPoint[],
  view: { width: number; height: number },
  mapWidth: number,
  {
    avoid = [],
    prefer = [],
    first = () => false,
  }: { avoid?: readonly Box[]; prefer?: readonly Box[]; first?: (i: number) => boolean } = {},
): (LabelSide | null)[] {
  const k = mapWidth / view.width;
  const px = points.map((p) => ({ x: p.x * k, y: p.y * k, w: estimateWidth(p.text) }));
  const height = view.height * k;
  const markers = points.map((p) => markerBox(p, k));
  const candidates = px.map((p, i) =>
    SIDES.map((side) => ({ side, box: labelBox(p, side) }))
      .filter(({ box }) => box.x0 >= 0 && box.y0 >= 0 && box.x1 <= mapWidth && box.y1 <= height)
      .filter(({ box }) => !markers.some((m, j) => j !== i && overlaps(m, box)) && !avoid.some((c) => overlaps(c, box)))
      .sort((a, b) => Number(prefer.some((c) => overlaps(c, a.box))) - Number(prefer.some((c) => overlaps(c, b.box)))),
  );
  const order = [...points.keys()].sort(
    (a, b) => Number(first(b)) - Number(first(a)) || (candidates[a]?.length ?? 0) - (candidates[b]?.length ?? 0) || a - b,
  );
  const placed = new Map<number, { side: LabelSide; box: Box }>();
  const free = (box: Box, except: readonly number[] = []): boolean =>
    [...placed].every(([j, q]) => except.includes(j) || !overlaps(q.box, box));
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

/** The box kept clear around a marker's centre (CSS px), on a map drawn `k` px per viewBox unit. */
export function markerBox(p: { x: number; y: number }, k: number): Box {
  const half = LABEL.markerBox / 2;
  return { x0: p.x * k - half, y0: p.y * k - half, x1: p.x * k + half, y1: p.y * k + half };
}

/** The gap between a marker's centre and a label on this side: corner labels sit closer. */
function gap(side: LabelSide): number {
  return side.length > 1 ? LABEL.diagonal : LABEL.offset;
}

function labelBox(p: { x: number; y: number; w: number }, side: LabelSide): Box {
  const [dx, dy] = DIRECTION[side];
  const [x0, x1] = span(p.x, p.w, dx, gap(side));
  const [y0, y1] = span(p.y, LABEL.height, dy, gap(side));
  return { x0, y0, x1, y1 };
}

/** Where a label of `size` sits along one axis from centre `c`: after it, before it, or centred on it. */
function span(c: number, size: number, direction: number, g: number): [number, number] {
  if (direction > 0) return [c + g, c + g + size];
  if (direction < 0) return [c - g - size, c - g];
  return [c - size / 2, c + size / 2];
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The class a label carries when it shows on `side` at width tier `tier` (an index into LABEL_TIERS). */
export function labelClass(tier: number, side: LabelSide): string {
  return `lb${tier}-${side}`;
}

/** The class of a map whose frames show their titles from width tier `tier` up (below it, their letters and a key). */
export function captionTierClass(tier: number): string {
  return `ct${tier}`;
}

/** The class of a map key's numbered entry (and of the key) shown at width tier `tier`. */
export function keyClass(tier: number): string {
  return `kn${tier}`;
}

/**
 * The labels' size and placement as CSS, from the same numbers and directions the placement used: hidden by default,
 * shown on their side from their tier's width up to the next. Container queries on the map's own width (`map`).
 * Also which frame captions show: letters and their key (`.mv-kf`) below a map's caption tier, titles from it up;
 * and the entries of the marker numbers' key (`.mv-kn`) at the tiers where their numbers show.
 */
export function labelCss(): string {
  const titles = (tier: number): string => {
    const map = `.mv.${captionTierClass(tier)}`;
    return `${map} .mv-frame-cap{display:block}${map} .mv-frame-letter,${map} .mv-kf{display:none}`;
  };
  const tiers = LABEL_TIERS.map((min, tier) => {
    const next = LABEL_TIERS[tier + 1];
    // No "<": this stylesheet sits in the map's <svg>, where HTML parses a "<" in text as the start of a tag.
    const query = next === undefined ? `(width >= ${min}px)` : `(width >= ${min}px) and (${next}px > width)`;
    const labels = SIDES.map((side) => `.${labelClass(tier, side)}{display:block;${sideCss(side)}}`).join('');
    const key = `.mv-kn.${keyClass(tier)},.mv-kn>.${keyClass(tier)}{display:flex}`;
    return `@container map ${query}{${labels}${key}${LABEL_TIERS.slice(1, tier + 1)
      .map((_, t) => titles(t + 1))
      .join('')}}`;
  });
  return [
    `.mk-name{display:none;position:absolute;font-size:${LABEL.fontPx}px;line-height:${LABEL.height}px}`,
    '.mv-frame-cap,.mv-kn,.mv-kn>li{display:none}',
    titles(0),
    ...tiers,
  ].join('\n');
}

/** A label's offset from its marker's centre (the label's containing block) on one side, as inset and translate. */
function sideCss(side: LabelSide): string {
  const [dx, dy] = DIRECTION[side];
  const at = `calc(50% + ${gap(side)}px)`;
  const across = dx > 0 ? `inset-inline-start:${at}` : dx < 0 ? `inset-inline-end:${at}` : 'inset-inline-start:50%';
  const down = dy > 0 ? `inset-block-start:${at}` : dy < 0 ? `inset-block-end:${at}` : 'inset-block-start:50%';
  const centre = dx === 0 ? ';translate:-50% 0' : dy === 0 ? ';translate:0 -50%' : '';
  return `${across};${down}${centre}`;
}
