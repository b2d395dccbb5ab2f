/**
 * The site in Chromium through nginx and its generated configuration, under the header Content-Security-Policy
 * (not only the pages' meta tags): search, the share actions and the map work, and nothing violates the policy.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { launchBrowser, viewports, watchProblems } from '../helpers/browser.ts';
import { periodsPublicUrl, periodsRoot } from '../helpers/periods-site.ts';
import { startNginx, type RunningServer } from '../helpers/servers.ts';
import type { Browser } from 'playwright-core';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startNginx(join(periodsRoot, 'deploy'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page, with every CSP violation, problem and the policy header of its document recorded. */
async function open(
  path: string,
): Promise<{ context: BrowserContext; page: Page; violations: () => Promise<string[]>; problems: string[]; header: string | null }> {
  const context = await browser.newContext(viewports.desktop);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const found: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) =>
      found.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  const problems = watchProblems(page, server.origin);
  const response = await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return { context, page, violations, problems, header: (await response?.headerValue('content-security-policy')) ?? null };
}

describe('in Chromium through nginx, under the header CSP', () => {
  it('searches: the dialog, its results and the worker’s WebAssembly', async () => {
    const { context, page, violations, problems, header } = await open('/categories/compute/');
    expect(header).toMatch(/frame-ancestors 'none'/);
    await page.keyboard.press('/');
    await page.keyboard.type('encryption keys');
    await page.waitForSelector('pagefind-results .sr-result', { timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('copies links and citations', async () => {
    const { context, page, violations, problems } = await open('/services/amazon-glacier/');
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${periodsPublicUrl}services/amazon-glacier/`);
    await page.getByRole('button', { name: 'Cite' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/“Amazon Glacier” \(Storage · Service\)/);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the map, its hashed position stylesheet and its labels', async () => {
    const { context, page, violations, problems } = await open('/locations/');
    const marker = page.locator('#map-europe a').first();
    await marker.hover();
    const box = await marker.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    // Markers sit where the hashed stylesheet puts them, not all in one corner.
    const lefts = await page
      .locator('#map-europe a')
      .evaluateAll((links) => new Set(links.map((a) => Math.round(a.getBoundingClientRect().left))).size);
    expect(lefts).toBeGreaterThan(5);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
