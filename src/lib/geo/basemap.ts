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

/**
 * Points whose Visvalingam triangle (the area their removal changes) is smaller than this, in viewBox units²
 * (≈ CSS px² when a map is shown at its viewBox width), are dropped. Chosen so every map is smaller than it was
 * with the earlier Douglas–Peucker at 1.2 units, with no island lost that was bigger than a speck.
 */
const MIN_TRIANGLE_UNITS = 8;
/** Islands and lakes smaller than this (units²) are dropped: a speck, not a shape. */
const MIN_AREA = 3;

/** Draws a view's countries and borders at build time, simplified to its scale; `highlight` holds ISO numeric ids. */
export function basemapPaths(model: ViewModel, highlight: ReadonlySet<string>): BasemapPaths {
  const minWeight = minWeightFor(model);
  const layers = worldLayers(model.view.resolution, highlight, minWeight);
  const draw = (geo: Parameters<typeof compactPath>[1]): string => compactPath(model.projection, geo, { tolerance: 0, minArea: MIN_AREA });
  return {
    other: draw(layers.other),
    highlight: draw(layers.highlight),
    borders: draw(layers.borders),
    states: model.view.states ? draw(stateBorders(minWeight)) : '',
  };
}

/** The view's smallest kept triangle in steradians: Equal Earth is equal-area, so s steradians always cover s·scale² units². */
export function minWeightFor({ projection }: ViewModel): number {
  return MIN_TRIANGLE_UNITS / projection.scale() ** 2;
}
