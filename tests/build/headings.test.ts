import { describe, expect, it } from 'vitest';
import { builtPages, page } from '../helpers/dist.ts';

describe('headings form an outline', () => {
  it.each(builtPages())('%s: one h1, no skipped levels', (path) => {
    const levels = Array.from(page(path).querySelectorAll('h1, h2, h3, h4, h5, h6'), (h) => Number(h.tagName[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    const skips = levels.flatMap((l, i) => (i > 0 && l > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${l}`] : []));
    expect(skips).toEqual([]);
  });
});
