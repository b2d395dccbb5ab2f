/**
 * A table of report text (the 2019-shaped fixture's Attachment B, in the report-shapes site): at 320 px it reflows
 * within the screen; with a larger font setting it scrolls in its own box, which the keyboard can focus and scroll; Tab from the
 * table reaches its ¶ control, which copies its link; on paper it is printed whole. The periods table of /reports/
 * scrolls in a box of its own on a phone in the same way.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, viewports, watchProblems } from '../helpers/browser.ts';
import { shapesPublicUrl, shapesRoot } from '../helpers/shapes-site.ts';

const site = useSite(shapesRoot);
/** The 2019-shaped period, at its pinned addresses (the root shows the latest period, another shape). */
const p19 = '2019-04-01--2019-09-30';

async function open(path: string, options: BrowserContextOptions): Promise<{ page: Page; problems: string[] }> {
  const page = await site.tab(options);
  const problems = watchProblems(page, site.origin);
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  return { page, problems };
}
const focused = (page: Page) => page.evaluate(() => document.activeElement?.closest('[id]')?.id + ' ' + document.activeElement?.className);

describe('a table in report text', () => {
  it('at 320 px is read within the screen: the page does not scroll sideways', async () => {
    const { page, problems } = await open(`/${p19}/sections/attachment-b/`, { viewport: { width: 320, height: 640 } });
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(320);
    const right = await page.locator('#attachment-b-p1 table').evaluate((t) => t.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(320);
    expect(problems).toEqual([]);
  });

  it('with larger text on 320 px, scrolls sideways in its own box, which the keyboard scrolls', async () => {
    const context = await site.context({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    // A reader's font-size setting at 200 % (as tests/e2e/reflow.test.ts sets it): the cells no longer fit side by side.
    await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.goto(`${site.origin}/${p19}/sections/attachment-b/`, { waitUntil: 'networkidle' });
    const box = page.locator('#attachment-b-p1 > .scroll');
    expect(await box.evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
    expect(await box.evaluate((b) => b.getBoundingClientRect().right)).toBeLessThanOrEqual(320);
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((b) => b.scrollLeft)).toBeGreaterThan(0);
  });

  it('Tab from a click in the table focuses its ¶ control, which copies the table’s link', async () => {
    const { page, problems } = await open(`/${p19}/sections/attachment-b/`, viewports.desktop);
    await page.locator('#attachment-b-p1 td').first().click();
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toMatch(/^attachment-b-p1 .*block-anchor/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${shapesPublicUrl}${p19}/sections/attachment-b/#attachment-b-p1`);
    expect(problems).toEqual([]);
  });

  it('on paper, is printed whole: no scroll box, black rules', async () => {
    const { page } = await open(`/${p19}/report/`, viewports.desktop);
    await page.emulateMedia({ media: 'print' });
    const box = page.locator('#attachment-b-p1 > .scroll');
    expect(await box.evaluate((b) => getComputedStyle(b).overflowX)).toBe('visible');
    expect(
      await page
        .locator('#attachment-b-p1 td')
        .first()
        .evaluate((td) => getComputedStyle(td).borderTopColor),
    ).toBe('rgb(0, 0, 0)');
  });

  it('/reports/: the periods table scrolls in its own named box on a phone, which the keyboard scrolls, with a shadow at each edge it runs past', async () => {
    const { page, problems } = await open('/reports/', { viewport: { width: 375, height: 812 } });
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(375);
    const box = page.locator('.timeline .table-scroll');
    expect(await box.getAttribute('aria-label')).toMatch(/scrolls sideways/);
    expect(await box.evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
    // The edges with a visible inset shadow (a positive offset lies along the left edge, a negative the right).
    const edges = () =>
      box.evaluate((b) =>
        Array.from(getComputedStyle(b).boxShadow.matchAll(/rgba?\(([^)]*)\) (-?\d+)px 0px [^,]*inset/g))
          .filter((m) => Number(m[1]!.split(',')[3] ?? 1) > 0)
          .map((m) => (Number(m[2]) > 0 ? 'left' : 'right')),
      );
    await expect.poll(edges).toEqual(['right']);
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((b) => b.scrollLeft)).toBeGreaterThan(0);
    await expect.poll(edges).toEqual(['left', 'right']);
    await box.evaluate((b) => (b.scrollLeft = b.scrollWidth));
    await expect.poll(edges).toEqual(['left']);
    // Where the table fits, no shadow.
    await page.setViewportSize({ width: 1280, height: 812 });
    await page.reload();
    await expect.poll(() => box.evaluate((b) => [b.scrollWidth - b.clientWidth, getComputedStyle(b).boxShadow])).toEqual([0, 'none']);
    expect(problems).toEqual([]);
  });
});
