import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { simplifyTopology } from '../../src/lib/geo/simplify-topology.ts';

/** A quantized topology (1 unit = 0.01°) from absolute arcs, delta-encoding them as TopoJSON does. */
function topology(arcs: number[][][]): Topology {
  const delta = arcs.map((arc) => arc.map(([x = 0, y = 0], i) => (i === 0 ? [x, y] : [x - arc[i - 1]![0]!, y - arc[i - 1]![1]!])));
  return { type: 'Topology', objects: {}, arcs: delta, transform: { scale: [0.01, 0.01], translate: [0, 0] } };
}
const absolute = (arc: number[][]) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx = 0, dy = 0]) => [(x += dx), (y += dy)]);
};

describe('simplifyTopology (Douglas–Peucker per arc)', () => {
  it('drops points within epsilon and keeps both endpoints, so neighbours still meet', () => {
    // A nearly straight line with one real bend at (500, 300).
    const line = [[0, 0], [100, 1], [200, 0], [300, 2], [400, 0], [500, 300], [600, 0], [700, 1], [800, 0]];
    const [out] = simplifyTopology(topology([line]), 0.1).arcs;
    expect(absolute(out!)).toEqual([[0, 0], [400, 0], [500, 300], [600, 0], [800, 0]]);
  });

  it('keeps a closed arc (an island) closed and with at least four vertices', () => {
    const island = [[0, 0], [0, 50], [1, 100], [50, 101], [100, 100], [100, 0], [0, 0]];
    const [out] = simplifyTopology(topology([island]), 10).arcs;
    const pts = absolute(out!);
    expect(pts.length).toBeGreaterThanOrEqual(4);
    expect(pts[0]).toEqual(pts.at(-1));
  });

  it('never turns a ring inside out: an arc whose simplified winding would reverse keeps all its points', () => {
    // Found by search: Douglas–Peucker at 0.05° keeps a vertex subset winding the other way round.
    const ring = [[8, 10], [17, 1], [1, 11], [13, 0], [8, 1], [8, 10]];
    const [out] = simplifyTopology(topology([ring]), 0.05).arcs;
    expect(absolute(out!)).toEqual(ring);
  });

  it('leaves the input untouched', () => {
    const t = topology([[[0, 0], [1, 0], [2, 0]]]);
    const before = JSON.stringify(t);
    simplifyTopology(t, 1);
    expect(JSON.stringify(t)).toBe(before);
  });
});
