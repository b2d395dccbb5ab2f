/**
 * The focus ring is of the accent's family (a blue) and shows: at least 3:1 (WCAG 2.2, 1.4.11 and 2.4.13)
 * against every background it is drawn over, in both themes. Errors have a colour of their own, readable in both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readColourTokens } from '../../src/lib/colour-tokens.ts';
import { projectRoot } from '../helpers/paths.ts';

const tokens = readColourTokens(['focus', 'accent', 'bg', 'surface', 'mark', 'error', 'fg'], projectRoot);

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const luminance = (hex: string) => {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
/** `a` mixed into `b` at `share` (0–1), per sRGB channel: CSS color-mix(in srgb, a share, b). */
const mix = (a: string, share: number, b: string) =>
  `#${channels(a)
    .map((c, i) => Math.round((c * share + channels(b)[i]! * (1 - share)) * 255))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
/** The hue in degrees. */
const hue = (hex: string) => {
  const [r, g, b] = channels(hex) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
};

describe.each(['light', 'dark'] as const)('the focus ring, %s theme', (theme) => {
  const focus = tokens.focus[theme];

  it.each(['bg', 'surface', 'mark'] as const)('has at least 3:1 against --%s', (background) => {
    expect(contrast(focus, tokens[background][theme])).toBeGreaterThanOrEqual(3);
  });

  it('is of the accent’s hue (within 15°), not a warning colour', () => {
    expect(Math.abs(hue(focus) - hue(tokens.accent[theme]))).toBeLessThan(15);
  });
});

describe.each(['light', 'dark'] as const)('the error colour, %s theme', (theme) => {
  const error = tokens.error[theme];

  it('reads as text on the page (4.5:1) and as a border on a panel (3:1)', () => {
    expect(contrast(error, tokens.bg[theme])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(error, tokens.surface[theme])).toBeGreaterThanOrEqual(3);
  });

  it('keeps the text readable on its tinted box (search.css: 10% of it over the page)', () => {
    expect(contrast(tokens.fg[theme], mix(error, 0.1, tokens.bg[theme]))).toBeGreaterThanOrEqual(4.5);
  });

  it('is not the focus ring’s blue: a red, far from its hue', () => {
    expect(Math.abs(hue(error) - hue(tokens.focus[theme]))).toBeGreaterThan(90);
    expect(hue(error) < 30 || hue(error) > 330).toBe(true);
  });
});

it('search errors use the error colour, not the focus ring’s', () => {
  const css = readFileSync(join(projectRoot, 'src/components/search/search.css'), 'utf8');
  expect(css).toMatch(/--pf-error-border:\s*var\(--error\)/);
  expect(css).toMatch(/--pf-error-bg:[^;]*var\(--error\)/);
  expect(css).not.toMatch(/--pf-error[\w-]*:[^;]*var\(--focus\)/);
});
