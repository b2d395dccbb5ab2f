/**
 * The site with two report periods (the real one and the earlier-period fixture, tests/helpers/periods-site.ts):
 * pinned URLs, canonical URLs, notices, navigation that stays in its period, what changed, renames and removals,
 * the search index, feeds, exports and /reports/.
 */
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { builtPages, page as pageIn, readDist as readIn, squash } from '../helpers/dist.ts';
import { earlierPeriod, latestPeriod, periodsContact, periodsDist, periodsPublicUrl } from '../helpers/periods-site.ts';
import { builtUrls, publishedUrls } from '../helpers/published-urls.ts';
import { reportTextOf } from '../helpers/report-text.ts';
import { searchPeriodsUrl } from '../../src/lib/urls.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const read = (path: string) => readIn(path, periodsDist);
const page = (path: string) => pageIn(path, periodsDist);
const older = `/${earlierPeriod}`;
const newer = `/${latestPeriod}`;
const canonical = (path: string) => new URL(page(path).querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname;
const text = (path: string, selector: string) => squash(page(path).querySelector(selector)?.textContent ?? '');

describe('built for its public URL', () => {
  it('names that URL in its absolute links, and never this machine in any file', () => {
    expect(page('/services/amazon-glacier/').querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${periodsPublicUrl}services/amazon-glacier/`,
    );
    const text = readdirSync(periodsDist, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(html|json|xml|txt|csv|geojson|js|css)$/.test(f),
    );
    expect(text.length).toBeGreaterThan(200);
    expect(text.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(join(periodsDist, f), 'utf8')))).toEqual([]);
  });
});

describe('URLs: every period pinned, the latest also at the root', () => {
  const built = new Set(builtUrls(periodsDist));

  it('loses no published URL', () => {
    expect(publishedUrls().filter((u) => !built.has(u))).toEqual([]);
  });

  it('publishes each period under its own prefix, the latest too', () => {
    for (const base of [older, newer]) {
      for (const path of [
        '/',
        '/report/',
        '/services/',
        '/services/amazon-glacier/',
        '/sections/people/',
        '/categories/storage/',
        '/changes/',
        '/services.json',
      ]) {
        expect(built.has(`${base}${path}`), `${base}${path}`).toBe(true);
      }
    }
    expect(built.has(`${older}/services/amazon-ec2-simple-systems-manager-ssm/`)).toBe(true);
    expect(built.has(`${older}/categories/contact-center/`)).toBe(false);
  });

  it('canonical: a root page to itself, the latest pinned copy to the root, a superseded page to itself', () => {
    expect(canonical('/services/amazon-glacier/')).toBe('/services/amazon-glacier/');
    expect(canonical(`${newer}/services/amazon-glacier/`)).toBe('/services/amazon-glacier/');
    expect(canonical(`${older}/services/amazon-glacier/`)).toBe(`${older}/services/amazon-glacier/`);
  });

  it('lists canonical pages only in the sitemap', () => {
    const urls = Array.from(read('/sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g), (m) => new URL(m[1]!).pathname);
    expect(urls).toContain('/services/amazon-glacier/');
    expect(urls).toContain(`${older}/services/amazon-glacier/`);
    expect(urls.filter((u) => u.startsWith(`${newer}/`))).toEqual([]);
    expect(urls).not.toContain('/services/amazon-ec2-simple-systems-manager-ssm/');
    expect(new Set(urls).size).toBe(urls.length);
  });
});

describe('every page says which period it shows', () => {
  it('in its report identity, with every report a link away in the header', () => {
    expect(text('/services/amazon-glacier/', '.identity')).toMatch(/1 April 2017 to 30 September 2017 .*Latest on this site, ended/);
    expect(text(`${older}/services/amazon-glacier/`, '.identity')).toMatch(
      /1 October 2016 to 31 March 2017 .*Superseded by a newer report/,
    );
    for (const path of [`${older}/`, '/services/amazon-glacier/'])
      expect(Array.from(page(path).querySelectorAll('.site-header nav a'), (a) => a.getAttribute('href'))).toContain('/reports/');
  });

  it('a superseded page says a newer report exists, without naming it, and links to the same page in it', () => {
    const notice = page(`${older}/services/amazon-glacier/`).querySelector('.period-notice')!;
    // A snapshot of its period: nothing in it changes when yet another report is published.
    expect(squash(notice.querySelector('p')!.textContent!)).toBe(
      'A newer report exists. This page shows the report for 1 October 2016 to 31 March 2017, at its pinned address: its text does not change.',
    );
    expect(Array.from(notice.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual(['/services/amazon-glacier/', '/reports/']);
    // A renamed service's page leads to it under its new name.
    expect(page(`${older}/services/amazon-ec2-simple-systems-manager-ssm/`).querySelector('.period-notice a')?.getAttribute('href')).toBe(
      '/services/amazon-ec2-systems-manager/',
    );
  });

  it('the latest period’s pages carry no such notice; their pinned copies say they are pinned', () => {
    expect(page('/services/amazon-glacier/').querySelector('.period-notice')).toBeNull();
    expect(text(`${newer}/services/amazon-glacier/`, '.period-notice')).toMatch(/^The pinned address of this page .* will not change/);
  });

  it('navigation, breadcrumbs, prev/next, the header and search stay in the period being read', () => {
    const doc = page(`${older}/services/amazon-glacier/`);
    const inPage = (selector: string) => Array.from(doc.querySelectorAll(`${selector} a[href^="/"]`), (a) => a.getAttribute('href')!);
    for (const selector of ['.site-header nav', '.nav-column', '.crumbs', '.prev-next', '.service-facts div:first-child']) {
      const links = inPage(selector);
      expect(links.length, selector).toBeGreaterThan(0);
      // "All reports" is the one page of the whole site among them.
      expect(
        links.filter((l) => !l.startsWith(`${older}/`) && l !== '/reports/'),
        selector,
      ).toEqual([]);
    }
    const control = doc.querySelector('[data-search-control]')!;
    expect(control.getAttribute('data-search-page-url')).toBe(`${older}/search/`);
    expect(control.getAttribute('data-search-period')).toBe(earlierPeriod);
  });
});

describe('what changed', () => {
  const doc = page('/changes/');
  const section = (id: string) => reportTextOf(doc.querySelector(`section[aria-labelledby="${id}"]`)!);

  it('the earliest period’s page says it is the earliest, though it was published after the newer one (a backfill)', () => {
    const main = text(`${older}/changes/`, 'main');
    expect(main).toContain('This is the earliest report on this site: there is no report of an earlier period to compare it with.');
    expect(main).not.toMatch(/first report published/);
  });

  it('is at /changes/ for the latest period, compared with the one before', () => {
    expect(squash(doc.querySelector('main')!.textContent!)).toContain(
      'The report for 1 April 2017 to 30 September 2017 compared with the one before it',
    );
    expect(squash(readIn(`${newer}/changes/`, periodsDist))).toContain('compared with the one before it');
  });

  it('lists the services added per category, and the rename', () => {
    const services = section('changes-services');
    expect(services).toContain('4 services added, 0 services removed, 1 service renamed');
    for (const [category, names] of [
      ['Security & Identity', 'Amazon Cloud Directory AWS Shield'],
      ['Application Services', 'AWS Step Functions'],
      ['Contact Center', 'Amazon Connect'],
    ]) {
      expect(services).toContain(`${category} ${names}`);
    }
    expect(services).toContain('Amazon EC2 Simple Systems Manager (SSM) is now Amazon EC2 Systems Manager');
  });

  it('lists the categories, Regions and edge locations added', () => {
    const scope = section('changes-scope');
    expect(scope).toContain('Categories Added: Contact Center');
    expect(scope).toContain('Regions Added: Europe (London)');
    expect(scope).toContain('Edge locations Added: Vienna, Austria; Marseille, France');
  });

  it('shows each changed description word by word: the sentence the earlier report lacks, added', () => {
    const descriptions = doc.querySelector('section[aria-labelledby="changes-descriptions"]')!;
    const titles = Array.from(descriptions.querySelectorAll('h3'), (h) => squash(h.textContent!));
    expect(titles).toEqual(['Amazon Glacier', 'Amazon EC2 Systems Manager']);
    const inserted = Array.from(descriptions.querySelectorAll('ins'), (i) => squash(i.textContent!));
    expect(inserted).toContain(
      "[added: Amazon Glacier enables customers to offload the tasks of operating and scaling storage to AWS, so they don't have to worry about capacity planning, hardware provisioning, data replication, hardware failure detection and recovery, or hardware migrations.]",
    );
    expect(Array.from(descriptions.querySelectorAll('del'), (d) => squash(d.textContent!))).toEqual(
      expect.arrayContaining(['[removed: Simple ]']),
    );
  });

  it('shows the section whose text changed, with links to each changed block', () => {
    const sections = doc.querySelector('section[aria-labelledby="changes-sections"]')!;
    expect(Array.from(sections.querySelectorAll('h3'), (h) => squash(h.textContent!))).toEqual(['AWS Background']);
    const links = Array.from(sections.querySelectorAll('.where a'), (a) => a.getAttribute('href'));
    expect(links).toContain('/sections/aws-background/#aws-background-p3-3');
    for (const link of links.filter((l) => l!.startsWith('/sections/'))) {
      const [path, id] = link!.split('#');
      expect(page(path!).getElementById(id!), link!).not.toBeNull();
    }
  });

  it('gives the same data as /changes.json', () => {
    const json = JSON.parse(read('/changes.json'));
    expect(json.period).toEqual({ id: latestPeriod, start: '2017-04-01', end: '2017-09-30' });
    expect(json.previous).toEqual({ id: earlierPeriod, start: '2016-10-01', end: '2017-03-31' });
    expect(json.services.added.map((s: { name: string }) => s.name).sort()).toEqual([
      'AWS Shield',
      'AWS Step Functions',
      'Amazon Cloud Directory',
      'Amazon Connect',
    ]);
    expect(json.services.renamed[0].from.name).toBe('Amazon EC2 Simple Systems Manager (SSM)');
    expect(json.regions).toEqual({ added: ['Europe (London)'], removed: [] });
    expect(json.descriptions.map((d: { title: string }) => d.title)).toEqual(['Amazon Glacier', 'Amazon EC2 Systems Manager']);
    expect(JSON.parse(read(`${older}/changes.json`)).previous).toBeNull();
  });
});

describe('services across periods', () => {
  const inScope = (path: string) => Array.from(page(path).querySelectorAll('.service-facts .history li'), (li) => squash(li.textContent!));

  it('a service page lists the periods whose scope included it, following a rename', () => {
    expect(inScope('/services/amazon-glacier/')).toEqual([
      '1 April 2017 to 30 September 2017 (this report)',
      '1 October 2016 to 31 March 2017',
    ]);
    expect(inScope('/services/amazon-connect/')).toEqual(['1 April 2017 to 30 September 2017 (this report)']);
    expect(inScope('/services/amazon-ec2-systems-manager/')).toEqual([
      '1 April 2017 to 30 September 2017 (this report)',
      '1 October 2016 to 31 March 2017 (as Amazon EC2 Simple Systems Manager (SSM))',
    ]);
  });

  it('a superseded page lists its period and earlier ones only, and leads on to later reports in a line of the site’s', () => {
    expect(inScope(`${older}/services/amazon-glacier/`)).toEqual([
      'Later reports: this service in the latest report',
      '1 October 2016 to 31 March 2017 (this report)',
    ]);
    const later = page(`${older}/services/amazon-ec2-simple-systems-manager-ssm/`).querySelector('.history .later.site-note a');
    expect(later?.getAttribute('href')).toBe('/services/amazon-ec2-systems-manager/');
    // The latest period's pinned copy is its snapshot too: the same list as at the root, no line to later reports.
    expect(inScope(`${newer}/services/amazon-ec2-systems-manager/`)).toEqual(inScope('/services/amazon-ec2-systems-manager/'));
  });

  it('a renamed service’s old root URL is a real redirect to its new page, for every kind of host', () => {
    const old = page('/services/amazon-ec2-simple-systems-manager-ssm/');
    expect(old.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/services/amazon-ec2-systems-manager/');
    expect(old.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(new URL(old.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(
      '/services/amazon-ec2-systems-manager/',
    );
    expect(read('/_redirects')).toContain('/services/amazon-ec2-simple-systems-manager-ssm/ /services/amazon-ec2-systems-manager/ 301\n');
  });
});

describe('search: one period at a time', () => {
  const indexed = readdirSync(join(periodsDist, 'pagefind', 'fragment')).length;
  const bodies = (path: string) => page(path).querySelectorAll('[data-pagefind-body]').length;

  it('indexes the root pages and the superseded period’s pages, not the latest period’s pinned copies', () => {
    expect(bodies('/services/amazon-glacier/')).toBeGreaterThan(0);
    expect(bodies(`${older}/services/amazon-glacier/`)).toBeGreaterThan(0);
    expect(bodies(`${newer}/services/amazon-glacier/`)).toBe(0);
    const withBody = builtPages(periodsDist).filter((p) => bodies(p) > 0);
    expect(withBody.filter((p) => p.startsWith(`${newer}/`))).toEqual([]);
    expect(indexed).toBe(withBody.length);
  });

  it('files each page under its period, and labels a superseded period’s results with it', () => {
    const article = (path: string) => page(path).querySelector('article[data-pagefind-body]')!;
    expect(article('/services/amazon-glacier/').getAttribute('data-search-period')).toBe(latestPeriod);
    expect(article(`${older}/services/amazon-glacier/`).getAttribute('data-search-period')).toBe(earlierPeriod);
    expect(article(`${older}/services/amazon-glacier/`).getAttribute('data-search-period-label')).toBe('1 October 2016 to 31 March 2017');
    expect(article('/services/amazon-glacier/').hasAttribute('data-search-period-label')).toBe(false);
  });

  it('lists the periods to search in one file, newest first; a page names only its own (adding a period leaves it as it was)', () => {
    expect(JSON.parse(read(searchPeriodsUrl))).toEqual([
      { id: latestPeriod, label: '1 April 2017 to 30 September 2017', latest: true },
      { id: earlierPeriod, label: '1 October 2016 to 31 March 2017', latest: false },
    ]);
    for (const [path, period] of [
      ['/reports/', latestPeriod],
      [`${older}/sections/people/`, earlierPeriod],
    ] as const) {
      const control = page(path).querySelector('[data-search-control]')!;
      expect(control.getAttribute('data-search-period'), path).toBe(period);
      const other = period === latestPeriod ? earlierPeriod : latestPeriod;
      expect(control.outerHTML, path).not.toContain(other);
    }
  });
});

describe('feeds of publications', () => {
  const jsonFeed = z.object({
    version: z.literal('https://jsonfeed.org/version/1'),
    title: z.string(),
    home_page_url: z.url(),
    feed_url: z.url(),
    items: z.array(z.looseObject({ id: z.string(), url: z.url(), title: z.string(), date_modified: z.string() })),
  });

  it('an Atom feed that parses: each period published, and each correction, newest first', () => {
    const document = new DOMParser().parseFromString(read('/feed.xml'), 'text/xml') as unknown as Document;
    const entries = Array.from(document.querySelectorAll('entry'), (e) => ({
      title: squash(e.querySelector('title')!.textContent!),
      updated: e.querySelector('updated')!.textContent,
      link: e.querySelector('link')!.getAttribute('href'),
    }));
    // The earlier period is a backfill, published (and corrected) after the newer one: the feed goes by those dates.
    expect(entries.map((e) => [e.title, e.updated?.slice(0, 10)])).toEqual([
      ['Corrected: the SOC 3 report for 1 October 2016 to 31 March 2017', '2026-12-03'],
      ['Published: the SOC 3 report for 1 October 2016 to 31 March 2017 (an earlier period)', '2026-12-01'],
      ['Published: the SOC 3 report for 1 April 2017 to 30 September 2017', '2026-11-28'],
    ]);
    expect(new URL(entries[1]!.link!).pathname).toBe(`${older}/`);
    expect(squash(document.querySelectorAll('entry')[1]!.querySelector('summary')!.textContent!)).toContain(
      'the latest report is still the one for 1 April 2017 to 30 September 2017',
    );
    expect(document.querySelector('feed > updated')?.textContent).toMatch(/^2026-12-03T/);
    expect(read('/feed.xml')).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
  });

  it('a JSON Feed that parses and fits the format', () => {
    const feed = jsonFeed.parse(JSON.parse(read('/feed.json')));
    expect(feed.items.map((i) => i.title)).toHaveLength(3);
  });

  it('is announced on every page', () => {
    for (const path of ['/', `${older}/services/amazon-glacier/`, '/reports/']) {
      const types = Array.from(page(path).querySelectorAll('link[rel="alternate"]'), (l) => [
        l.getAttribute('type'),
        l.getAttribute('href'),
      ]);
      expect(types).toEqual([
        ['application/atom+xml', '/feed.xml'],
        ['application/feed+json', '/feed.json'],
      ]);
    }
  });
});

describe('exports per period, each record naming its period', () => {
  it('services.json and .csv at the root are the latest’s; each period has its own', () => {
    const latest = JSON.parse(read('/services.json')) as { name: string; period: string; url: string }[];
    const earlier = JSON.parse(read(`${older}/services.json`)) as typeof latest;
    expect(latest).toHaveLength(51);
    expect(earlier).toHaveLength(47);
    expect(new Set(latest.map((r) => r.period))).toEqual(new Set([latestPeriod]));
    expect(new Set(earlier.map((r) => r.period))).toEqual(new Set([earlierPeriod]));
    expect(new URL(earlier[0]!.url).pathname.startsWith(`${older}/services/`)).toBe(true);
    expect(read(`${older}/services.csv`).split('\r\n')[0]).toBe('name,slug,category,url,description,period');
  });

  it('locations.geojson per period', () => {
    const features = (path: string) =>
      (JSON.parse(read(path)) as { features: { properties: { name: string; period: string } }[] }).features;
    expect(features('/locations.geojson')).toHaveLength(61);
    expect(features(`${older}/locations.geojson`)).toHaveLength(58);
    expect(features(`${older}/locations.geojson`).map((f) => f.properties.name)).not.toContain('Europe (London)');
    expect(new Set(features(`${older}/locations.geojson`).map((f) => f.properties.period))).toEqual(new Set([earlierPeriod]));
  });
});

describe('/reports/', () => {
  it('lists every period, newest first, with its facts and links', () => {
    const doc = page('/reports/');
    const periods = Array.from(doc.querySelectorAll('.periods > li'));
    expect(periods.map((li) => squash(li.querySelector('h2')!.textContent!))).toEqual([
      '1 April 2017 to 30 September 2017 Latest',
      '1 October 2016 to 31 March 2017',
    ]);
    const links = Array.from(periods[1]!.querySelectorAll('a'), (a) => a.getAttribute('href'));
    expect(links).toEqual(
      expect.arrayContaining([
        `${older}/`,
        `${older}/report/`,
        `${older}/changes/`,
        `${older}/services.json`,
        `${older}/services.csv`,
        `${older}/locations.geojson`,
      ]),
    );
    expect(reportTextOf(periods[1]!)).toContain(
      'Published here 1 December 2026 (by this site; an earlier period, added after the report for 1 April 2017 to 30 September 2017)',
    );
    expect(reportTextOf(periods[0]!)).toContain('Published here 28 November 2026 (by this site)');
    expect(reportTextOf(periods[0]!)).not.toContain('an earlier period');
    // Two six-month periods that follow each other: the length, no overlap.
    for (const li of periods) expect(reportTextOf(li)).toContain('Covers 6 months');
  });

  it('draws the periods on one time line, with a table that says the same in words', () => {
    const doc = page('/reports/');
    const figure = doc.querySelector('.timeline')!;
    expect(figure.querySelectorAll('svg rect.bar')).toHaveLength(2);
    // One lane: the two six-month periods follow each other, with no overlap.
    const ys = new Set(Array.from(figure.querySelectorAll('svg rect.bar'), (r) => r.getAttribute('y')));
    expect(ys.size).toBe(1);
    const rows = Array.from(figure.querySelectorAll('tbody tr'), (tr) => Array.from(tr.children, (c) => squash(c.textContent!)));
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['1 April 2017 to 30 September 2017', '6 months', 'none', 'none'],
      ['1 October 2016 to 31 March 2017', '6 months', 'none', 'none'],
    ]);
    expect(rows[1]![4]).toBe('1 December 2026');
    expect(figure.querySelector('tbody a')?.getAttribute('href')).toBe(`#period-${latestPeriod}`);
  });
});

describe('the accessibility statement, with a contact set', () => {
  it('links the contact the publisher set, in place of the note that none is', () => {
    const link = page('/accessibility/').querySelector(`main a[href="mailto:${periodsContact}"]`);
    expect(link?.textContent).toBe(periodsContact);
    expect(text('/accessibility/', 'main')).not.toContain('has not given a contact');
  });
});
