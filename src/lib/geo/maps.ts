import { basemapPaths, type BasemapPaths } from './basemap.ts';
import { buildMapModels } from './map-model.ts';
import type { ViewModel } from './map-model.ts';
import { planInsets } from './plan-insets.ts';
import { positionCss } from './position-css.ts';
import type { Location } from './types.ts';

/** One map ready to draw: its model and its basemap. */
export interface DrawnMap extends ViewModel {
  paths: BasemapPaths;
}

/** The page's maps and their position stylesheet, built once per list of locations. */
export interface Maps {
  world: DrawnMap;
  insets: DrawnMap[];
  /** Marker, dot and frame positions; the page must allow it by CSP hash before its head is rendered. */
  css: string;
}

// Keyed by content, not identity: periods whose lists are equal share one set of maps.
const built = new Map<string, Maps>();

/** Builds (or returns the already built) maps for these locations, with insets planned from where they are. */
export function mapsFor(locations: readonly Location[]): Maps {
  const key = locations.map((l) => `${l.kind}:${l.slug}:${l.lon},${l.lat}:${l.code ?? ''}:${l.isoNumeric}`).join('|');
  let maps = built.get(key);
  if (!maps) {
    const { world, insets } = buildMapModels(locations, planInsets(locations));
    const highlight = new Set(locations.map((l) => l.isoNumeric));
    const draw = (model: ViewModel): DrawnMap => ({ ...model, paths: basemapPaths(model, highlight) });
    maps = { world: draw(world), insets: insets.map(draw), css: positionCss([world, ...insets]) };
    built.set(key, maps);
  }
  return maps;
}
