import { geoPath } from 'd3-geo';
import type { GeoContext, GeoPermissibleObjects, GeoProjection } from 'd3-geo';

/** How much detail a drawn path keeps, in viewBox units. */
export interface Simplify {
  /** Skip a vertex closer than this to the last kept one (radial-distance simplification). */
  tolerance: number;
  /** Drop closed rings (islands, lakes) smaller than this area. */
  minArea: number;
}

type Point = [number, number];

/**
 * A d3 `geoPath` context that writes a compact SVG path: coordinates at 0.1 unit, like `geoPath().digits(1)`,
 * but relative (`l` deltas) after each ring's absolute start, with near-duplicate vertices and specks dropped.
 * Why: d3's absolute `digits(1)` output for the 110m world is ~108 KB; this is about a fifth of that.
 */
export class CompactPathContext implements GeoContext {
  #out: string[] = [];
  #ring: Point[] = [];
  #last: Point | null = null;
  #closed = false;
  readonly #simplify: Simplify;

  constructor(simplify: Simplify) {
    this.#simplify = simplify;
  }

  moveTo(x: number, y: number): void {
    this.#flush();
    this.#last = [x, y];
    this.#ring = [this.#last];
  }

  lineTo(x: number, y: number): void {
    const kept = this.#ring[this.#ring.length - 1];
    this.#last = [x, y];
    if (kept && Math.hypot(x - kept[0], y - kept[1]) >= this.#simplify.tolerance) this.#ring.push(this.#last);
  }

  closePath(): void {
    this.#closed = true;
  }

  /** Paths start with moveTo; nothing to reset. */
  beginPath(): void {}

  /** Points are drawn as markers, never through this context. */
  arc(): void {}

  /** The path data written so far. */
  result(): string {
    this.#flush();
    return this.#out.join('');
  }

  #flush(): void {
    const ring = this.#ring;
    const last = this.#last;
    this.#ring = [];
    if (ring.length === 0) return;
    // Open lines (borders) must end where they end, or neighbouring segments would not meet.
    if (!this.#closed && last && ring[ring.length - 1] !== last) ring.push(last);
    if (this.#closed && (ring.length < 3 || Math.abs(shoelace(ring)) < this.#simplify.minArea)) {
      this.#closed = false;
      return;
    }
    this.#out.push(serialize(ring, this.#closed));
    this.#closed = false;
  }
}

function shoelace(ring: readonly Point[]): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as Point;
    const q = ring[(i + 1) % ring.length] as Point;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}

/** Rounds each vertex absolutely first, then takes deltas, so rounding error never accumulates. */
function serialize(ring: readonly Point[], closed: boolean): string {
  let s = '';
  let px = 0;
  let py = 0;
  for (const [i, [x, y]] of ring.entries()) {
    const X = Math.round(x * 10);
    const Y = Math.round(y * 10);
    if (i === 0) s += `M${num(X)}${sep(Y)}${num(Y)}l`;
    else if (X !== px || Y !== py) s += `${s.endsWith('l') ? '' : sep(X - px)}${num(X - px)}${sep(Y - py)}${num(Y - py)}`;
    px = X;
    py = Y;
  }
  if (s.endsWith('l')) s = s.slice(0, -1);
  return closed ? `${s}z` : s;
}

/** Tenths to the shortest decimal text: 15 → "1.5", -3 → "-.3". */
function num(tenths: number): string {
  return String(tenths / 10).replace(/^(-?)0\./, '$1.');
}

/** A minus sign separates numbers by itself; anything else needs a space. */
function sep(tenths: number): string {
  return tenths < 0 ? '' : ' ';
}

/** Draws a GeoJSON object through `projection` as compact path data. */
export function compactPath(projection: GeoProjection, object: GeoPermissibleObjects, simplify: Simplify): string {
  const context = new CompactPathContext(simplify);
  geoPath(projection, context)(object);
  return context.result();
}
