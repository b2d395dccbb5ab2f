import type { GeoExtent, Location, Resolution } from './types.ts';

/** One map the page draws: the world overview or a zoomed inset, all with the same projection and path functions. */
export interface MapView {
  /** Anchor is `map-<id>`. */
  id: string;
  title: string;
  extent: GeoExtent;
  /** viewBox width in units; the height follows from the extent. */
  width: number;
  /** Natural Earth scale: 110m for the world, 50m when zoomed in far enough for 110m to look blocky. */
  resolution: Resolution;
  /** Draw US state borders (state-level edge locations sit in them). */
  states: boolean;
  /** The view this one is an inset of; its frame is drawn there. */
  parent?: string;
  /** The slugs of the locations the view draws as markers (a nested inset's are taken from its parent's). */
  owns: ReadonlySet<string>;
}

/**
 * Narrowest width, in CSS px, any inset is laid out at (a 320 px screen less page gutters).
 * Marker spacing is computed for it, so 24 px targets never overlap at any wider size.
 */
export const MIN_RENDER_WIDTH = 280;

/** About the widest the overview map is drawn, in CSS px (the page's main column on a desktop): captions are placed for it too. */
export const WIDE_RENDER_WIDTH = 930;

/** Centre-to-centre marker spacing in CSS px at {@link MIN_RENDER_WIDTH}: a 24 px target plus a 2 px gap. */
export const MARKER_SPACING = 26;

/** The overview: Antarctica cropped, nothing south of Tierra del Fuego. Its insets are planned from the locations (plan-insets.ts). */
export const WORLD: MapView = {
  id: 'world',
  title: 'World',
  extent: [
    [-180, -56],
    [180, 84],
  ],
  width: 960,
  resolution: '110m',
  states: false,
  owns: new Set(),
};

/** The smallest inset owning a location, or undefined when none does (the world map then draws its marker). */
export function insetFor(loc: Pick<Location, 'slug'>, insets: readonly MapView[]): MapView | undefined {
  const covering = insets.filter((v) => v.owns.has(loc.slug));
  return covering.sort((a, b) => extentArea(a.extent) - extentArea(b.extent))[0];
}

/** Area of an extent in square degrees; only used to compare insets. */
function extentArea([[w, s], [e, n]]: GeoExtent): number {
  return (e - w) * (n - s);
}
