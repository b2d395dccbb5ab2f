/**
 * The header on a phone and a desktop: on a 375 × 812 phone the page's title starts within the first 200 px,
 * the report's identity takes one line and all navigation is behind one control; the report's age beside
 * "Latest", written at build time and kept true in the page by the reader's clock.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { reportAge } from '../../src/lib/report-age.ts';
import { useSite, viewports, watchProblems } from '../helpers/browser.ts';

const site = useSite();
const phone = { ...viewports.phone, viewport: { width: 375, height: 812 } } satisfies BrowserContextOptions;
const periodEnd = new Date('2017-09-30');

async function open(path: string, options: BrowserContextOptions, now?: Date): Promise<{ page: Page; problems: string[] }> {
  // A fake clock cannot be taken off a tab: a test that sets one gets a context of its own.
  const page = now ? await (await site.context(options)).newPage() : await site.tab(options);
  if (now) await page.clock.setFixedTime(now);
  const problems = watchProblems(page, site.origin);
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  return { page, problems };
}

const pages = {
  home: '/',
  section: '/sections/aws-background/',
  category: '/categories/compute/',
  service: '/services/aws-lambda/',
  'full report': '/report/',
};

describe('the header on a 375 × 812 phone', () => {
  it.each(Object.entries(pages))('%s: the title starts within the first 200 px, the identity on one line', async (_name, path) => {
    const { page, problems } = await open(path, phone);
    const top = await page.locator('main h1').evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeLessThan(200);
    const line = await page.locator('.identity .line').evaluate((l) => ({
      height: l.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(l).lineHeight),
      clipped: l.scrollWidth > l.clientWidth,
    }));
    expect(line.height).toBeLessThan(line.lineHeight * 1.5);
    expect(line.clipped, 'the identity line fits without being cut').toBe(false);
    expect(problems).toEqual([]);
  });

  it('puts all navigation behind one control, which opens over the page with the destinations and the contents', async () => {
    const { page } = await open('/services/aws-lambda/', phone);
    // In the header's first row: the site's name, search and the menu button, nothing else to tap.
    const firstRow = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input')]
        .filter((e) => e.checkVisibility() && e.getBoundingClientRect().top >= 0 && e.getBoundingClientRect().top < 60)
        .map((e) =>
          e.closest('.search-control')
            ? 'search'
            : e.tagName === 'SUMMARY'
              ? 'menu'
              : e.classList.contains('brand')
                ? 'brand'
                : e.outerHTML,
        ),
    );
    expect(firstRow).toEqual(['brand', 'search', 'menu']);
    await page.locator('.contents > summary').click();
    await expect.poll(() => page.locator('.contents').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const panel = page.locator('.contents .panel');
    for (const name of ['Full report', 'Services', 'Locations', 'All reports', 'Management assertion', 'Compute 8 services'])
      await expect(panel.getByRole('link', { name, exact: true }).isVisible(), name).resolves.toBe(true);
    await expect(panel.getByRole('radio', { name: 'Dark' }).count()).resolves.toBe(1);
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  });

  it('closes the menu on Escape and gives the focus back to its button, opened by a tap or by the keyboard', async () => {
    const { page } = await open('/services/aws-lambda/', phone);
    const menu = page.locator('.contents');
    const isOpen = () => menu.evaluate((d) => (d as HTMLDetailsElement).open);
    const onButton = () => page.evaluate(() => document.activeElement === document.querySelector('.contents > summary'));
    // A tap, then the keyboard within the menu: the focus on one of its links.
    await page.locator('.contents > summary').click();
    await expect.poll(isOpen).toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('.panel') !== null)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(isOpen).toBe(false);
    await expect(onButton()).resolves.toBe(true);
    // The keyboard alone: Enter on the button opens it, Escape closes it, the focus stays on the button.
    await page.keyboard.press('Enter');
    await expect.poll(isOpen).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(isOpen).toBe(false);
    await expect(onButton()).resolves.toBe(true);
  });

  it('on a desktop, the header names the destinations and the contents are a sidebar', async () => {
    const { page } = await open('/services/aws-lambda/', viewports.desktop);
    await expect(page.locator('.site-header nav').getByRole('link', { name: 'Services' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.contents > summary').isVisible()).resolves.toBe(false);
    await expect(page.locator('nav[aria-label="Report contents"]').getByRole('link', { name: 'Compute' }).isVisible()).resolves.toBe(true);
  });
});

describe('the report’s age', () => {
  const age = (page: Page) => page.locator('[data-report-age]').textContent();
  const note = (page: Page) => page.locator('[data-report-age-note]');

  it('says when the period ended as the build saw it, without JavaScript', async () => {
    const { page } = await open('/', { ...viewports.desktop, javaScriptEnabled: false });
    const built = reportAge(periodEnd, new Date());
    await expect(age(page)).resolves.toBe(built.ended);
    await expect(page.locator('[data-report-age]').getAttribute('datetime')).resolves.toBe('2017-09-30');
    await expect(note(page).isVisible()).resolves.toBe(built.overAYear);
  });

  it('stays true when read years later: the page recomputes it from the reader’s clock, under the CSP', async () => {
    const { page, problems } = await open('/', viewports.desktop, new Date('2040-03-01T12:00:00Z'));
    await expect.poll(() => age(page)).toBe('ended 22 years ago');
    await expect(note(page).textContent()).resolves.toMatch(/^\s*Amazon Web Services may have published a newer report\.\s*$/);
    await expect(note(page).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('within a year of the period’s end, gives months and no note', async () => {
    const { page } = await open('/services/aws-lambda/', viewports.desktop, new Date('2018-01-15T12:00:00Z'));
    await expect.poll(() => age(page)).toBe('ended 3 months ago');
    await expect(note(page).isVisible()).resolves.toBe(false);
    await expect(page.locator('.identity .status').textContent()).resolves.toMatch(/^Latest on this site, ended 3 months ago$/);
  });
});
