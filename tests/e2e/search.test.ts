import { setTimeout as sleep } from 'node:timers/promises';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { shownResults } from '../helpers/search-results.ts';
import { describe, expect, it } from 'vitest';
import { useSite, viewports, watchProblems } from '../helpers/browser.ts';
import { searchPeriodsUrl } from '../../src/lib/urls.ts';

const site = useSite();

const kms = '/services/aws-key-management-service-kms/';
const dialog = 'pagefind-modal dialog[open]';
const resultLinks = '.sr-result .sr-link';

/** Picks a value in one of the dialog's filter dropdowns, as a reader does: opens it and clicks the value. */
async function chooseFilter(page: Page, filter: string, value: string): Promise<void> {
  await page.locator(`${dialog} pagefind-filter-dropdown[filter="${filter}"] .pf-dropdown-trigger`).click();
  await page.locator(`${dialog} [role="option"][data-value="${value}"]`).click({ timeout: 5_000 });
}

/**
 * `path` in the file's open tab for `options` (site.tab), with its problems and every request it makes recorded.
 * With `fresh`, in a context of its own (nothing cached, no search code loaded yet): for a test of what loads when,
 * one that slows the page's CPU, or one whose context `prepare` sets up first.
 */
async function open(
  path: string,
  options: BrowserContextOptions = viewports.desktop,
  { fresh = false, prepare }: { fresh?: boolean; prepare?: (context: BrowserContext) => Promise<void> } = {},
): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  let page: Page;
  if (fresh || prepare) {
    const context = await site.context(options);
    await prepare?.(context);
    page = await context.newPage();
  } else page = await site.tab(options);
  const problems = watchProblems(page, site.origin);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  return { page, problems, requests };
}

/** The titles of the results shown, in order, once the first `count` have loaded. */
const resultTitles = async (page: Page, count = 3) => (await shownResults(page, count)).map((r) => r.title);

const pathOf = (url: string) => new URL(url).pathname;

describe('the search dialog', () => {
  it('loads no search code before the reader asks, and all of it on the first keystroke', async () => {
    const { page, problems, requests } = await open(kms, viewports.desktop, { fresh: true });
    const searchRequests = () => requests.filter((r) => r.startsWith('/pagefind/') || /search|highlight/i.test(r));
    expect(searchRequests()).toEqual([]);
    await page.keyboard.press('/');
    await page.locator(dialog).waitFor();
    await page.waitForLoadState('networkidle');
    expect(searchRequests()).toEqual(
      expect.arrayContaining(['/pagefind/pagefind-component-ui.js', '/pagefind/pagefind-component-ui.css', searchPeriodsUrl]),
    );
    expect(problems).toEqual([]);
  });

  it('opens with /, finds a service by abbreviation, and arrow keys and Enter follow it, highlighted', async () => {
    const { page, problems } = await open('/categories/compute/');
    await page.keyboard.press('/');
    await page.locator(dialog).waitFor();
    await expect(page.evaluate(() => document.activeElement?.matches('pagefind-input input'))).resolves.toBe(true);
    await page.keyboard.type('kms');
    const titles = await resultTitles(page, 1);
    expect(titles.slice(0, 3)).toContain('AWS Key Management Service (KMS)');
    // Down from the input to the first result, then down/up among the results.
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(titles[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(titles[0]);
    await Promise.all([page.waitForURL((url) => url.pathname === kms), page.keyboard.press('Enter')]);
    // The page marks the searched words in the report's text (here its name, the h1), and only there.
    const mark = page.locator('[data-pagefind-body] mark.pagefind-highlight').first();
    await mark.waitFor();
    await expect(mark.textContent()).resolves.toMatch(/^\(?KMS/);
    await expect(page.locator('mark.pagefind-highlight').count()).resolves.toBe(
      await page.locator('[data-pagefind-body] mark.pagefind-highlight').count(),
    );
    expect(new URL(page.url()).searchParams.getAll('highlight')).toEqual(['kms']);
    expect(problems).toEqual([]);
  });

  it('keeps what is typed while search loads: a quick "/ec2" searches for ec2', async () => {
    const { page, problems } = await open('/sections/people/');
    await page.keyboard.press('/');
    await page.keyboard.type('ec2');
    await page.locator(dialog).waitFor();
    await expect.poll(() => page.locator('pagefind-modal pagefind-input input').inputValue()).toBe('ec2');
    await expect(resultTitles(page, 1)).resolves.toContain('Amazon Elastic Compute Cloud (EC2)');
    expect(problems).toEqual([]);
  });

  it.each([
    ['Ctrl+K', 'Control+k'],
    ['/', '/'],
  ])(
    'on a slow machine (CPU 6× throttled), keys typed at once after %s all reach the query, and the results are the whole query’s',
    async (_name, key) => {
      const { page, problems } = await open('/sections/data/', viewports.desktop, { fresh: true });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
      await page.keyboard.press(key);
      await page.keyboard.type('data warehouse');
      await page.locator(dialog).waitFor();
      await expect.poll(() => page.locator('pagefind-modal pagefind-input input').inputValue()).toBe('data warehouse');
      const shown = await shownResults(page, 1);
      expect(shown.map((r) => r.title)).toContain('Amazon Redshift');
      // Every result shown is the whole query's: the summary names "data warehouse" (shownResults waits for it) and
      // each link highlights both words. Pagefind keeps a result on screen when the longer query finds the same
      // page, so its link may still carry the prefix typed so far ("war"): never another query's words.
      for (const r of shown) {
        const [first, second, ...rest] = new URL(r.href).searchParams.getAll('highlight');
        expect([first, rest]).toEqual(['data', []]);
        expect('warehouse'.startsWith(second ?? '-'), r.href).toBe(true);
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      expect(problems).toEqual([]);
    },
  );

  it('starts loading search on intent: hovering the control loads Pagefind before any click', async () => {
    const { page, requests } = await open(kms, viewports.desktop, { fresh: true });
    expect(requests.filter((r) => r.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('[data-search-control]').hover();
    await expect
      .poll(() => requests.filter((r) => r.startsWith('/pagefind/')))
      .toEqual(expect.arrayContaining(['/pagefind/pagefind-component-ui.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']));
    await expect(page.locator(dialog).count()).resolves.toBe(0);
  });

  it('finds nothing for a word the report never uses, and offers "did you mean" links for a typo, loading their data only then', async () => {
    const { page, problems, requests } = await open('/', viewports.desktop, { fresh: true });
    await page.keyboard.press('/');
    await page.locator(dialog).waitFor();
    await page.keyboard.type('kms');
    await resultTitles(page, 1);
    expect(requests).not.toContain('/search/suggest.json');
    await page.locator(`${dialog} pagefind-input input`).fill('');
    await page.keyboard.type('blockchain');
    await expect.poll(() => page.locator(`${dialog} pagefind-summary`).textContent()).toMatch(/No results for blockchain/i);
    await expect(page.locator(`${dialog} .sr-result`).count()).resolves.toBe(0);
    await page.locator(`${dialog} pagefind-input input`).fill('');
    await page.keyboard.type('lamda');
    const suggestion = page.locator(`${dialog} .sr-suggest a`).first();
    await expect.poll(() => suggestion.textContent()).toBe('lambda');
    expect(requests.filter((r) => r === '/search/suggest.json')).toHaveLength(1);
    // Offered, never applied: the query stays as typed.
    await expect(page.locator(`${dialog} pagefind-input input`).inputValue()).resolves.toBe('lamda');
    expect(new URL((await suggestion.getAttribute('href'))!, site.origin).href).toBe(`${site.origin}/search/?q=lambda`);
    await Promise.all([page.waitForURL(/\/search\/\?q=lambda$/), suggestion.click()]);
    await expect(resultTitles(page, 1)).resolves.toContain('AWS Lambda');
    expect(problems).toEqual([]);
  });

  it('opens with Ctrl+K, and Escape closes it and gives focus back', async () => {
    const { page, problems } = await open('/sections/data/');
    const control = page.locator('[data-search-control]');
    await control.focus();
    await page.keyboard.press('Control+k');
    await page.locator(dialog).waitFor();
    await page.keyboard.type('data warehouse');
    await expect(resultTitles(page, 1)).resolves.toContain('Amazon Redshift');
    await page.keyboard.press('Escape');
    await page.locator(dialog).waitFor({ state: 'detached' });
    await expect(control.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('comes to rest once its results are shown: the placeholders of results below the fold stand still, with no image', async () => {
    const { page, problems } = await open('/services/');
    await page.keyboard.press('/');
    await page.locator(dialog).waitFor();
    // A word of many pages (every service's name but a few), so that most results wait below the fold.
    await page.keyboard.type('amazon');
    await resultTitles(page, 3);
    const running = () => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
    await expect.poll(running).toBe(0);
    // Pagefind loads a result when it scrolls into view: the last ones still wait below the fold, as placeholders.
    const placeholders = page.locator(`${dialog} pagefind-results li.pf-result`);
    await expect(placeholders.count()).resolves.toBeGreaterThan(0);
    // Only the title's and the excerpt's bars: the site's results have no image, so neither do their placeholders.
    await expect(placeholders.first().locator('.pf-skeleton-title').isVisible()).resolves.toBe(true);
    await expect(placeholders.locator('.pf-skeleton-image:visible').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('opens from the header control, narrows by a filter, and opens the query as a shareable page', async () => {
    const { page, problems } = await open('/');
    await page.locator('[data-search-control]').click();
    await page.locator(dialog).waitFor();
    await page.keyboard.type('security');
    // The category page is among the results once they are the whole word's (a loaded machine may first show
    // those of the letters typed so far).
    await expect.poll(() => resultTitles(page, 3)).toContain('Security & Identity');
    // Kind → Service: only service pages remain.
    await chooseFilter(page, 'kind', 'Service');
    await expect
      .poll(async () => {
        const contexts = await page.locator('.sr-result .sr-context').allTextContents();
        return contexts.length > 0 && contexts.every((c) => c.startsWith('Service · '));
      })
      .toBe(true);
    expect(await page.locator(`${resultLinks} .sr-title`).allTextContents()).not.toContain('Security & Identity');
    const services = await resultTitles(page, 3);
    const pageLink = page.locator('.sr-page-link');
    expect(new URL((await pageLink.getAttribute('href'))!, site.origin).search).toBe('?q=security&kind=Service');
    await Promise.all([page.waitForURL(/\/search\//), pageLink.click()]);
    // The page shows the same search: the same first results.
    await expect.poll(async () => (await resultTitles(page, 3)).slice(0, 3)).toEqual(services.slice(0, 3));
    expect(problems).toEqual([]);
  });

  it('lists every value of a filter even when its data arrives after the first search has run (a slow network)', async () => {
    // Which filter file a search in one period loads by itself (the period's): the others (Kind, Category) come
    // only with Pagefind's list of all filters, which it asks for as it loads.
    const probe = await open('/', viewports.desktop, { fresh: true });
    const chunks: string[] = [];
    probe.page.on('request', (r) => pathOf(r.url()).startsWith('/pagefind/filter/') && chunks.push(pathOf(r.url())));
    // A string, so that vitest leaves its import() alone.
    await probe.page.evaluate(`(async () => {
      const period = (await (await fetch(${JSON.stringify(searchPeriodsUrl)})).json())[0].id;
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.search('security', { filters: { period: [period] } });
    })()`);
    expect(chunks).toHaveLength(1);
    // The other filters' data held back 1 s, each result's text 2 s: the first search runs before Kind's values
    // are known and ends after they have come, as on a slow connection.
    const { page, problems } = await open('/', viewports.desktop, {
      prepare: async (c) => {
        await c.route('**/pagefind/filter/*', async (route) => {
          if (pathOf(route.request().url()) !== chunks[0]) await sleep(1_000);
          await route.continue();
        });
        await c.route('**/pagefind/fragment/*', async (route) => {
          await sleep(2_000);
          await route.continue();
        });
      },
    });
    await page.keyboard.press('/');
    await page.locator(dialog).waitFor();
    await page.keyboard.type('security');
    await expect(resultTitles(page, 1)).resolves.toContain('Security & Identity');
    // No search runs after this one: the dropdown must list the values now.
    await page.locator(`${dialog} pagefind-filter-dropdown[filter="kind"] .pf-dropdown-trigger`).click();
    const options = page.locator(`${dialog} pagefind-filter-dropdown[filter="kind"] [role="option"]`);
    await expect
      .poll(() => options.allTextContents(), { timeout: 3_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Service\d+$/), expect.stringMatching(/^Service category\d+$/)]));
    expect(problems).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    'is accessible with results and a filter chosen, in the %s theme (axe, WCAG 2.2 AA)',
    async (colorScheme) => {
      const { page } = await open('/services/', { ...viewports.desktop, colorScheme });
      await page.keyboard.press('/');
      await page.locator(dialog).waitFor();
      await page.keyboard.type('database');
      await resultTitles(page, 3);
      await expect(axeViolations(page)).resolves.toEqual([]);
      // The filter is chosen through Pagefind's own API: what is checked here is the dialog with a filter on (the
      // dropdown itself is driven by "opens from the header control, narrows by a filter").
      await page.evaluate(() =>
        (
          window as unknown as {
            PagefindComponents: { getInstanceManager(): { getInstance(name: string): { triggerFilter(f: string, v: string[]): void } } };
          }
        ).PagefindComponents.getInstanceManager()
          .getInstance('default')
          .triggerFilter('kind', ['Service']),
      );
      await expect
        .poll(async () => {
          const contexts = await page.locator('.sr-result .sr-context').allTextContents();
          return contexts.length > 0 && contexts.every((c) => c.startsWith('Service · '));
        })
        .toBe(true);
      await resultTitles(page, 1);
      await expect(axeViolations(page)).resolves.toEqual([]);
    },
  );

  it('works on a phone: the dialog fills the screen and a tap on a result follows it', async () => {
    const { page, problems } = await open('/', viewports.phone);
    await page.locator('[data-search-control]').tap();
    await page.locator(dialog).waitFor();
    const box = await page.locator(dialog).boundingBox();
    expect(box?.width).toBe(375);
    await page.keyboard.type('S3');
    await expect(resultTitles(page, 1)).resolves.toContain('Amazon Simple Storage Service (S3)');
    // A filter's menu stays on the screen (Pagefind centred it under the first filter, half off the left edge).
    const trigger = page.locator(`${dialog} pagefind-filter-dropdown[filter="kind"] .pf-dropdown-trigger`);
    await trigger.tap();
    const menu = await page.locator(`${dialog} pagefind-filter-dropdown[filter="kind"] .pf-dropdown-menu`).boundingBox();
    expect(menu && [Math.round(menu.x) >= 0, Math.round(menu.x + menu.width) <= 375]).toEqual([true, true]);
    await trigger.tap();
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/services/amazon-simple-storage-service-s3/'),
      page.locator(resultLinks).first().tap(),
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });
});

describe('the /search/ page', () => {
  it('reads the query and filters from the URL', async () => {
    const { page, problems } = await open('/search/?q=encryption&kind=Service');
    const titles = await resultTitles(page, 2);
    expect(titles.slice(0, 3)).toContain('AWS Key Management Service (KMS)');
    await expect(page.locator('[data-search-page] input[type="search"]').inputValue()).resolves.toBe('encryption');
    await expect(page.locator('pagefind-filter-dropdown[filter="kind"] .pf-dropdown-selected-badge').textContent()).resolves.toBe('1');
    // A result followed from the page marks the word in the description.
    await Promise.all([
      page.waitForURL((url) => url.pathname === kms),
      page.locator(resultLinks, { hasText: 'AWS Key Management Service (KMS)' }).click(),
    ]);
    await expect.poll(() => page.locator('article.report-text mark.pagefind-highlight').allTextContents()).toContain('encryption');
    expect(problems).toEqual([]);
  });

  it('keeps the URL in step with the query, so the address can be shared', async () => {
    const { page, problems } = await open('/search/');
    const box = page.locator('[data-search-page] input[type="search"]');
    await box.waitFor();
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('route 53');
    await expect(resultTitles(page, 1)).resolves.toContain('Amazon Route 53');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=route+53');
    await expect(page.title()).resolves.toMatch(/^“route 53” · Search/);
    // The address, opened afresh, gives the same search.
    const shared = page.url();
    const second = await open(new URL(shared).pathname + new URL(shared).search, viewports.desktop, { fresh: true });
    await expect(resultTitles(second.page, 1)).resolves.toContain('Amazon Route 53');
    // Clearing the query clears the address.
    await box.fill('');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(problems).toEqual([]);
  });

  it('gives / to its own search box instead of opening the dialog', async () => {
    const { page, problems } = await open('/search/?q=glacier');
    await expect(resultTitles(page, 1)).resolves.toContain('Amazon Glacier');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    const box = page.locator('[data-search-page] input[type="search"]');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(page.locator(dialog).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('says what to use instead when JavaScript is off', async () => {
    const page = await site.tab({ ...viewports.desktop, javaScriptEnabled: false });
    await page.goto(`${site.origin}/search/?q=s3`);
    await expect(page.locator('noscript').innerHTML()).resolves.toContain('href="/services/"');
  });
});

describe('results that read well', () => {
  /** The excerpts of the result titled `title`: its own, then its sub-results' (title and excerpt). */
  const excerptsOf = (page: Page, title: string) =>
    page
      .locator('.sr-result', { has: page.locator('.sr-title', { hasText: title }) })
      .first()
      .evaluate((li) => ({
        excerpt: li.querySelector(':scope > .sr-excerpt')?.textContent ?? '',
        subs: [...li.querySelectorAll('.sr-subs > li')].map((s) => ({
          title: s.querySelector('.sr-sub-link')?.textContent ?? '',
          excerpt: s.querySelector('.sr-excerpt')?.textContent ?? '',
        })),
      }));

  it("shows a table's matching row, not a run of rows", async () => {
    const { page, problems } = await open('/search/?q=paris');
    await resultTitles(page, 1);
    const { excerpt } = await excerptsOf(page, 'Locations');
    expect(excerpt).toBe('Paris, France Edge location.');
    expect(problems).toEqual([]);
  });

  it("shows a list's matching item, lands on the Regions sentence as a part of its own, and never repeats the parent's excerpt", async () => {
    const { page, problems } = await open('/search/?q=frankfurt');
    await resultTitles(page, 2);
    const background = await excerptsOf(page, 'AWS Background');
    expect(background.subs.map((s) => s.title)).toEqual(expect.arrayContaining(['Regions in scope', 'Edge locations']));
    expect(background.subs.find((s) => s.title === 'Edge locations')?.excerpt).toBe('Frankfurt, Germany');
    for (const sub of background.subs) expect(sub.excerpt).not.toBe(background.excerpt);
    expect(problems).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('the header control is a link to the services catalog', async () => {
    const page = await site.tab({ ...viewports.desktop, javaScriptEnabled: false });
    await page.goto(`${site.origin}${kms}`);
    await Promise.all([page.waitForURL((url) => url.pathname === '/services/'), page.locator('[data-search-control]').click()]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Services');
    expect(pathOf(page.url())).toBe('/services/');
  });
});
