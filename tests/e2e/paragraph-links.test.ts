/**
 * The link controls of paragraphs, list items and headings (¶ and #) are out of the tab order, so a long page does
 * not cost a keyboard user hundreds of stops; Tab from the reader's place in a block reaches its control in one
 * step, and a screen reader finds it as a link right after the block's words.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, viewports, watchProblems } from '../helpers/browser.ts';
import { localPreviewUrl } from '../helpers/paths.ts';

const site = useSite();

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await site.tab(viewports.desktop);
  const problems = watchProblems(page, site.origin);
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  return { page, problems };
}

/** Walks the page's tab order from the top until focus comes back round: what each stop is. */
async function tabStops(page: Page): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < 1000; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const seen = ((window as unknown as { seenStops?: Set<Element> }).seenStops ??= new Set());
      const active = document.activeElement;
      if (!active || active === document.body || seen.has(active)) return null;
      seen.add(active);
      return active.matches('.link-control') ? 'link control' : active.tagName.toLowerCase();
    });
    if (stop === null) return stops;
    stops.push(stop);
  }
  throw new Error('the tab order never came back round in 1000 stops');
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.closest('[id]')?.id + ' ' + document.activeElement?.className);

describe('paragraph and heading links off the tab order', () => {
  it('/report/: no link control is a tab stop, and the page has fewer tab stops than paragraphs', async () => {
    const { page } = await open('/report/');
    const controls = await page.locator('main .link-control').count();
    const paragraphs = await page.locator('main p').count();
    const blocks = await page.locator('main .block-anchor').count();
    expect(blocks).toBeGreaterThan(150);
    const stops = await tabStops(page);
    expect(stops.filter((s) => s === 'link control')).toEqual([]);
    // Before, every control was one: 472 stops for 179 blocks and 73 headings. What is left is the page's links.
    expect(stops.length).toBeLessThan(controls);
    expect(stops.length).toBeLessThan(472 - blocks);
    // The scope lists are the report's text here, not 112 links (each service keeps its "Service page" link).
    expect(stops.length).toBeLessThan(paragraphs);
    expect(await page.locator('main ul.scope li > a:not(.link-control), main a.region').count()).toBe(0);
  }, 120_000);

  it('Tab from where the reader clicked in a paragraph focuses its ¶ control, which copies its link', async () => {
    const { page, problems } = await open('/categories/storage/');
    const paragraph = page.locator('#amazon-glacier-p1');
    await paragraph.click({ position: { x: 40, y: 10 } });
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('amazon-glacier-p1 block-anchor link-control');
    const control = paragraph.locator('> .block-anchor');
    await expect.poll(() => control.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${localPreviewUrl}categories/storage/#amazon-glacier-p1`);
    // The menu follows its control: the next Tab offers the citation.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Copy citation');
    expect(problems).toEqual([]);
  });

  it('Tab after following the contents to a heading focuses its # control', async () => {
    const { page } = await open('/report/');
    const entry = page.locator('.toc-column a[href="#people"]');
    await entry.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#people');
    // hashchange is dispatched a moment after the address changes; a reader's Tab comes after the page has moved.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('people heading-anchor link-control');
    // From there Tab goes on through the page.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('.link-control'))).toBe(false);
  });

  it('Tab on arriving by a paragraph’s link focuses that paragraph’s control', async () => {
    const { page } = await open('/report/#amazon-glacier-p1');
    // A reader presses Tab once the page shows the paragraph the link led to.
    await expect.poll(() => page.locator('#amazon-glacier-p1').isVisible()).toBe(true);
    await page
      .locator('#amazon-glacier-p1')
      .evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('amazon-glacier-p1 block-anchor link-control');
  });

  it('a screen reader meets each control as a link named for its block, right after the block’s words', async () => {
    const { page } = await open('/sections/management-assertion/');
    const item = page.locator('#management-assertion-p3-2');
    const snapshot = await item.ariaSnapshot();
    // The item's words, then its link, last: the next thing a screen reader reads.
    expect(snapshot).toMatch(
      /- text: Ineffective controls at a vendor or business partner\n\s*- link "Copy link to paragraph 3, item 2":\n\s*- \/url: "#management-assertion-p3-2"$/,
    );
  });
});
