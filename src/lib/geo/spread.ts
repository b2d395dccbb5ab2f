/** A marker's true (anchor) position and where it is drawn, in viewBox units. */
export interface Spread {
  ax: number;
  ay: number;
  x: number;
  y: number;
}

/** Constraints for {@link spreadMarkers}. */
export interface SpreadOptions {
  /** Minimum centre-to-centre distance between markers. */
  spacing: number;
  width: number;
  height: number;
  /** Markers stay at least this far inside the edges. */
  inset: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Moves markers apart until no two are closer than `spacing`, keeping each as near its anchor as it can.
 * Deterministic (same input order, same output), so builds are reproducible.
 * Why: co-located Region and edge location pairs (Frankfurt, Tokyo...) would otherwise sit exactly on top of each other.
 */
export function spreadMarkers(anchors: readonly (readonly [number, number])[], o: SpreadOptions): Spread[] {
  const pts = anchors.map(([x, y], i) => {
    // Identical anchors have no direction to push along: fan them out first.
    const twins = anchors.slice(0, i).filter(([px, py]) => px === x && py === y).length;
    const a = twins * GOLDEN_ANGLE + Math.PI;
    const r = twins > 0 ? o.spacing / 2 : 0;
    return { ax: x, ay: y, x: x + r * Math.cos(a), y: y + r * Math.sin(a) };
  });
  // A hair more than asked, so rounding to 0.1 unit afterwards cannot bring two markers under `spacing`.
  const need = o.spacing + 0.2;
  const rounds = 600;
  for (let round = 0; round < rounds * 3; round++) {
    // Early rounds also pull toward anchors; late rounds only separate, so the result honours the spacing.
    const pull = round < rounds * 0.8 ? 0.04 : 0;
    for (const p of pts) {
      p.x += (p.ax - p.x) * pull;
      p.y += (p.ay - p.y) * pull;
    }
    let moved = false;
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        const p = pts[i] as Spread;
        const q = pts[j] as Spread;
        let dx = q.x - p.x;
        let dy = q.y - p.y;
        let d = Math.hypot(dx, dy);
        if (d >= need) continue;
        if (d < 1e-6) [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1];
        const push = (need - d) / 2;
        p.x -= (dx / d) * push;
        p.y -= (dy / d) * push;
        q.x += (dx / d) * push;
        q.y += (dy / d) * push;
        moved = true;
      }
    }
    for (const p of pts) {
      p.x = Math.min(o.width - o.inset, Math.max(o.inset, p.x));
      p.y = Math.min(o.height - o.inset, Math.max(o.inset, p.y));
    }
    if (!moved && round >= rounds) break;
  }
  return pts.map((p) => ({ ax: p.ax, ay: p.ay, x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 }));
}

/** Smallest centre-to-centre distance among drawn positions (Infinity for fewer than two). */
export function minSeparation(points: readonly { x: number; y: number }[]): number {
  let min = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const p = points[i] as { x: number; y: number };
      const q = points[j] as { x: number; y: number };
      min = Math.min(min, Math.hypot(q.x - p.x, q.y - p.y));
    }
  }
  return min;
}
