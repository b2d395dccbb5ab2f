import type { Topology } from 'topojson-specification';

type Arc = number[][];

/**
 * Douglas–Peucker on every arc of a quantized topology, arc endpoints fixed.
 * Simplifying shared arcs once (instead of each country's rings separately) keeps neighbouring
 * shapes meeting exactly, so no slivers of sea show between them. `epsilon` is in degrees
 * (longitude scaled by cos(latitude)). Returns a new topology; the input is not changed.
 */
export function simplifyTopology<T extends Topology>(topology: T, epsilon: number): T {
  const { transform } = topology;
  if (!transform) throw new Error('expected a quantized topology (with a transform)');
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  const arcs = topology.arcs.map((arc) => {
    const abs = absolute(arc);
    const geo = abs.map(([x = 0, y = 0]) => [x * sx + tx, y * sy + ty] as [number, number]);
    const keep = keptIndices(geo, epsilon);
    // d3 reads a ring's winding as "which side is inside": a simplified island that turned inside out
    // would fill the whole map, so such an arc keeps all its points (the drawing drops specks anyway).
    if (isClosed(geo) && Math.sign(ringArea(keep.map((i) => geo[i] as [number, number]))) !== Math.sign(ringArea(geo))) return arc;
    return relative(keep.map((i) => abs[i] as number[]));
  });
  return { ...topology, arcs };
}

function isClosed(pts: readonly [number, number][]): boolean {
  const a = pts[0];
  const b = pts[pts.length - 1];
  return pts.length > 3 && a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/** Signed planar area (shoelace) in degrees²: enough to compare a ring's orientation before and after. */
function ringArea(pts: readonly [number, number][]): number {
  let a = 0;
  for (let i = 1; i < pts.length; i++) {
    const p = pts[i - 1] as [number, number];
    const q = pts[i] as [number, number];
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}

function absolute(arc: Arc): Arc {
  let x = 0;
  let y = 0;
  return arc.map(([dx = 0, dy = 0]) => [(x += dx), (y += dy)]);
}

function relative(points: Arc): Arc {
  let px = 0;
  let py = 0;
  return points.map(([x = 0, y = 0]) => {
    const d = [x - px, y - py];
    px = x;
    py = y;
    return d;
  });
}

/** Indices DP keeps; a closed arc (an island ring) is split at its farthest point and keeps at least 4 vertices. */
function keptIndices(pts: readonly [number, number][], epsilon: number): number[] {
  const n = pts.length;
  if (n <= 2) return [...Array(n).keys()];
  const first = pts[0] as [number, number];
  const last = pts[n - 1] as [number, number];
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  if (first[0] === last[0] && first[1] === last[1]) {
    let far = 1;
    for (let i = 1; i < n - 1; i++) if (dist2(pts[i] as [number, number], first) > dist2(pts[far] as [number, number], first)) far = i;
    keep[far] = 1;
    mark(pts, 0, far, epsilon, keep);
    mark(pts, far, n - 1, epsilon, keep);
    // A ring needs three distinct vertices to enclose anything.
    if (keep.reduce((a, b) => a + b, 0) < 4) keep[far > 1 ? Math.floor(far / 2) : Math.floor((far + n - 1) / 2)] = 1;
  } else {
    mark(pts, 0, n - 1, epsilon, keep);
  }
  return [...keep.keys()].filter((i) => keep[i] === 1);
}

/** Iterative DP between a and b (a stack, not recursion, so long arcs cannot overflow it). */
function mark(pts: readonly [number, number][], a0: number, b0: number, epsilon: number, keep: Uint8Array): void {
  const stack: [number, number][] = [[a0, b0]];
  for (let seg = stack.pop(); seg; seg = stack.pop()) {
    const [a, b] = seg;
    let worst = -1;
    let worstD = epsilon;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(pts[i] as [number, number], pts[a] as [number, number], pts[b] as [number, number]);
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push([a, worst], [worst, b]);
  }
}

function local(p: readonly [number, number], cos: number): [number, number] {
  return [p[0] * cos, p[1]];
}

function dist2(p: readonly [number, number], q: readonly [number, number]): number {
  const cos = Math.cos(((p[1] + q[1]) / 2) * (Math.PI / 180));
  const [px, py] = local(p, cos);
  const [qx, qy] = local(q, cos);
  return (px - qx) ** 2 + (py - qy) ** 2;
}

/** Distance from p to segment ab, longitudes shrunk by cos(latitude) so a degree means about the same everywhere. */
function segmentDistance(p: readonly [number, number], a: readonly [number, number], b: readonly [number, number]): number {
  const cos = Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180));
  const [px, py] = local(p, cos);
  const [ax, ay] = local(a, cos);
  const [bx, by] = local(b, cos);
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
