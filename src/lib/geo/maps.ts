import { buildMapModels } from './map-model.ts';
import type { ViewModel } from './map-model.ts';
import { positionCss } from './position-css.ts';
import type { Location } from './types.ts';

/** The page's maps and their position stylesheet, built once per list of locations. */
export interface Maps {
  world: ViewModel;
  insets: ViewModel[];
  /** Marker, dot and frame positions; the page must allow it by CSP hash before its head is rendered. */
  css: string;
}

const built = new WeakMap<readonly Location[], Maps>();

/** Builds (or returns the already built) maps for these locations; throws if an inset plan leaves one out. */
export function mapsFor(locations: readonly Location[]): Maps {
  let maps = built.get(locations);
  if (!maps) {
    const { world, insets } = buildMapModels(locations);
    const drawn = new Set(insets.flatMap((v) => v.markers.map((m) => m.loc.slug)));
    const missing = locations.filter((l) => !drawn.has(l.slug));
    if (missing.length > 0) {
      throw new Error(`No map inset covers: ${missing.map((l) => l.name).join(', ')}. Extend INSETS in src/lib/geo/views.ts.`);
    }
    maps = { world, insets, css: positionCss([world, ...insets]) };
    built.set(locations, maps);
  }
  return maps;
}
