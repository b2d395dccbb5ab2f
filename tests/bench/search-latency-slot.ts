/** The call site for tests/bench/search-latency.ts (another engineer's module): run it when it exists, never make numbers up. */
import { existsSync } from 'node:fs';
import { printTable } from './table.ts';

const moduleUrl = new URL('./search-latency.ts', import.meta.url);

export type SearchLatency = { available: true; result: unknown } | { available: false; notice: string };

export async function searchLatency(origin: string): Promise<SearchLatency> {
  if (!existsSync(moduleUrl)) return { available: false, notice: 'search latency: not available (tests/bench/search-latency.ts missing)' };
  try {
    const { measureSearch } = (await import(moduleUrl.href)) as { measureSearch: (origin: string) => Promise<unknown> };
    return { available: true, result: await measureSearch(origin) };
  } catch (error) {
    return {
      available: false,
      notice: `search latency: failed in tests/bench/search-latency.ts: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => (typeof v === 'number' ? String(Math.round(v * 100) / 100) : JSON.stringify(v));

/** One row per field, nested fields as dotted paths; a record of plain numbers on one row, long arrays left to bench.json. */
function rows(value: unknown, path: string): string[][] {
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (path && entries.every(([, v]) => typeof v === 'number')) return [[path, entries.map(([k, v]) => `${k} ${show(v)}`).join(', ')]];
    return entries.flatMap(([k, v]) => rows(v, path ? `${path}.${k}` : k));
  }
  if (Array.isArray(value) && value.length > 10) return [[path, `${value.length} values (in bench.json)`]];
  return [[path || 'result', show(value)]];
}

/** Prints the fields measureSearch returned, as they are. */
export function printSearchLatency(latency: SearchLatency): void {
  if (!latency.available) {
    console.log(`\n${latency.notice}`);
    return;
  }
  printTable('Search (tests/bench/search-latency.ts, measureSearch: its fields as returned)', ['field', 'value'], rows(latency.result, ''));
}
