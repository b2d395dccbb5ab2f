import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readDist } from '../helpers/dist.ts';
import { useSite } from '../helpers/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every page the sitemap lists, as paths. */
function sitemapPaths(): string[] {
  const index = readDist('/sitemap-index.xml');
  return Array.from(index.matchAll(/<loc>([^<]+)<\/loc>/g), (m) => new URL(m[1]!).pathname).flatMap((s) =>
    Array.from(readDist(s).matchAll(/<loc>([^<]+)<\/loc>/g), (m) => new URL(m[1]!).pathname),
  );
}

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const site = useSite();

const combos = [
  { theme: 'light', width: 1280 },
  { theme: 'dark', width: 1280 },
  { theme: 'light', width: 375 },
  { theme: 'dark', width: 375 },
] as const;

describe('axe (WCAG 2.2 A and AA): no violations on any page of the sitemap', () => {
  const paths = sitemapPaths();

  it('found the sitemap’s pages', () => {
    expect(paths.length).toBeGreaterThan(75);
  });

  it.each(combos)('$theme theme at $width px', async ({ theme, width }) => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of paths) {
      await page.goto(site.origin + path);
      for (const v of await axe(page)) failures.push(`${path}: ${v}`);
    }
    await context.close();
    expect(failures).toEqual([]);
  }, 300_000);
});

describe('keyboard', () => {
  it('reaches the skip link first, and it moves focus to the content', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/categories/compute/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({ text: document.activeElement?.textContent, top: document.activeElement?.getBoundingClientRect().top }));
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
