/**
 * The focus ring is of the accent's family (a blue) and shows: at least 3:1 (WCAG 2.2, 1.4.11 and 2.4.13)
 * against every background it is drawn over, in both themes.
 */
import { describe, expect, it } from 'vitest';
import { readColourTokens } from '../../src/lib/colour-tokens.ts';
import { projectRoot } from '../helpers/paths.ts';

const tokens = readColourTokens(['focus', 'accent', 'bg', 'surface', 'mark'], projectRoot);

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const luminance = (hex: string) => {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
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
