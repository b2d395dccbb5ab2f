import { geoDistance } from 'd3-geo';
import { slugify } from '../slug.ts';
import { fitProjection } from './projection.ts';
import type { GeoExtent, Location } from './types.ts';
import type { MapView } from './views.ts';

const EARTH_KM = 6371;
/** Locations this close (km) to a group join it: they would crowd each other at world scale. */
const LINK_KM = 3000;
/** No inset spans more than this (km between its two farthest locations), so each stays a close-up. */
const MAX_SPAN_KM = 5500;
/**
 * Inside an inset, a group of at least NEST_MIN locations, each within a link of these (km, tried widest first) to the
 * next, gets a closer inset of its own (the US north-east, western Europe), so phones keep room for labels.
 */
const NEST_LINKS_KM = [650, 450, 300, 200];
const NEST_MIN = 6;
/** The smallest extent an inset shows, in degrees, so one city is not blown up to a street map. */
const MIN_SPAN = { lon: 10, lat: 6 } as const;
const MIN_NEST_SPAN = { lon: 6, lat: 4 } as const;

/**
 * The zoomed insets for these locations, planned from where they are: groups of nearby locations (agglomerative
 * clustering, nearest groups first, none wider than {@link MAX_SPAN_KM}) each get an inset; a crowded group inside one
 * gets a closer inset within it; a location with no neighbour stays a marker on the world map.
 * Any new location therefore has a place on the maps with no code edit.
 */
export function planInsets(locations: readonly Location[]): MapView[] {
  // Page order follows the map: west to east, each inset's closer insets right after it.
  const meanLon = (g: readonly Location[]): number => g.reduce((a, l) => a + l.lon, 0) / g.length;
  const groups = cluster(locations, LINK_KM, MAX_SPAN_KM)
    .filter((g) => g.length >= 2)
    .sort((a, b) => meanLon(a) - meanLon(b));
  const tops = titled(groups, 'world');
  const out: Planned[] = [];
  const nest = (view: Planned, depth: number): void => {
    out.push(view);
    if (depth === 0 || view.members.length < 2 * NEST_MIN) return;
    for (const link of NEST_LINKS_KM) {
      const groups = cluster(view.members, link, MAX_SPAN_KM).filter((g) => g.length >= NEST_MIN);
      const nested = titled(groups, view.id, view).filter(
        (v) => v.members.length <= view.members.length * 0.7 && area(v.extent) < area(view.extent) / 3,
      );
      if (nested.length === 0) continue;
      for (const v of nested) nest(v, depth - 1);
      return;
    }
  };
  for (const top of tops) nest(top, 2);
  // Anchors must be unique: a second inset with the same title gets a number.
  const seen = new Map<string, number>();
  return out.map(({ members: _, ...view }): MapView => {
    const n = (seen.get(view.id) ?? 0) + 1;
    seen.set(view.id, n);
    return n === 1 ? view : { ...view, id: `${view.id}-${n}` };
  });
}

type Planned = MapView & { members: Location[] };

/** Views for groups, titled by their continents (or, where two would share a title, by where they lie). */
function titled(groups: readonly Location[][], parent: string, within?: Planned): Planned[] {
  const base = groups.map((g) => (within ? countriesTitle(g) : continentsTitle(g)));
  return groups.map((g, i) => {
    const same = groups.filter((_, j) => base[j] === base[i]);
    // Two insets of one continent are told apart by their countries, or failing that by where they lie.
    const few = countries(g).length <= 3;
    const title = within
      ? `${compass(g, within.members)} ${few ? base[i] : within.title.replace(/^(\S+ern|Central) /, '')}`
      : same.length === 1
        ? base[i]!
        : few
          ? countriesTitle(g)
          : `${compass(g, same.flat())} ${base[i]}`;
    const extent = extentOf(g, within ? MIN_NEST_SPAN : MIN_SPAN);
    return {
      id: slugify(title),
      title,
      extent,
      width: 600,
      resolution: '50m',
      states: g.some((l) => l.isoNumeric === '840'),
      parent,
      owns: new Set(g.map((l) => l.slug)),
      members: g,
    };
  });
}

/** Agglomerative clustering: repeatedly join the two nearest groups (single link) while they are within `link` and the result spans at most `span`. */
function cluster(locations: readonly Location[], link: number, span: number): Location[][] {
  const km = (a: Location, b: Location): number => geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_KM;
  let groups = locations.map((l) => [l]);
  for (;;) {
    let best: [number, number, number] | undefined;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const a = groups[i]!;
        const b = groups[j]!;
        let d = Infinity;
        for (const p of a) for (const q of b) d = Math.min(d, km(p, q));
        if (d > link || (best && d >= best[2])) continue;
        const wide = a.some((p) => b.some((q) => km(p, q) > span));
        if (!wide) best = [i, j, d];
      }
    }
    if (!best) return groups;
    const [i, j] = best;
    groups = [...groups.filter((_, k) => k !== i && k !== j), [...groups[i]!, ...groups[j]!]];
  }
}

/** A lon/lat box around the group, padded, at least `min` degrees, and no taller than wide nor more than twice as wide. */
function extentOf(group: readonly Location[], min: { lon: number; lat: number }): GeoExtent {
  const lons = group.map((l) => l.lon);
  const lats = group.map((l) => l.lat);
  let [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const centred = (a: number, b: number, span: number): [number, number] => [(a + b) / 2 - span / 2, (a + b) / 2 + span / 2];
  const pad = (a: number, b: number, least: number): [number, number] => centred(a, b, Math.max(least, (b - a) * 1.25 + 2));
  [w, e] = pad(w, e, min.lon);
  [s, n] = pad(s, n, min.lat);
  // Shape it as drawn (Equal Earth stretches the tropics upright): no taller than wide, nor more than twice as wide.
  for (let i = 0; i < 3; i++) {
    const ratio = aspect([
      [w, s],
      [e, n],
    ]);
    if (ratio > 1.01) [w, e] = centred(w, e, (e - w) * ratio);
    else if (ratio < 0.49) [s, n] = centred(s, n, (n - s) * (0.5 / ratio));
    else break;
  }
  const r = (x: number): number => Math.round(x * 10) / 10;
  return [
    [r(Math.max(-180, w)), r(Math.max(-85, s))],
    [r(Math.min(180, e)), r(Math.min(85, n))],
  ];
}

/** Height over width of the extent as the maps draw it. */
function aspect(extent: GeoExtent): number {
  const { width, height } = fitProjection(extent, 600);
  return height / width;
}

function area([[w, s], [e, n]]: GeoExtent): number {
  return (e - w) * (n - s);
}

/** "Europe", "Asia Pacific", "Africa and Asia": the group's continent (one holding two thirds of it), or its continents. */
function continentsTitle(group: readonly Location[]): string {
  const count = new Map<string, number>();
  for (const l of group) count.set(l.continent, (count.get(l.continent) ?? 0) + 1);
  const [top, most = 0] = [...count].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (top && most * 3 >= group.length * 2) return top;
  const names = [...count.keys()].sort();
  if (names.length === 2 && names[0] === 'Asia' && names[1] === 'Oceania') return 'Asia Pacific';
  return list(names);
}

/** "United States and Canada": the group's countries, most locations first; three at most. */
function countriesTitle(group: readonly Location[]): string {
  const names = countries(group);
  return names.length > 3 ? `${names.slice(0, 2).join(', ')} and others` : list(names);
}

/** The group's countries, most locations first. */
function countries(group: readonly Location[]): string[] {
  const count = new Map<string, number>();
  for (const l of group) count.set(l.country, (count.get(l.country) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

function list(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Where the group lies within `all`: "Eastern", "North-western", "Central"… */
function compass(group: readonly Location[], all: readonly Location[]): string {
  const mid = (ls: readonly Location[], f: (l: Location) => number): number => ls.reduce((a, l) => a + f(l), 0) / ls.length;
  const dx = mid(group, (l) => l.lon) - mid(all, (l) => l.lon);
  const dy = mid(group, (l) => l.lat) - mid(all, (l) => l.lat);
  const most = Math.max(Math.abs(dx), Math.abs(dy));
  if (most < 2) return 'Central';
  const ns = Math.abs(dy) >= most / 2 ? (dy > 0 ? 'North' : 'South') : '';
  const ew = Math.abs(dx) >= most / 2 ? (dx > 0 ? 'east' : 'west') : '';
  if (ns && ew) return `${ns}-${ew}ern`;
  return ns ? `${ns}ern` : `${ew.charAt(0).toUpperCase()}${ew.slice(1)}ern`;
}
