import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { page, readDist, squash } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

const doc = page('/locations/');
const html = readDist('/locations/');
const geojson = JSON.parse(readDist('/locations.geojson')) as {
  type: string;
  features: { type: string; id: string; geometry: { type: string; coordinates: [number, number] }; properties: Record<string, string> }[];
};
const markers = Array.from(doc.querySelectorAll<HTMLAnchorElement>('a.mk-a'));
const rows = Array.from(doc.querySelectorAll<HTMLTableRowElement>('tr[id^="loc-"]'));
const text = (el: Element | null | undefined) => squash(el?.textContent ?? '');

describe('/locations/', () => {
  it('has 61 markers, 15 Regions and 46 edge locations, each a link to its table row', () => {
    expect(markers).toHaveLength(61);
    expect(markers.filter((m) => m.closest('[data-kind="region"]'))).toHaveLength(15);
    for (const m of markers) {
      const slug = m.id.replace(/^mk-/, '');
      expect(m.getAttribute('href')).toBe(`#loc-${slug}`);
      expect(doc.getElementById(`loc-${slug}`)?.tagName).toBe('TR');
    }
  });

  it('names each marker "name — kind, country[, code]"', () => {
    const ohio = markers.find((m) => m.id === 'mk-us-east-ohio');
    expect(text(ohio)).toBe('US East (Ohio) — Region, United States, us-east-2');
    expect(text(markers.find((m) => m.id === 'mk-london-england'))).toBe('London, England — Edge location, United Kingdom');
    for (const m of markers) expect(text(m)).toMatch(/^.+ — (Region, .+, [a-z]{2}(-gov)?-[a-z]+-\d|Edge location, [^,]+)$/);
  });

  it('lists the same 61 locations in the table, grouped by continent and country, each linking back to its marker', () => {
    expect(rows).toHaveLength(61);
    const markerNames = markers.map((m) => text(m).split(' — ')[0]).sort();
    const rowNames = rows.map((r) => text(r.querySelector('th[scope="row"]'))).sort();
    expect(rowNames).toEqual(markerNames);
    for (const r of rows) expect(r.querySelector('a')?.getAttribute('href')).toBe(`#mk-${r.id.replace(/^loc-/, '')}`);
    const continents = Array.from(doc.querySelectorAll('.lt-continent th'), (th) => text(th));
    expect(continents).toEqual(['Asia', 'Europe', 'North America', 'Oceania', 'South America']);
    const usRows = doc.querySelector('tr[id="loc-texas-united-states"]')?.closest('tbody');
    expect(text(usRows?.querySelector('th[scope="rowgroup"]'))).toBe('United States');
  });

  it('gives each Region its code in the table, and edge locations none', () => {
    const cells = rows.map((r) => [r.getAttribute('data-kind'), text(r.querySelectorAll('td')[1])]);
    expect(cells.filter(([k, c]) => k === 'region' && /^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(c!))).toHaveLength(15);
    expect(cells.filter(([k, c]) => k === 'edge' && c === '')).toHaveLength(46);
  });

  it('states the counts as the site’s own summary, and links the GeoJSON', () => {
    const note = doc.querySelector('[data-summary]');
    expect(note?.classList.contains('site-note')).toBe(true);
    expect(text(note)).toMatch(/15 Regions and 46 edge locations in 23 countries \(the site’s count/);
    expect(note?.querySelector('a[href="/locations.geojson"]')).not.toBeNull();
    expect(text(note)).toMatch(/from the GeoNames gazetteer/);
  });

  it('offers a Regions / edge locations / both filter', () => {
    const radios = Array.from(doc.querySelectorAll<HTMLInputElement>('input[name="loc-kind"]'));
    expect(radios.map((r) => r.value)).toEqual(['all', 'region', 'edge']);
    expect(radios[0]?.hasAttribute('checked')).toBe(true);
  });

  it('draws every map as an inline SVG that scales (viewBox, width and height for its ratio)', () => {
    const svgs = Array.from(doc.querySelectorAll('svg.mv-svg'));
    // Insets planned from where the locations are, west to east, a closer inset right after the one it zooms into.
    expect(svgs.map((s) => s.closest('figure')?.id)).toEqual([
      'map-world',
      'map-north-america',
      'map-eastern-united-states-and-canada',
      'map-south-america',
      'map-europe',
      'map-india',
      'map-eastern-asia',
      'map-oceania',
    ]);
    for (const s of svgs) {
      const [, , w, h] = (s.getAttribute('viewBox') ?? '').split(' ').map(Number);
      expect(s.getAttribute('width')).toBe(String(w));
      expect(s.getAttribute('height')).toBe(String(h));
      expect(s.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('allows its one inline stylesheet (marker positions) by hash in the Content-Security-Policy', () => {
    const style = doc.querySelector('svg.mv-svg style');
    const css = style?.textContent ?? '';
    expect(css).toMatch(/#map-europe \.p-frankfurt-germany\{left:[\d.]+%;top:[\d.]+%\}/);
    const hash = `sha256-${createHash('sha256').update(css).digest('base64')}`;
    const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain(`'${hash}'`);
    expect(html).not.toMatch(/<(li|span|a|div)[^>]* style="/);
  });
});

describe('/locations.geojson', () => {
  it('is a FeatureCollection of 61 Points with [lon, lat] and the table’s names, verbatim', () => {
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(61);
    for (const f of geojson.features) {
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(Object.keys(f.properties)).toEqual(
        f.properties['kind'] === 'region' ? ['name', 'kind', 'country', 'code', 'period'] : ['name', 'kind', 'country', 'period'],
      );
    }
    expect(geojson.features.map((f) => f.properties['name']).sort()).toEqual(rows.map((r) => text(r.querySelector('th'))).sort());
    const frankfurt = geojson.features.find((f) => f.properties['name'] === 'Europe (Frankfurt)');
    expect(frankfurt?.geometry.coordinates).toEqual([8.68, 50.12]);
    expect(frankfurt?.properties['code']).toBe('eu-central-1');
    expect(geojson.features.filter((f) => f.properties['kind'] === 'region')).toHaveLength(15);
  });
});

describe('weight', () => {
  const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
  const assets = (re: RegExp) => Array.from(html.matchAll(re), (m) => readFileSync(join(distDir, m[1]!)));

  it('keeps the whole page (HTML, CSS, JS) under 100 KB compressed', () => {
    const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="(\/_astro\/[^"]+\.css)"/g);
    const js = assets(/<script[^>]+src="(\/_astro\/[^"]+\.js)"/g);
    const total = gz(html) + css.reduce((n, b) => n + gz(b), 0) + js.reduce((n, b) => n + gz(b), 0);
    expect(total).toBeLessThan(100_000);
  });

  it('ships no topology JSON: maps are drawn at build time', () => {
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(distDir, f)).isFile());
    for (const f of files.filter((f) => /\.(json|js)$/.test(f) && !f.startsWith('pagefind'))) {
      expect(readFileSync(join(distDir, f), 'utf8'), f).not.toMatch(/"type":\s*"Topology"/);
    }
  });
});
