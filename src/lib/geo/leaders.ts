import type { MarkerModel } from './map-model.ts';
import { round1 } from './projection.ts';
import type { LocationKind } from './types.ts';
import { MIN_RENDER_WIDTH } from './views.ts';

/** Leader lines (true point → drawn marker) plus a small dot at each true point, one path per kind so the filter can hide them. */
export function leaderPaths(markers: readonly MarkerModel[], viewWidth: number): { kind: LocationKind; d: string }[] {
  // ~1.2 CSS px radius at the narrowest layout, a little more when the map is shown wider.
  const r = round1((1.2 * viewWidth) / MIN_RENDER_WIDTH);
  return (['region', 'edge'] as const).map((kind) => ({
    kind,
    d: markers
      .filter((m) => m.leader && m.loc.kind === kind)
      .map(
        (m) =>
          `M${m.ax} ${m.ay}L${m.x} ${m.y}M${round1(m.ax - r)} ${m.ay}a${r} ${r} 0 1 0 ${round1(2 * r)} 0a${r} ${r} 0 1 0 ${round1(-2 * r)} 0`,
      )
      .join(''),
  }));
}
