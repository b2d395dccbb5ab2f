import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, viewports, watchProblems } from '../helpers/browser.ts';

const site = useSite();

/** Opens /locations/ afresh in the file's tab for these options; returns the page and the problems it logged. */
async function open(options: BrowserContextOptions): Promise<{ page: Page; problems: string[] }> {
  const page = await site.tab(options);
  const problems = watchProblems(page, site.origin);
  const response = await page.goto(`${site.origin}/locations/`, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  return { page, problems };
}

const visibleCount = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);

/** A marker's tooltip counts as shown when it has a real size on screen. */
const tipShown = (page: Page, slug: string) =>
  page.locator(`#mk-${slug} .mk-tip`).evaluate((el) => el.getBoundingClientRect().width > 40 && getComputedStyle(el).clipPath === 'none');

describe('/locations/ in a browser', () => {
  it.each([
    ['desktop', viewports.desktop],
    ['phone (375 px)', viewports.phone],
    ['small phone (320 px)', { ...viewports.phone, viewport: { width: 320, height: 640 } }],
  ] as const)('loads cleanly and never scrolls sideways: %s', async (_name, options) => {
    const { page, problems } = await open(options);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });

  it('filters Regions, edge locations or both, on the maps and in the table', async () => {
    const { page } = await open(viewports.desktop);
    const counts = async () => [await visibleCount(page, 'a.mk-a'), await visibleCount(page, 'tr[id^="loc-"]')];
    expect(await counts()).toEqual([61, 61]);
    await page.getByLabel('Regions (15)').check();
    expect(await counts()).toEqual([15, 15]);
    expect(await visibleCount(page, 'tr.lt-country th')).toBe(11);
    await page.getByLabel('Edge locations (46)').check();
    expect(await counts()).toEqual([46, 46]);
    await page.getByLabel('Both (61)').check();
    expect(await counts()).toEqual([61, 61]);
  });

  it('shows a marker’s label when it gets keyboard focus', async () => {
    const { page } = await open(viewports.desktop);
    expect(await tipShown(page, 'frankfurt-germany')).toBe(false);
    await page.locator('#mk-frankfurt-germany').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await tipShown(page, 'frankfurt-germany')).toBe(true);
    const name = await page.locator('#mk-frankfurt-germany').evaluate((el) => el.textContent?.replace(/\s+/g, ' ').trim());
    expect(name).toBe('Frankfurt, Germany — Edge location, Germany');
  });

  it('highlights a marker from its table row and a row from its marker', async () => {
    const { page } = await open(viewports.desktop);
    await page.locator('#loc-tokyo-japan').hover();
    await expect.poll(() => page.locator('#mk-tokyo-japan').getAttribute('class')).toMatch(/\bis-hl\b/);
    expect(await tipShown(page, 'tokyo-japan')).toBe(true);
    await page.locator('#mk-europe-london').hover();
    await expect.poll(() => page.locator('#loc-europe-london').getAttribute('class')).toMatch(/\bis-hl\b/);
    expect(await page.locator('#loc-tokyo-japan').getAttribute('class')).not.toMatch(/\bis-hl\b/);
    await page.locator('#loc-madrid-spain a').focus();
    await expect.poll(() => page.locator('#mk-madrid-spain').getAttribute('class')).toMatch(/\bis-hl\b/);
  });

  it('on touch, a first tap shows the label and a second follows the link to the row', async () => {
    const { page } = await open(viewports.phone);
    const marker = page.locator('#mk-new-jersey-united-states');
    await marker.scrollIntoViewIfNeeded();
    await marker.tap();
    expect(await tipShown(page, 'new-jersey-united-states')).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    await marker.tap();
    await expect.poll(() => new URL(page.url()).hash).toBe('#loc-new-jersey-united-states');
  });

  it('keeps every marker a 24 px target, apart from its neighbours, on a 320 px screen', async () => {
    const { page } = await open({ ...viewports.phone, viewport: { width: 320, height: 640 } });
    const boxes = await page.locator('a.mk-a').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { map: e.closest('figure')?.id, x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width, h: r.height };
      }),
    );
    expect(boxes).toHaveLength(61);
    for (const [i, a] of boxes.entries()) {
      expect(a.w).toBeGreaterThanOrEqual(24);
      expect(a.h).toBeGreaterThanOrEqual(24);
      for (const b of boxes.slice(i + 1).filter((b) => b.map === a.map))
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(24);
    }
  });

  it.each([
    ['desktop', viewports.desktop],
    ['phone', viewports.phone],
    ['small phone', { ...viewports.phone, viewport: { width: 320, height: 640 } }],
  ] as const)('never lets two always-on labels or captions overlap, nor leave their map: %s', async (_name, options) => {
    const { page } = await open(options);
    const shown = (selector: string) =>
      page.locator(selector).evaluateAll((els) =>
        els
          .filter((e) => getComputedStyle(e).display !== 'none')
          .map((e) => ({
            map: e.closest('figure')?.id,
            text: e.textContent?.trim(),
            r: e.getBoundingClientRect().toJSON() as DOMRect,
            stage: e.closest('.mv-stage')!.getBoundingClientRect().toJSON() as DOMRect,
          })),
      );
    const labels = await shown('.mk-name');
    const captions = await shown('.mv-frame-cap, .mv-frame-letter');
    // Desktop: every label. Phones: names where they fit, numbers (in the map's key) where they do not.
    expect(labels.length).toBeGreaterThanOrEqual(options === viewports.desktop ? 61 : 20);
    if (options !== viewports.desktop) expect(labels.filter((l) => /^\d+$/.test(l.text ?? '')).length).toBeGreaterThan(0);
    const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
    const all = [...labels, ...captions];
    for (const [i, a] of all.entries()) {
      for (const b of all.slice(i + 1).filter((b) => b.map === a.map)) expect(apart(a.r, b.r), `${a.text} overlaps ${b.text}`).toBe(true);
    }
    // Text is measured in the browser's own font, not the estimate the build placed it with.
    for (const { text, r, stage } of labels) {
      const inside =
        r.left >= stage.left - 0.5 && r.right <= stage.right + 0.5 && r.top >= stage.top - 0.5 && r.bottom <= stage.bottom + 0.5;
      expect(inside, `${text} leaves its map`).toBe(true);
    }
  });

  it('follows the dark theme', async () => {
    const colour = async (options: BrowserContextOptions) => {
      const { page } = await open(options);
      const c = await page.locator('#mk-europe-frankfurt .ki').evaluate((el) => getComputedStyle(el).backgroundColor);
      return c;
    };
    const light = await colour({ ...viewports.desktop, colorScheme: 'light' });
    const dark = await colour({ ...viewports.desktop, colorScheme: 'dark' });
    expect(light).not.toBe(dark);
  });
});
