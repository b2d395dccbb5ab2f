/**
 * The two-period site in the browser (tests/helpers/periods-site.ts): search stays in one period, a period
 * filter picks another, results from it say so; the share actions copy the link that fits and offer the other;
 * "Cite" copies a citation with the pinned URL and the date.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, viewports, watchProblems } from '../helpers/browser.ts';
import { shownResults } from '../helpers/search-results.ts';
import { earlierPeriod, latestPeriod, periodsPublicUrl, periodsRoot } from '../helpers/periods-site.ts';

const site = useSite(periodsRoot);
const older = `/${earlierPeriod}`;
/** Links and citations name the site's public URL, not the loopback address the test opened. */
const publicOrigin = periodsPublicUrl.replace(/\/$/, '');
const dialog = 'pagefind-modal dialog[open]';

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await site.tab(viewports.desktop);
  const problems = watchProblems(page, site.origin);
  await page.goto(site.origin + path);
  return { page, problems };
}

/** The results shown, once loaded and for the whole term typed, as [title, context] pairs. */
const results = async (page: Page) => (await shownResults(page)).map((r) => [r.title, r.context]);

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('search by period', () => {
  it('searches the latest period by default, each result once; the period choice picks the earlier one, and says so', async () => {
    const { page, problems } = await open('/');
    await page.keyboard.press('/');
    await page.locator(dialog).waitFor();
    await page.keyboard.type('glacier');
    const latest = await results(page);
    expect(latest.filter(([title]) => title === 'Amazon Glacier')).toEqual([['Amazon Glacier', 'Service · Storage']]);
    const hrefs = await page
      .locator('.sr-result .sr-link')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.filter((h) => h.startsWith('/20'))).toEqual([]);
    expect(new Set(hrefs).size).toBe(hrefs.length);

    const choice = page.locator(`${dialog} select.sr-period-select`);
    await expect(choice.inputValue()).resolves.toBe(latestPeriod);
    await expect(page.getByLabel('Report period').locator('option').allTextContents()).resolves.toEqual([
      '1 April 2017 to 30 September 2017 (latest)',
      '1 October 2016 to 31 March 2017',
    ]);
    await choice.selectOption(earlierPeriod);
    await expect
      .poll(() =>
        page.locator('.sr-result .sr-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
      )
      .toContain(`${older}/services/amazon-glacier/`);
    const earlier = await results(page);
    expect(earlier).toContainEqual(['Amazon Glacier', 'Service · Storage · Report for 1 October 2016 to 31 March 2017']);
    // The dialog's link to the search page carries the period chosen.
    await expect(page.locator('.sr-page-link').getAttribute('href')).resolves.toBe(`/search/?q=glacier&period=${earlierPeriod}`);
    expect(problems).toEqual([]);
  });

  it('on an earlier period’s page, searches that period', async () => {
    const { page } = await open(`${older}/services/amazon-glacier/`);
    await page.keyboard.press('/');
    await page.locator(dialog).waitFor();
    await page.keyboard.type('lambda');
    const found = await results(page);
    expect(found.length).toBeGreaterThan(0);
    for (const [, where] of found) expect(where).toMatch(/Report for 1 October 2016 to 31 March 2017$/);
  });

  it('the search page’s URL carries the period: a service the earlier report lacks is not found there', async () => {
    const { page } = await open(`/search/?q=shield&period=${earlierPeriod}`);
    await expect(page.locator('select.sr-period-select').inputValue()).resolves.toBe(earlierPeriod);
    await expect.poll(() => page.locator('pagefind-summary').textContent()).toMatch(/No results/i);
    await page.locator('select.sr-period-select').selectOption(latestPeriod);
    await expect(results(page)).resolves.toContainEqual(['AWS Shield', 'Service · Security & Identity']);
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=shield');
  });
});

describe('copy and cite', () => {
  it('an earlier period’s page copies its pinned link, offers the latest report’s, and cites it', async () => {
    const { page, problems } = await open(`${older}/services/amazon-glacier/`);
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect.poll(() => clipboard(page)).toBe(`${publicOrigin}${older}/services/amazon-glacier/`);
    await page.getByRole('button', { name: 'Copy link to the latest report' }).click();
    await expect.poll(() => clipboard(page)).toBe(`${publicOrigin}/services/amazon-glacier/`);
    await page.getByRole('button', { name: 'Cite' }).click();
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    await expect
      .poll(() => clipboard(page))
      .toBe(
        `Amazon Web Services, Inc., SOC 3 report, 1 October 2016 to 31 March 2017. “Amazon Glacier” (Storage · Service). ${publicOrigin}${older}/services/amazon-glacier/. Accessed ${today}.`,
      );
    await expect.poll(() => page.locator('.toast').textContent()).toBe('Citation of Amazon Glacier copied');
    expect(problems).toEqual([]);
  });

  it('a latest-period heading copies its root link, then offers the pinned link and a citation of the heading', async () => {
    const { page, problems } = await open('/categories/storage/');
    const anchor = page.locator('h2#amazon-glacier .heading-anchor');
    await page.locator('h2#amazon-glacier').hover();
    await anchor.click();
    await expect.poll(() => clipboard(page)).toBe(`${publicOrigin}/categories/storage/#amazon-glacier`);
    const menu = page.locator('.link-menu:popover-open');
    await menu.waitFor();
    // The menu follows its control, so the keyboard reaches it next.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Copy pinned link');
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(`${publicOrigin}/${latestPeriod}/categories/storage/#amazon-glacier`);
    await anchor.click();
    await menu.getByRole('button', { name: 'Copy citation' }).click();
    await expect
      .poll(() => clipboard(page))
      .toMatch(
        new RegExp(
          `^Amazon Web Services, Inc\\., SOC 3 report, 1 April 2017 to 30 September 2017\\. “Amazon Glacier” \\(Storage · Service\\)\\. ${publicOrigin}/${latestPeriod}/categories/storage/#amazon-glacier\\. Accessed `,
        ),
      );
    expect(problems).toEqual([]);
  });
});
