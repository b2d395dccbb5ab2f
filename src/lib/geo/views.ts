import type { Continent, GeoExtent, Location, Resolution } from './types.ts';

/** One map the page draws: the world overview or a zoomed inset, all with the same projection and path functions. */
export interface MapView {
  /** Anchor is `map-<id>`. */
  id: string;
  title: string;
  /** Shorter title for the inset's frame on its parent, where space is tight. */
  short?: string;
  extent: GeoExtent;
  /** viewBox width in units; the height follows from the extent. */
  width: number;
  /** Natural Earth scale: 110m for the world, 50m when zoomed in far enough for 110m to look blocky. */
  resolution: Resolution;
  /** Draw US state borders (state-level edge locations sit in them). */
  states: boolean;
  /** The view this one is an inset of; its frame is drawn there. */
  parent?: string;
  /** Which locations the view may own; an inset owns those inside its extent. */
  continents: readonly Continent[];
}

/**
 * Narrowest width, in CSS px, any inset is laid out at (a 320 px screen less page gutters).
 * Marker spacing is computed for it, so 24 px targets never overlap at any wider size.
 */
export const MIN_RENDER_WIDTH = 280;

/** Centre-to-centre marker spacing in CSS px at {@link MIN_RENDER_WIDTH}: a 24 px target plus a 2 px gap. */
export const MARKER_SPACING = 26;

/** The overview: Antarctica cropped, nothing south of Tierra del Fuego. */
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
  continents: [],
};

/**
 * The insets, in page order. A location belongs to the smallest inset whose extent and continents contain it.
 * The plan: at world scale Europe, the US east coast and East Asia are a few pixels across on a phone,
 * so every location is drawn (and focusable) in exactly one zoomed inset, spread apart for touch;
 * the world map shows all of them as small dots with the insets framed.
 */
export const INSETS: readonly MapView[] = [
  {
    id: 'north-america',
    title: 'North America',
    extent: [
      [-128, 24],
      [-65, 51],
    ],
    width: 600,
    resolution: '50m',
    states: true,
    parent: 'world',
    continents: ['North America'],
  },
  {
    id: 'north-america-east',
    title: 'Eastern United States and Canada',
    short: 'Eastern US and Canada',
    extent: [
      [-88.8, 37.4],
      [-71.5, 46.4],
    ],
    width: 600,
    resolution: '50m',
    states: true,
    parent: 'north-america',
    continents: ['North America'],
  },
  {
    id: 'europe',
    title: 'Europe',
    extent: [
      [-10.5, 36],
      [24.5, 60.5],
    ],
    width: 600,
    resolution: '50m',
    states: false,
    parent: 'world',
    continents: ['Europe'],
  },
  {
    id: 'asia-pacific',
    title: 'Asia Pacific',
    extent: [
      [68, -41],
      [157, 43],
    ],
    width: 600,
    resolution: '50m',
    states: false,
    parent: 'world',
    continents: ['Asia', 'Oceania'],
  },
  {
    id: 'south-america',
    title: 'South America',
    extent: [
      [-52, -26],
      [-38, -20],
    ],
    width: 600,
    resolution: '50m',
    states: false,
    parent: 'world',
    continents: ['South America'],
  },
];

/** Whether [lon, lat] lies in the extent (edges included). */
export function inExtent(extent: GeoExtent, lon: number, lat: number): boolean {
  const [[w, s], [e, n]] = extent;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

/** The smallest inset covering a location, or undefined when none does (the plan then needs another inset). */
export function insetFor(loc: Pick<Location, 'continent' | 'lon' | 'lat'>, insets: readonly MapView[] = INSETS): MapView | undefined {
  const covering = insets.filter((v) => v.continents.includes(loc.continent) && inExtent(v.extent, loc.lon, loc.lat));
  return covering.sort((a, b) => extentArea(a.extent) - extentArea(b.extent))[0];
}

/** Area of an extent in square degrees; only used to compare insets. */
function extentArea([[w, s], [e, n]]: GeoExtent): number {
  return (e - w) * (n - s);
}
