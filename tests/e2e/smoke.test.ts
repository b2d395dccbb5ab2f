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
