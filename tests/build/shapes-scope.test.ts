/**
 * A period that gives its services by link (tests/fixtures/shapes/2024-10-01--2025-09-30), built in the
 * report-shapes site beside the real period: every page that counts or lists services says that this report
 * gives them by link, with its words, the link and the date the publisher recorded; nothing says the real period's
 * services were removed; a service page of the real (earlier) period says the later report does not list services.
 * Whichever fixture period precedes it in the final site, these hold: they are about what this period introduces.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, page as pageIn, readDist as readIn, squash } from '../helpers/dist.ts';
import { shapesDist } from '../helpers/shapes-site.ts';

const byLink = '2024-10-01--2025-09-30';
const real = '2017-04-01--2017-09-30';
/** The period before the by-link one: the last that lists its services. */
const previous = '2024-04-01--2025-03-31';
const previousDates = '1 April 2024 to 31 March 2025';
const pinned = `/${byLink}`;
const read = (path: string) => readIn(path, shapesDist);
const page = (path: string) => pageIn(path, shapesDist);
const text = (path: string, selector = 'main') => squash(page(path).querySelector(selector)?.textContent ?? '');

const words = 'A description of the AWS services included within the scope of this report is available via the Internet.';
const url = 'https://aws.amazon.com/compliance/services-in-scope/';
const recorded = '20 November 2025';
/** Whether the page shows the reference: the report's words, the link (as a link) and the date recorded. */
function showsReference(path: string, selector = 'main'): void {
  const where = page(path).querySelector(selector);
  expect(where, `${path} ${selector}`).not.toBeNull();
  const box = where!.querySelector('[data-scope-by-link="services"]');
  expect(box, `${path}: no reference shown`).not.toBeNull();
  expect(squash(box!.querySelector('blockquote')!.textContent!)).toBe(words);
  expect(box!.querySelector(`a[href="${url}"]`), `${path}: no link`).not.toBeNull();
  expect(squash(box!.textContent!)).toContain(`link recorded by this site on ${recorded}`);
  expect(squash(box!.textContent!)).toMatch(/does not list its services: it gives them by link/);
}
/** The pages of the by-link period, at both its homes (it is the latest: also at the root). */
const periodPages = (): string[] => {
  const all = builtPages(shapesDist);
  return all.filter((p) => p.startsWith(`${pinned}/`) || !/^\/\d{4}-/.test(p));
};

describe('a period that gives its services by link, where counts and lists appear', () => {
  for (const base of ['', pinned]) {
    it(`${base || 'root'}: the home page shows the reference instead of a count; no category grid`, () => {
      showsReference(`${base}/`, '.summary');
      expect(text(`${base}/`)).not.toMatch(/Browse all \d+ services|\b0 services/);
      expect(page(`${base}/`).querySelector('#categories')).toBeNull();
      // Its locations are still listed, and counted.
      expect(text(`${base}/`, '.summary')).toMatch(/\d{2,} regions/);
    });

    it(`${base || 'root'}: the services catalog shows the reference, no table`, () => {
      showsReference(`${base}/services/`);
      expect(page(`${base}/services/`).querySelector('table')).toBeNull();
      expect(page(`${base}/services/`).querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(
        /does not list its services: it gives them by link/,
      );
    });
  }

  it('/reports/: the period’s scope is the reference; the real period’s is still counted', () => {
    const doc = page('/reports/');
    const articles = [...doc.querySelectorAll('article, section, li')].filter((e) => e.querySelector(`a[href="${pinned}/"]`));
    expect(articles.length).toBeGreaterThan(0);
    showsReference('/reports/');
    expect(text('/reports/')).not.toMatch(/\b0 services\b/);
    expect(text('/reports/')).toContain('51 services in 14 categories');
  });

  it('the feeds say the services are given by link, with the words, the link and the date', () => {
    const feed = JSON.parse(read('/feed.json')) as { items: { id: string; summary: string }[] };
    const item = feed.items.find((i) => i.id.endsWith(`${pinned}/`))!;
    expect(item.summary).toContain(`services given by link: “${words}” ${url} (link recorded by this site on ${recorded})`);
    expect(read('/feed.xml')).not.toMatch(/\b0 services\b/);
  });

  it('services.json and services.csv say so, never an empty list', () => {
    for (const base of ['', pinned]) {
      expect(JSON.parse(read(`${base}/services.json`))).toEqual({
        period: byLink,
        services: 'given by link',
        reference: { words, url, checked: '2025-11-20' },
      });
      expect(read(`${base}/services.csv`)).toBe(
        `period,services,words,url,checked\r\n${byLink},given by link,${words},${url},2025-11-20\r\n`,
      );
    }
    expect(JSON.parse(read(`/${real}/services.json`))).toHaveLength(51);
  });

  it('search and the 404 page count no services for it', () => {
    expect(text('/search/')).not.toMatch(/\b0 service/);
    expect(text('/404.html')).not.toMatch(/\b0 services/);
  });

  it('no page of the period says "0 services", and none loads anything from the link', () => {
    const pages = periodPages();
    expect(pages.length).toBeGreaterThan(15);
    for (const path of pages) {
      const html = read(path.endsWith('/') || path.endsWith('.html') ? path : `${path}`);
      expect(squash(html.replace(/<[^>]+>/g, ' ')), path).not.toMatch(/\b0 services\b/);
      // The link is only ever followed by a reader: never a src, a preload or a fetch.
      expect(html, path).not.toMatch(/(src|srcset|action|data)=["'][^"']*aws\.amazon\.com|<link[^>]+aws\.amazon\.com/);
    }
  });
});

describe('/changes/: services given by link from this period, none removed', () => {
  for (const base of ['', pinned]) {
    it(`${base || 'root'}: says the services are given by link, lists no service or category as removed`, () => {
      const main = text(`${base}/changes/`);
      expect(main).toContain('Services given by link from this period');
      showsReference(`${base}/changes/`, '#changes-listing + *, main');
      expect(main).toContain('Not compared: one of the two reports gives its services by link');
      expect(main).not.toMatch(/\b51 services removed|AWS Lambda|Removed: Compute/);
      expect(page(`${base}/changes/`).querySelector(`a[href="/${previous}/services/"]`), 'the earlier list').not.toBeNull();
      // Its Regions are listed in both periods: still compared.
      expect(main).toMatch(/Regions/);
    });
  }

  it('changes.json: no service or category removed; the listing change with its reference', () => {
    const changes = JSON.parse(read('/changes.json')) as Record<string, unknown>;
    expect(changes['services']).toEqual({ added: [], removed: [], renamed: [], moved: [] });
    expect(changes['categories']).toEqual({ added: [], removed: [] });
    expect(changes['listing']).toEqual([{ list: 'services', change: 'by-link', reference: { words, url, checked: '2025-11-20' } }]);
  });
});

describe('listed again: the real period after one that gave its services by link (tests/fixtures/shapes/2016-10-01--2017-03-31)', () => {
  const linked = '2016-10-01--2017-03-31';
  const changesPage = `/${real}/changes/`;

  it('its /changes/ says its services are listed again, with the earlier report’s reference, and adds none', () => {
    const main = text(changesPage);
    expect(main).toContain('Services listed again');
    expect(main).toContain(
      'This report lists its services (51 services); the report for 1 October 2016 to 31 March 2017 gave them by link, so this site does not compare the lists.',
    );
    const box = page(changesPage).querySelector('#changes-listing ~ .listing [data-scope-by-link="services"]');
    expect(squash(box?.querySelector('blockquote')?.textContent ?? ''), 'the earlier report’s words').toBe(words);
    expect(box!.querySelector(`a[href="${url}"]`)).not.toBeNull();
    expect(
      page(changesPage).querySelector(`[aria-labelledby="changes-listing"] a[href="/${real}/services/"]`),
      'its own list',
    ).not.toBeNull();
    expect(main).toContain('Not compared: one of the two reports gives its services by link');
    expect(main).not.toMatch(/\b51 services added|Added: Compute/);
  });

  it('its changes.json: no service or category added; the listing change with the earlier reference', () => {
    const changes = JSON.parse(read(`/${real}/changes.json`)) as Record<string, unknown>;
    expect((changes['previous'] as { id: string }).id).toBe(linked);
    expect(changes['services']).toEqual({ added: [], removed: [], renamed: [], moved: [] });
    expect(changes['categories']).toEqual({ added: [], removed: [] });
    expect(changes['listing']).toEqual([{ list: 'services', change: 'listed-again', reference: { words, url, checked: '2025-11-20' } }]);
  });

  it('the feeds say so; the by-link period’s own pages say it gives them by link', () => {
    const feed = JSON.parse(read('/feed.json')) as { items: { id: string; summary: string }[] };
    expect(feed.items.find((i) => i.id.endsWith(`/${real}/`))!.summary).toContain(
      'Against the report for 1 October 2016 to 31 March 2017: services listed again',
    );
    showsReference(`/${linked}/`);
  });
});

describe('the real (earlier) period’s service pages', () => {
  const lambda = `/${real}/services/aws-lambda/`;

  it('its pinned page says the latest report does not list services, with the reference, and leads to it', () => {
    const notice = squash(page(lambda).querySelector('.period-notice')!.textContent!);
    expect(notice).toContain('The latest report does not list its services: it gives them by link');
    expect(notice).not.toMatch(/What changed in the next report|no longer/);
    const link = [...page(lambda).querySelectorAll('.period-notice a')].find((a) => a.textContent!.includes('How the latest report gives'));
    expect(link?.getAttribute('href')).toBe('/services/');
    showsReference(lambda, '.not-listed');
    // The page is still the report's: its description, word for word.
    expect(text(lambda, 'article')).toContain('AWS Lambda lets customers run code without provisioning');
  });

  it('its root address says the latest report does not list services, not that the service left', () => {
    const root = text('/services/aws-lambda/');
    expect(root).toContain('AWS Lambda');
    expect(root).toContain(`The last report that lists this service is the report for ${previousDates}`);
    expect(root).not.toMatch(/no longer in the report|is not in the report/i);
    expect(page('/services/aws-lambda/').querySelector('title')!.textContent).toContain('the latest report does not list services');
    showsReference('/services/aws-lambda/');
    expect(page('/services/aws-lambda/').querySelector(`a[href="/${previous}/services/aws-lambda/"]`)).not.toBeNull();
  });

  it('a category of the real period: its pinned page leads to the reference; its root address does not say it left', () => {
    const pinnedPage = squash(page(`/${real}/categories/compute/`).querySelector('.period-notice')!.textContent!);
    expect(pinnedPage).toContain('The latest report does not list its services: it gives them by link');
    expect(text('/categories/compute/')).toContain(`The last report that lists this service category is the report for ${previousDates}`);
    expect(text('/categories/compute/')).not.toMatch(/no longer in the report/i);
    showsReference('/categories/compute/');
    const roots = readdirSync(join(shapesDist, 'categories'), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(roots.length).toBe(14);
    for (const d of roots) expect(text(`/categories/${d.name}/`), d.name).not.toMatch(/no longer in the report/i);
  });

  it('every service of the real period is answered at the root the same way', () => {
    const roots = readdirSync(join(shapesDist, 'services'), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(roots.length).toBe(51);
    for (const d of roots) expect(text(`/services/${d.name}/`), d.name).not.toMatch(/no longer in the report/i);
  });
});

describe('the pages that say it are valid HTML (as tests/build/html-valid.test.ts checks the real site)', () => {
  const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:a11y'], rules: { 'no-dup-id': 'error' } });
  const paths = ['/', '/services/', '/changes/', '/reports/', '/locations/', '/services/aws-lambda/', `/${real}/services/aws-lambda/`];
  it.each(paths)('%s', async (path) => {
    const report = await validator.validateString(read(path), path);
    expect(report.valid, formatterFactory('text')(report.results)).toBe(true);
  });
});
