import type { ViewModel } from './map-model.ts';
import { labelCss } from './static-labels.ts';

/**
 * Where each marker, dot, inset frame and short label sits over its map, as one stylesheet for the page.
 * Why a stylesheet and not style="" attributes: the site's Content-Security-Policy allows inline
 * styles only by hash, and one hashed <style> element is far cheaper than a hash per attribute.
 * Selectors: `#map-<view> .p-<slug>` (marker), `.d-<slug>` (dot), `.f-<inset>` (frame); then the short labels'
 * placement per width tier ({@link labelCss}), generated from the numbers the build placed them with.
 */
export function positionCss(models: readonly ViewModel[]): string {
  const rules: string[] = [];
  for (const m of models) {
    const scope = `#map-${m.view.id}`;
    const at = (x: number, y: number): string => `left:${pct(x, m.width)};top:${pct(y, m.height)}`;
    for (const k of m.markers) rules.push(`${scope} .p-${k.loc.slug}{${at(k.x, k.y)}}`);
    for (const d of m.dots) rules.push(`${scope} .d-${d.loc.slug}{${at(d.x, d.y)}}`);
    for (const f of m.frames) {
      rules.push(`${scope} .f-${f.view.id}{${at(f.x, f.y)};width:${pct(f.w, m.width)};height:${pct(f.h, m.height)}}`);
    }
  }
  return [...rules, labelCss()].join('\n');
}

function pct(v: number, of: number): string {
  return `${+((v / of) * 100).toFixed(2)}%`;
}
