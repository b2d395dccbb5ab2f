import { geoPath } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import { stateBorders, worldLayers } from './atlas.ts';
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
 * (≈ CSS px² when a map is shown at its viewBox width), are dropped (topojson-simplify). Chosen so every map is
 * smaller than it was with the earlier Douglas–Peucker at 1.2 units (compressed), with no island lost that was bigger than a speck.
 */
const MIN_TRIANGLE_UNITS = 12;
/** Islands and lakes smaller than this (units²) are dropped: a speck, not a shape. */
const MIN_AREA_UNITS = 3;

/** Draws a view's countries and borders at build time, simplified to its scale; `highlight` holds ISO numeric ids. */
export function basemapPaths(model: ViewModel, highlight: ReadonlySet<string>): BasemapPaths {
  const minWeight = minWeightFor(model);
  const layers = worldLayers(model.view.resolution, highlight, minWeight, minAreaFor(model));
  // One decimal is a tenth of a CSS px at the viewBox width: finer digits only add bytes.
  const path = geoPath(model.projection).digits(1);
  const draw = (geo: GeoPermissibleObjects): string => path(geo) ?? '';
  return {
    other: draw(layers.other),
    highlight: draw(layers.highlight),
    borders: draw(layers.borders),
    states: model.view.states ? draw(stateBorders(minWeight)) : '',
  };
}

/** The view's smallest kept triangle in steradians. */
export function minWeightFor(model: ViewModel): number {
  return unitsToSteradians(model, MIN_TRIANGLE_UNITS);
}

/** The view's smallest kept island or lake in steradians. */
export function minAreaFor(model: ViewModel): number {
  return unitsToSteradians(model, MIN_AREA_UNITS);
}

/** Equal Earth is equal-area, so s steradians always cover s·scale² units². */
function unitsToSteradians({ projection }: ViewModel, units: number): number {
  return units / projection.scale() ** 2;
}
