import { describe, expect, it } from 'vitest';
import { axeViolations, colourRules } from '../helpers/axe.ts';
import { sitemapPaths } from '../helpers/dist.ts';
import { useSite } from '../helpers/browser.ts';

const site = useSite();

/**
 * Each page is checked in both themes at both widths: one load, the theme and width changed in place. Every rule
 * runs in the light theme at each width (the layout differs); the dark theme changes colours only, so there
 * the colour rules run (see colourRules).
 */
const combos = [
  { theme: 'light', width: 1280, rules: undefined },
  { theme: 'dark', width: 1280, rules: colourRules },
  { theme: 'dark', width: 375, rules: colourRules },
  { theme: 'light', width: 375, rules: undefined },
] as const;
/** Pages checked at once: axe runs in each page’s renderer; three keep both cores of a CI machine busy while one waits. */
const concurrency = 3;

describe('axe (WCAG 2.2 A and AA): no violations on any page of the sitemap', () => {
  const paths = sitemapPaths();

  it('found the sitemap’s pages', () => {
    expect(paths.length).toBeGreaterThan(75);
  });

  it(`every page, in the ${combos.map((c) => `${c.theme} theme at ${c.width} px`).join(', ')}`, async () => {
    const context = await site.browser.newContext({ viewport: { width: combos[0].width, height: 900 } });
    const queue = [...paths];
    const failures: string[] = [];
    let checked = 0;
    const worker = async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await page.setViewportSize({ width: combos[0].width, height: 900 });
        await page.emulateMedia({ colorScheme: combos[0].theme });
        await page.goto(site.origin + path);
        for (const { theme, width, rules } of combos) {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme: theme });
          for (const v of await axeViolations(page, rules)) failures.push(`${path} (${theme}, ${width} px): ${v}`);
          checked++;
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    await context.close();
    expect(checked).toBe(paths.length * combos.length);
    expect(failures).toEqual([]);
  }, 300_000);
});

describe('keyboard', () => {
  it('reaches the skip link first, and it moves focus to the content', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
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
    await context.close();
  });

  it('shows a visible focus ring on links', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await context.close();
  });
});
