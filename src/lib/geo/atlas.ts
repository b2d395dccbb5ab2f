/**
 * Build-time access to the Natural Earth (world-atlas) and Census (us-atlas) topologies.
 * Node-only: reads JSON from node_modules with fs so no topology is ever bundled for the browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Objects,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Resolution } from './types.ts';
import type { ValidationAtlas } from './validate.ts';

type Named = { name: string };
type Shapes = FeatureCollection<Polygon | MultiPolygon, Named>;
type Atlas = Topology<Objects<Named>>;

const require = createRequire(import.meta.url);
const cache = new Map<string, Atlas>();

function topology(specifier: string): Atlas {
  let t = cache.get(specifier);
  if (!t) {
    t = JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as Atlas;
    cache.set(specifier, t);
  }
  return t;
}

/**
 * The topology with every point weighted by its Visvalingam effective area (a spherical triangle, in steradians),
 * once per atlas: each view then keeps the points it needs with one cheap `simplify`. Arcs are shared, so
 * neighbouring countries still meet exactly after simplification, leaving no slivers of sea between them.
 */
function weighted(specifier: string): Atlas {
  const key = `${specifier}@weighted`;
  let t = cache.get(key);
  if (!t) {
    t = keepIslands(presimplify(topology(specifier), sphericalTriangleArea));
    cache.set(key, t);
  }
  return t;
}

/**
 * An island drawn as one closed arc has no fixed points but its start, so Visvalingam would remove every other one
 * and the island would vanish: its two heaviest points are kept too, so it stays at least a triangle.
 */
function keepIslands(t: Atlas): Atlas {
  for (const arc of t.arcs) {
    const [first, last] = [arc[0], arc[arc.length - 1]];
    if (arc.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) continue;
    for (const p of arc
      .slice(1, -1)
      .sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0))
      .slice(0, 2))
      p[2] = Infinity;
  }
  return t;
}

/**
 * The topology without the points weighing less than `minWeight` steradians, and without the rings (islands,
 * lakes) smaller than `minArea` steradians: specks, not shapes. Cached per weight (views share them).
 */
function simplified(specifier: string, minWeight: number, minArea = 0): Atlas {
  const key = `${specifier}@${minWeight}@${minArea}`;
  let t = cache.get(key);
  if (!t) {
    const kept = simplify(weighted(specifier), minWeight);
    // The typings miss sphericalRingArea's second parameter (whether the ring is a hole), which filterWeight passes.
    const area = sphericalRingArea as (ring: [number, number][]) => number;
    t = minArea > 0 ? (filter(kept, filterWeight(kept, minArea, area)) as Atlas) : kept;
    cache.set(key, t);
  }
  return t;
}

function collection(t: Atlas, name: string): GeometryCollection<Named> {
  const o = t.objects[name];
  if (o?.type !== 'GeometryCollection') throw new Error(`topology has no "${name}" collection`);
  return o;
}

/** Country shapes at a Natural Earth scale; feature ids are ISO 3166-1 numeric strings. */
export function countryShapes(res: Resolution): Shapes {
  return shapes(`world-atlas/countries-${res}.json`, 'countries');
}

/** US state shapes (us-atlas, unprojected), `properties.name` is the state name. */
export function stateShapes(): Shapes {
  return shapes('us-atlas/states-10m.json', 'states');
}

const converted = new Map<string, Shapes>();

/** A topology's collection as GeoJSON, converted once per build: every lookup after the first is free. */
function shapes(specifier: string, name: string): Shapes {
  const key = `${specifier}#${name}`;
  let fc = converted.get(key);
  if (!fc) {
    const t = topology(specifier);
    fc = feature(t, collection(t, name)) as Shapes;
    converted.set(key, fc);
  }
  return fc;
}

const ANTARCTICA = '010';

/**
 * Countries in `highlight` and all other land as two unions, plus interior borders; Antarctica is left out (the maps crop it).
 * Two disjoint unions rather than land + highlight on top, so no coastline is drawn twice.
 */
export function worldLayers(
  res: Resolution,
  highlight: ReadonlySet<string>,
  minWeight: number,
  minArea = 0,
): {
  other: MultiPolygon;
  highlight: MultiPolygon;
  borders: MultiLineString;
} {
  const t = simplified(`world-atlas/countries-${res}.json`, minWeight, minArea);
  const geometries = collection(t, 'countries').geometries.filter(
    (g): g is TopoPolygon<Named> | TopoMultiPolygon<Named> => g.id !== ANTARCTICA && (g.type === 'Polygon' || g.type === 'MultiPolygon'),
  );
  const all: GeometryCollection<Named> = { type: 'GeometryCollection', geometries };
  // merge() takes an array of geometries (its typings also allow a collection, which fails at run time).
  return {
    other: rightSideOut(
      merge(
        t,
        geometries.filter((g) => !highlight.has(String(g.id))),
      ),
    ),
    highlight: rightSideOut(
      merge(
        t,
        geometries.filter((g) => highlight.has(String(g.id))),
      ),
    ),
    borders: mesh(t, all, (a, b) => a !== b),
  };
}

/**
 * Drops polygons covering more than half the globe. No country does: such a polygon is a small island whose few
 * kept points wind the other way round (a crescent cut down to the triangle keepIslands leaves, as one Bahamas
 * island at 50m is), and d3, which reads a ring's winding as the side that is inside, would fill everything around it.
 * topojson-simplify keeps points by weight alone and never checks a ring's winding, so this guard stays.
 */
function rightSideOut(mp: MultiPolygon): MultiPolygon {
  return { ...mp, coordinates: mp.coordinates.filter((coordinates) => geoArea({ type: 'Polygon', coordinates }) <= 2 * Math.PI) };
}

/** Borders between US states, for the North American maps where state-level edge locations sit. */
export function stateBorders(minWeight: number): MultiLineString {
  const t = simplified('us-atlas/states-10m.json', minWeight);
  return mesh(t, collection(t, 'states'), (a, b) => a !== b);
}

/** Features grouped by a key, once per collection. */
function groupBy(fc: Shapes, key: (f: Shapes['features'][number]) => string): Map<string, Feature[]> {
  const out = new Map<string, Feature[]>();
  for (const f of fc.features) out.set(key(f), [...(out.get(key(f)) ?? []), f]);
  return out;
}

let validation: ValidationAtlas | undefined;

/** Validation lookups backed by the atlases: countries at 50m, falling back to 10m for ids 50m lacks; indexed once per build. */
export function nodeValidationAtlas(): ValidationAtlas {
  if (validation) return validation;
  const at50 = groupBy(countryShapes('50m'), (f) => String(f.id));
  let at10: Map<string, Feature[]> | undefined;
  const states = groupBy(stateShapes(), (f) => f.properties.name);
  const stateNames = [...states.keys()];
  validation = {
    country(id) {
      const found = at50.get(id);
      if (found) return found;
      at10 ??= groupBy(countryShapes('10m'), (f) => String(f.id));
      return at10.get(id) ?? [];
    },
    state(name) {
      return states.get(name) ?? [];
    },
    countries() {
      return countryShapes('50m').features;
    },
    states() {
      return stateNames;
    },
  };
  return validation;
}
