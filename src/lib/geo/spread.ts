import { forceCollide, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

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

/** A marker as d3-force moves it: its position always set (we give every node one). */
type Marker = SimulationNodeDatum & Spread;

/**
 * Moves markers apart until no two are closer than `spacing`, keeping each as near its anchor as it can:
 * d3-force's collision force against a weak pull to the anchors, then collision alone. Deterministic (d3-force's
 * random source is a fixed-seed generator, and twins are fanned out first), so builds are reproducible.
 * Why: co-located Region and edge location pairs (Frankfurt, Tokyo...) would otherwise sit exactly on top of each other.
 */
export function spreadMarkers(anchors: readonly (readonly [number, number])[], o: SpreadOptions): Spread[] {
  const nodes: Marker[] = anchors.map(([x, y], i) => {
    // Identical anchors have no direction to push along: fan them out first.
    const twins = anchors.slice(0, i).filter(([px, py]) => px === x && py === y).length;
    const a = twins * GOLDEN_ANGLE + Math.PI;
    const r = twins > 0 ? o.spacing / 2 : 0;
    return { ax: x, ay: y, x: x + r * Math.cos(a), y: y + r * Math.sin(a) };
  });
  // A hair more than asked, so rounding to 0.1 unit afterwards cannot bring two markers under `spacing`.
  const need = o.spacing + 0.2;
  const clamp = () => {
    for (const p of nodes) {
      p.x = Math.min(o.width - o.inset, Math.max(o.inset, p.x));
      p.y = Math.min(o.height - o.inset, Math.max(o.inset, p.y));
    }
  };
  const simulation = forceSimulation(nodes)
    .force(
      'collide',
      forceCollide<Marker>(need / 2)
        .strength(1)
        .iterations(4),
    )
    .force('x', forceX<Marker>((p) => p.ax).strength(0.04))
    .force('y', forceY<Marker>((p) => p.ay).strength(0.04))
    .stop();
  for (let i = 0; i < 300; i++) {
    simulation.tick();
    clamp();
  }
  // Then collision alone, so the spacing holds (the pull keeps some pairs a little too close).
  simulation.force('x', null).force('y', null).alpha(1);
  for (let i = 0; i < 300; i++) {
    simulation.tick();
    clamp();
  }
  return nodes.map((p) => ({ ax: p.ax, ay: p.ay, x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 }));
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
