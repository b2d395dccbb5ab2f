import { describe, expect, it } from 'vitest';
import { axeSweep, oneOfEachType, perCheck, type AxeCheck, type AxeSetting } from '../helpers/axe.ts';
import { sitemapPaths } from '../helpers/dist.ts';
import { useSite } from '../helpers/browser.ts';

const site = useSite();

/**
 * One page of each type (the first of each top-level path in the sitemap, and the 404 page) with every axe rule in
 * the settings the sweep of every page (tests/e2e/accessibility.test.ts, light theme at 1280 px) leaves: the dark
 * theme at 1280 px, and 375 px in both themes. Then the keyboard: the skip link and the focus ring.
 */
const others: AxeSetting[] = [
  { theme: 'dark', width: 1280 },
  { theme: 'dark', width: 375 },
  { theme: 'light', width: 375 },
];

describe('axe (WCAG 2.2 A and AA): no violations on a page of each type, in the other themes and widths', () => {
  const types = oneOfEachType(sitemapPaths());

  it(
    `one page of each type, also in the ${others.map((c) => `${c.theme} theme at ${c.width} px`).join(', ')}`,
    async () => {
      // At each width, a page is loaded once and checked in its themes in turn (AxeCheck).
      const widths = [...new Set(others.map((s) => s.width))];
      const checks = types.flatMap((path): AxeCheck[] =>
        widths.map((width) => ({ path, width, themes: others.filter((s) => s.width === width).map((s) => s.theme) })),
      );
      const { checked, failures } = await axeSweep(site, checks);
      expect(types.length).toBeGreaterThan(10);
      expect(checked).toBe(types.length * others.length);
      expect(failures).toEqual([]);
    },
    types.length * others.length * perCheck,
  );
});

describe('keyboard', () => {
  it('reaches the skip link first, and it moves focus to the content', async () => {
    const page = await site.tab({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/categories/compute/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      top: document.activeElement?.getBoundingClientRect().top,
    }));
    expect(skip.text).toBe('Skip to content');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('shows a visible focus ring on links', async () => {
    const page = await site.tab({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
  });
});
