import type { BrowserContextOptions } from 'playwright-core';
import { getDocumentProxy, extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { useSite, viewports, watchProblems } from '../helpers/browser.ts';
import { localPreviewUrl } from '../helpers/paths.ts';
import { keepShot } from '../helpers/shots.ts';

const site = useSite();
/**
 * The site is built for its public URL (here the local preview's, http://localhost:4321/) and opened at another
 * host (127.0.0.1 on a free port): links and citations name the public URL, never the host the page was opened at.
 */
const publicOrigin = localPreviewUrl.replace(/\/$/, '');

async function open(path: string, options: BrowserContextOptions = viewports.desktop) {
  const page = await site.tab(options);
  const problems = watchProblems(page, site.origin);
  await page.goto(site.origin + path);
  return { page, problems };
}

describe('links to a precise part', () => {
  it('copies a heading’s absolute URL and confirms it', async () => {
    const { page, problems } = await open('/categories/storage/');
    const heading = page.locator('h2#amazon-glacier');
    await heading.hover();
    await expect(heading.locator('.heading-anchor').isVisible()).resolves.toBe(true);
    await heading.locator('.heading-anchor').click();
    await expect.poll(() => page.locator('.toast').textContent()).toBe('Link to this heading copied');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${publicOrigin}/categories/storage/#amazon-glacier`);
    expect(problems).toEqual([]);
  });

  it('shows a heading’s link control on keyboard focus', async () => {
    const { page } = await open('/categories/storage/');
    const anchor = page.locator('h2#amazon-glacier .heading-anchor');
    await anchor.focus();
    await expect.poll(() => anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
  });

  it('copies a paragraph’s link from its control, shown on hover, and offers its citation', async () => {
    const { page, problems } = await open('/categories/storage/');
    const paragraph = page.locator('#amazon-glacier-p1');
    const control = paragraph.locator('> .block-anchor');
    await expect.poll(() => control.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
    await paragraph.hover();
    await expect.poll(() => control.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    await control.click();
    await expect.poll(() => page.locator('.toast').textContent()).toBe('Link to this paragraph copied');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${publicOrigin}/categories/storage/#amazon-glacier-p1`);
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(
        /“Amazon Glacier” \(Storage · Service, paragraph 1\)\. http:\/\/localhost:4321\/2017-04-01--2017-09-30\/categories\/storage\/#amazon-glacier-p1\. Accessed /,
      );
    expect(problems).toEqual([]);
  });

  it('marks the paragraph whose link was copied, where the reader is, and keeps its menu beside it as the page scrolls', async () => {
    // Arrived at one paragraph by its link, the reader copies the next one's.
    const { page, problems } = await open('/report/#availability-p3');
    const target = () => page.evaluate(() => document.querySelector(':target')?.id);
    await expect.poll(target).toBe('availability-p3');
    const paragraph = page.locator('#availability-p4');
    await paragraph.hover();
    const before = await page.evaluate(() => scrollY);
    await paragraph.locator('> .block-anchor').click();
    await expect.poll(() => page.locator('.toast').textContent()).toBe('Link to this paragraph copied');
    expect(new URL(page.url()).hash).toBe('#availability-p4');
    expect(await target()).toBe('availability-p4');
    expect(await page.evaluate(() => scrollY)).toBe(before);
    expect(await page.evaluate(() => document.activeElement?.closest('[id]')?.id)).toBe('availability-p4');
    // The menu of the other link and the citation moves with the paragraph's control.
    const menu = page.locator('.link-menu:popover-open');
    const gap = async () => {
      const [m, c] = await Promise.all([menu.boundingBox(), paragraph.locator('> .block-anchor').boundingBox()]);
      return Math.round(m!.y - c!.y);
    };
    const beside = await gap();
    await page.mouse.wheel(0, -120);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(before);
    await expect.poll(gap).toBe(beside);
    expect(problems).toEqual([]);
  });

  it('shows a list item’s link control on keyboard focus', async () => {
    const { page } = await open('/sections/management-assertion/');
    const control = page.locator('#management-assertion-p3-2 > .block-anchor');
    await control.focus();
    await expect.poll(() => control.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    await expect(control.textContent()).resolves.toContain('Copy link to paragraph 3, item 2');
  });

  it.each(['light', 'dark'] as const)('lands on a paragraph’s link and highlights it (%s theme)', async (colorScheme) => {
    const { page } = await open('/report/#amazon-glacier-p1', { ...viewports.desktop, colorScheme });
    const target = page.locator('#amazon-glacier-p1');
    const [background, page_background] = await target.evaluate((p) => [
      getComputedStyle(p).backgroundColor,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect(background).not.toBe(page_background);
    expect(await target.evaluate((p) => Math.round(p.getBoundingClientRect().top))).toBeLessThan(100);
    await keepShot(page, 'share', `paragraph-target-${colorScheme}`, { fullPage: false });
  });

  it.each(Object.entries(viewports))('copies a service page’s link from its button (%s)', async (_name, options) => {
    const { page, problems } = await open('/services/aws-lambda/', options);
    expect(new URL(page.url()).hostname).toBe('127.0.0.1');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${publicOrigin}/services/aws-lambda/`);
    await expect.poll(() => page.locator('.toast').textContent()).toBe('Link to this page copied');
    expect(problems).toEqual([]);
  });

  it('offers a link to a selected passage, which lands on and highlights it', async () => {
    const { page } = await open('/sections/availability/');
    const passage = 'authoritative backups are maintained and monitored';
    await page.evaluate((text) => {
      const p = Array.from(document.querySelectorAll('article p')).find((el) => el.textContent!.includes(text))!;
      const node = p.firstChild!;
      const start = node.textContent!.indexOf(text);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      document.dispatchEvent(new PointerEvent('pointerup'));
    }, passage);
    const button = page.getByRole('button', { name: 'Copy link to this passage' });
    await button.click();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toBe(`${publicOrigin}/sections/availability/#:~:text=authoritative%20backups%20are%20maintained%20and%20monitored`);

    // Opened fresh, the link scrolls the passage into view (and Chromium paints it highlighted).
    const fresh = await open('/', { viewport: { width: 1280, height: 500 } });
    const { pathname, hash } = new URL(url);
    await fresh.page.goto(`${site.origin}${pathname}${hash}`);
    await fresh.page.waitForFunction(() => scrollY > 0);
    const inView = await fresh.page.evaluate((text) => {
      const p = Array.from(document.querySelectorAll('article p')).find((el) => el.textContent!.includes(text))!;
      const r = p.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    }, passage);
    expect(inView).toBe(true);
  });
});

describe('theme', () => {
  it('switches, persists across a reload, and paints no wrong theme first', async () => {
    const { page } = await open('/', { ...viewports.desktop, colorScheme: 'light' });
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await page.getByRole('radio', { name: 'Dark' }).check({ force: true });
    const dark = await bg();
    expect(dark).not.toBe(light);
    await page.reload();
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    await expect(bg()).resolves.toBe(dark);
    await expect(page.getByRole('radio', { name: 'Dark' }).isChecked()).resolves.toBe(true);
    // The theme is set by the head script, before the body is parsed: check the first paint's state.
    const firstPaint = await page.evaluate(
      () => performance.getEntriesByType('navigation').length > 0 && document.documentElement.dataset['theme'],
    );
    expect(firstPaint).toBe('dark');
    await page.getByRole('radio', { name: 'System' }).check({ force: true });
    await page.reload();
    await expect(bg()).resolves.toBe(light);
  });
});

describe('print', () => {
  it('prints /report/ with the title, organization and period first, and none of the site’s controls', async () => {
    const { page } = await open('/report/');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const { text } = await extractText(doc, { mergePages: false });
    const pages = (text as string[]).map((t) => t.replace(/\s+/g, ' '));
    expect(pages.length).toBeGreaterThan(5);
    const all = pages.join(' ').replace(/\s+/g, ' ');
    expect(pages[0]).toContain('Amazon Web Services System');
    expect(pages[0]).toContain('Amazon Web Services, Inc.');
    expect(pages[0]).toContain('1 April 2017 to 30 September 2017');
    // That every sentence is there, in order, is tests/e2e/print.test.ts's to check (it reads the columns in order).
    expect(all).not.toContain('Report contents');
    expect(all).not.toContain('Copy link');
  });
});
