import { stateBorders, worldLayers } from './atlas.ts';
import { compactPath } from './compact-path.ts';
import type { ViewModel } from './map-model.ts';

/** SVG path data for one map's background. */
export interface BasemapPaths {
  /** Countries without a location. */
  other: string;
  /** Countries that have a location, tinted. */
  highlight: string;
  borders: string;
  /** US state borders, only where the view asks for them. */
  states: string;
}

/** Largest shape error allowed, in viewBox units (≈ CSS px when a map is shown at its viewBox width). */
const ERROR_UNITS = 1.2;
/** Islands and lakes smaller than this (units²) are dropped: a speck, not a shape. */
const MIN_AREA = 3;

/** Draws a view's countries and borders at build time, simplified to its scale; `highlight` holds ISO numeric ids. */
export function basemapPaths(model: ViewModel, highlight: ReadonlySet<string>): BasemapPaths {
  const epsilon = ERROR_UNITS / unitsPerDegree(model);
  const layers = worldLayers(model.view.resolution, highlight, epsilon);
  const draw = (geo: Parameters<typeof compactPath>[1]): string =>
    compactPath(model.projection, geo, { tolerance: 0, minArea: MIN_AREA });
  return {
    other: draw(layers.other),
    highlight: draw(layers.highlight),
    borders: draw(layers.borders),
    states: model.view.states ? draw(stateBorders(epsilon)) : '',
  };
}

/** Map scale at the view's centre: viewBox units per degree of latitude (Equal Earth keeps areas, so this is representative). */
function unitsPerDegree({ view, projection }: ViewModel): number {
  const [[w, s], [e, n]] = view.extent;
  const lon = (w + e) / 2;
  const lat = (s + n) / 2;
  const a = projection([lon, lat - 0.5]);
  const b = projection([lon, lat + 0.5]);
  if (!a || !b) throw new Error(`cannot measure the scale of ${view.id}`);
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}
