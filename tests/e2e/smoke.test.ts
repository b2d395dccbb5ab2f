import { describe, expect, it } from 'vitest';
import { useSite, viewports, watchProblems } from '../helpers/browser.ts';

const site = useSite();

const pages = [
  { path: '/', heading: 'Amazon Web Services System' },
  { path: '/categories/compute/', heading: 'Compute' },
  { path: '/services/amazon-simple-storage-service-s3/', heading: 'Amazon Simple Storage Service (S3)' },
];

describe.each(Object.entries(viewports))('at %s size', (_name, options) => {
  it.each(pages)('$path loads cleanly and fits the screen', async ({ path, heading }) => {
    const page = await site.tab(options);
    const problems = watchProblems(page, site.origin);
    const response = await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe(heading);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });
});

describe('a page shorter than the screen', () => {
  it.each(['light', 'dark'] as const)('has its footer reach the bottom of the screen, in the %s theme', async (colorScheme) => {
    const page = await site.tab({ ...viewports.phone, colorScheme });
    await page.goto(`${site.origin}/changes/`);
    const { below, footer, canvas } = await page.evaluate(() => {
      const el = document.querySelector('.site-footer')!;
      return {
        below: innerHeight - el.getBoundingClientRect().bottom,
        footer: getComputedStyle(el).backgroundColor,
        canvas: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
    // The page is short (the earliest period's "What changed"): below its footer is the canvas, in the footer's colour.
    expect(below).toBeGreaterThan(0);
    expect(canvas).toBe(footer);
  });
});
