import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, viewports, watchProblems } from '../helpers/browser.ts';

const site = useSite();

const visibleServices = (page: Page) => page.locator('#catalog-table tr[data-match]:visible a').allTextContents();
const visibleGroups = (page: Page) => page.locator('#catalog-table tbody:visible .group a').allTextContents();

describe('the services catalog', () => {
  it('lists all 51 services by category in the report order, each linking to its page, without JavaScript', async () => {
    const page = await site.tab({ ...viewports.desktop, javaScriptEnabled: false });
    await page.goto(`${site.origin}/services/`);
    await expect(visibleServices(page)).resolves.toHaveLength(51);
    const groups = await visibleGroups(page);
    expect(groups).toHaveLength(14);
    expect(groups.slice(0, 3)).toEqual(['Compute', 'Storage', 'Database']);
    expect(await page.locator('#catalog-table tr[data-match] a').first().getAttribute('href')).toBe('/services/auto-scaling/');
    // The filter needs the script, so without it nothing half-works is shown.
    await expect(page.locator('[data-catalog-tools]').isVisible()).resolves.toBe(false);
  });

  it('narrows as you type: by abbreviation, name or category', async () => {
    const page = await site.tab(viewports.desktop);
    const problems = watchProblems(page, site.origin);
    await page.goto(`${site.origin}/services/`, { waitUntil: 'networkidle' });
    const filter = page.locator('#catalog-filter');
    await filter.pressSequentially('s3');
    await expect(visibleServices(page)).resolves.toEqual(['Amazon Simple Storage Service (S3)', 'Amazon S3 Transfer Acceleration']);
    await expect(page.locator('[data-catalog-count]').textContent()).resolves.toBe('2 of 51 services');
    await expect(visibleGroups(page)).resolves.toEqual(['Storage', 'Networking']);
    await filter.fill('');
    await filter.pressSequentially('lambda');
    await expect(visibleServices(page)).resolves.toEqual(['AWS Lambda', 'AWS Lambda@Edge']);
    await filter.fill('messaging');
    await expect(visibleServices(page)).resolves.toHaveLength(3);
    await filter.fill('no such service');
    await expect(visibleServices(page)).resolves.toEqual([]);
    await expect(page.locator('[data-catalog-empty]').isVisible()).resolves.toBe(true);
    await page.locator('[data-catalog-reset]').click();
    await expect(visibleServices(page)).resolves.toHaveLength(51);
    await expect(filter.inputValue()).resolves.toBe('');
    expect(problems).toEqual([]);
  });

  it('shows only the chosen categories, together with the text filter', async () => {
    const page = await site.tab(viewports.desktop);
    await page.goto(`${site.origin}/services/`, { waitUntil: 'networkidle' });
    const chip = (name: string) => page.locator('[data-catalog-tools] button[data-category]', { hasText: name });
    await chip('Messaging').click();
    await expect(chip('Messaging').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(visibleGroups(page)).resolves.toEqual(['Messaging']);
    await chip('Desktop').click();
    await expect(visibleGroups(page)).resolves.toEqual(['Messaging', 'Desktop']);
    await page.locator('#catalog-filter').fill('queue');
    await expect(visibleServices(page)).resolves.toEqual(['Amazon Simple Queue Service (SQS)']);
    await chip('Messaging').click();
    await expect(visibleServices(page)).resolves.toEqual([]);
  });

  it('stays readable on a phone: no sideways scrolling, column headers stick on the long list', async () => {
    for (const width of [320, 375]) {
      const page = await site.tab({ ...viewports.phone, viewport: { width, height: 700 } });
      await page.goto(`${site.origin}/services/`, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), `${width} px`).toBeLessThanOrEqual(0);
      const table = await page.locator('#catalog-table').boundingBox();
      expect(table!.x + table!.width, `${width} px`).toBeLessThanOrEqual(width);
      await page.locator('#catalog-table tr[data-match]', { hasText: 'Amazon WorkSpaces' }).scrollIntoViewIfNeeded();
      const header = await page.locator('#catalog-table thead th').first().boundingBox();
      expect(header!.y, `${width} px: the header row stays at the top`).toBeGreaterThanOrEqual(-1);
      expect(header!.y).toBeLessThan(5);
    }
  });
});
