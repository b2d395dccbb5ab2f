import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, watchProblems } from '../helpers/browser.ts';

const site = useSite();

/** One page of each type. */
const pageTypes = {
  home: '/',
  section: '/sections/aws-background/',
  category: '/categories/security-and-identity/',
  service: '/services/aws-key-management-service-kms/',
  catalog: '/services/',
  locations: '/locations/',
  search: '/search/?q=encryption',
  report: '/report/',
  notFound: '/no-such-page/',
};

async function visit(path: string, act?: (page: Page) => Promise<void>) {
  const page = await site.tab();
  const recorder = await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  const problems = watchProblems(page, site.origin).filter(
    (p) => !(path === '/no-such-page/' && p.includes('HTTP 404: ') && p.endsWith(path)),
  );
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  if (act) await act(page);
  await page.waitForLoadState('networkidle');
  const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  await recorder.dispose();
  return { problems, violations, policy };
}

describe('every page type: a strict policy, no violation, nothing from another origin', () => {
  it.each(Object.entries(pageTypes))('%s', async (_type, path) => {
    const { problems, violations, policy } = await visit(path);
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('opening search and searching violates nothing either', async () => {
    const { problems, violations } = await visit('/categories/compute/', async (page) => {
      await page.keyboard.press('/');
      await page.keyboard.type('encryption keys');
      await page.waitForSelector('pagefind-results a', { timeout: 15_000 });
    });
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});
