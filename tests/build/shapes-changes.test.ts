/**
 * What the 12-month fixture period of the report-shapes site (tests/fixtures/shapes/2023-10-01--2024-09-30/:
 * adds Privacy, cites the framework in other words, describes AWS Lambda@Edge under Networking) says on its
 * "What changed" page and in its changes.json, against whichever period precedes it in the shapes site; and that
 * the moved service keeps its pages.
 */
import { describe, expect, it } from 'vitest';
import { page as pageIn, readDist, squash } from '../helpers/dist.ts';
import { reportTextOf } from '../helpers/report-text.ts';
import { shapesDist, shapesPublicUrl } from '../helpers/shapes-site.ts';

const period = '2023-10-01--2024-09-30';
const base = `/${period}`;
const framework =
  'AICPA’s TSP section 100A, Trust Services Criteria for Security, Availability, Processing Integrity, Confidentiality, and Privacy';
const page = (path: string) => pageIn(path, shapesDist);
const json = JSON.parse(readDist(`${base}/changes.json`, shapesDist));
const doc = page(`${base}/changes/`);
/** Visible text, blocks apart (as a reader sees them), inline words as the HTML joins them. */
const text = (el: Element | null | undefined) => (el ? reportTextOf(el) : '');
/** All the text, the site's own parts too (breadcrumbs, notices, the report's identity), which reportTextOf leaves out. */
const plain = (el: Element | null | undefined) => squash(el?.textContent ?? '');
const section = (id: string) => doc.querySelector(`section[aria-labelledby="${id}"]`);
const fact = (name: string) => doc.querySelector(`[data-change="${name}"]`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
/** The day after the previous period's last day: where a gap before this period starts. */
const dayAfterPrevious = iso(new Date(Date.parse(`${json.previous.end}T00:00:00Z`) + 86_400_000));
const serviceUrl = (p: string) => `${shapesPublicUrl}${p}/services/aws-lambda-edge/`;

describe('the 12-month period’s changes.json', () => {
  it('compares it with the period before it, keeping the fields it always had', () => {
    expect(json.period).toEqual({ id: period, start: '2023-10-01', end: '2024-09-30' });
    expect(json.previous.end < '2023-10-01').toBe(true);
    for (const field of ['services', 'categories', 'regions', 'edgeLocations', 'descriptions', 'sections'])
      expect(json, field).toHaveProperty(field);
  });

  it('says the length from the real dates: 12 months of 366 days, no overlap, and the gap before it', () => {
    expect(json.coverage.length).toEqual({ days: 366, months: 12 });
    expect(json.coverage.overlap).toBeNull();
    expect(json.coverage.gap).toMatchObject({ start: dayAfterPrevious, end: '2023-09-30' });
    expect(json.coverage.gap.days).toBeGreaterThan(365);
  });

  it('adds privacy to the criteria, and gives the new framework word by word', () => {
    expect(json.criteria.added).toEqual(['privacy']);
    expect(json.criteria.removed).toEqual([]);
    expect(json.framework.to).toBe(framework);
    const words: { value: string; added?: true; removed?: true }[] = json.framework.words;
    expect(
      words
        .filter((w) => !w.removed)
        .map((w) => w.value)
        .join(''),
    ).toBe(framework);
    expect(
      words
        .filter((w) => !w.added)
        .map((w) => w.value)
        .join(''),
    ).toBe(json.framework.from);
    expect(words.some((w) => w.added || w.removed)).toBe(true);
  });

  it('moves AWS Lambda@Edge to Networking: neither removed nor added, at the same address', () => {
    expect(json.services.moved).toEqual([
      {
        from: { name: 'AWS Lambda@Edge', slug: 'aws-lambda-edge', category: 'Compute', url: serviceUrl(json.previous.id) },
        to: { name: 'AWS Lambda@Edge', slug: 'aws-lambda-edge', category: 'Networking', url: serviceUrl(period) },
      },
    ]);
    const names = [...json.services.added, ...json.services.removed].map((s: { name: string }) => s.name);
    expect(names).not.toContain('AWS Lambda@Edge');
    expect(json.descriptions.map((d: { title: string }) => d.title)).not.toContain('AWS Lambda@Edge');
  });
});

describe('the 12-month period’s What changed page', () => {
  it('says the period, its length and the gap before it, with the site’s labels marked as the site’s', () => {
    const period = section('changes-period')!;
    expect(text(period)).toContain('This report 1 October 2023 to 30 September 2024 (12 months, 366 days)');
    expect(text(fact('length'))).toMatch(/^12 months, where the one before covered \d+ months$/);
    expect(text(fact('overlap'))).toBe('None: no day is covered by both reports');
    expect(text(fact('gap'))).toMatch(/ to 30 September 2023 \(\d+ months, [\d,]+ days\): covered by neither report$/);
    expect(fact('gap')!.querySelector('.site-note')?.textContent).toContain('covered by neither report');
    expect(fact('length')!.classList.contains('site-note')).toBe(true);
  });

  it('says the criteria added and the framework word by word, the report’s words as the report’s', () => {
    expect(text(fact('criteria-added'))).toBe('privacy');
    expect(text(fact('criteria-removed'))).toBe('None');
    expect(text(section('changes-criteria'))).toContain('Criteria now Security, availability, confidentiality and privacy');
    const words = fact('framework')!.querySelector('.report-text')!;
    expect(words.querySelectorAll('ins, del').length).toBeGreaterThan(0);
    // Read without the words removed (and the marks only screen readers hear), it is the framework cited now.
    const now = words.cloneNode(true) as Element;
    for (const el of now.querySelectorAll('del, .visually-hidden')) el.remove();
    expect(squash(now.textContent!)).toBe(framework);
  });

  it('lists the moved service under its services, linked to its page', () => {
    const services = section('changes-services')!;
    expect(text(services)).toContain('1 service moved to another category');
    const item = Array.from(services.querySelectorAll('.moved li')).find((li) => li.textContent!.includes('Lambda@Edge'))!;
    expect(text(item)).toBe('AWS Lambda@Edge: from Compute to Networking');
    expect(item.querySelector('a')?.getAttribute('href')).toMatch(/\/services\/aws-lambda-edge\/$/);
  });
});

describe('the feeds', () => {
  it('say what changed in the 12-month period: the criteria, the framework, the service and the sections moved', () => {
    const feed = JSON.parse(readDist('/feed.json', shapesDist)) as { items: { id: string; summary: string }[] };
    const summary = feed.items.find((i) => i.id.endsWith(`${base}/`))!.summary;
    expect(summary).toMatch(/Against the report for [^:]+: services: 1 moved to another category; sections: 2 removed, 1 renamed, 7 moved/);
    expect(summary).toContain('; 1 criterion added (privacy); the framework cited in other words.');
    const atom = readDist('/feed.xml', shapesDist);
    expect(atom).toContain('1 criterion added (privacy)');
  });
});

describe('a service moved between categories keeps its pages', () => {
  it('its page in this period is under its new category, with the earlier periods in its history', () => {
    const doc = page(`${base}/services/aws-lambda-edge/`);
    expect(plain(doc.querySelector('.crumbs'))).toContain('Networking');
    expect(plain(doc.querySelector('.service-facts'))).toContain('Read it among the Networking services');
    const history = Array.from(doc.querySelectorAll('.service-facts .history li'), (li) => plain(li));
    expect(history).toContain('1 October 2023 to 30 September 2024 (this report)');
    expect(history).toContain('1 April 2017 to 30 September 2017');
  });

  it('the real period’s page of it leads on to the same service, not to a removal', () => {
    const older = page('/2017-04-01--2017-09-30/services/aws-lambda-edge/');
    expect(plain(older.querySelector('.period-notice'))).toMatch(/^A newer report exists\./);
    // A snapshot of its period: its history names no later period, and leads on to the service's current address …
    expect(older.querySelector(`a[href^="${base}/"]`)).toBeNull();
    expect(older.querySelector('.history .later a')?.getAttribute('href')).toBe('/services/aws-lambda-edge/');
    // … which (the latest report giving its services by link) leads to the last report listing it, whose history
    // holds the period that moved it.
    const root = page('/services/aws-lambda-edge/');
    expect(text(root.querySelector('main'))).not.toMatch(/no longer in the report/i);
    const last = Array.from(root.querySelectorAll('main a'), (a) => a.getAttribute('href')!).find((h) =>
      /^\/[\d-]+\/services\/aws-lambda-edge\/$/.test(h),
    );
    expect(last).toBeDefined();
    expect(page(last!).querySelector(`.history a[href="${base}/services/aws-lambda-edge/"]`)).not.toBeNull();
  });
});

describe('a 12-month period with privacy elsewhere', () => {
  it('its pages name the four criteria; /reports/ its length and criteria', () => {
    expect(plain(page(`${base}/`).querySelector('.identity'))).toContain('Security, availability, confidentiality and privacy');
    const reports = page('/reports/');
    const row = Array.from(reports.querySelectorAll('.timeline-table tbody tr')).find((tr) => tr.textContent!.includes('1 October 2023'))!;
    expect(text(row.querySelector('td'))).toBe('12 months');
    expect(text(reports.querySelector(`#period-${period}`)?.closest('li'))).toContain(
      'Criteria Security, availability, confidentiality and privacy',
    );
  });
});

describe('an overlapping 12-month period on /reports/ and its notices', () => {
  const overlapping = '2024-04-01--2025-03-31';
  const overlap = '6 months (1 April 2024 to 30 September 2024)';

  it('/reports/ says what it covers and the report it overlaps', () => {
    const card = page('/reports/').querySelector(`#period-${overlapping}`)!.closest('li')!;
    expect(text(card)).toContain(`Covers 12 months, overlapping the report for 1 October 2023 to 30 September 2024 by ${overlap}`);
  });

  it('carrying Privacy, the framework and the moved service forward, its changes.json says none of them changed', () => {
    const next = JSON.parse(readDist(`/${overlapping}/changes.json`, shapesDist));
    expect(next.previous.id).toBe(period);
    expect(next.criteria).toEqual({ added: [], removed: [] });
    expect(next.framework).toBeNull();
    expect(next.services.moved).toEqual([]);
  });

  it('its pages’ notice and its item in the feeds say the same overlap', () => {
    const sentence = `This report covers 12 months, 1 April 2024 to 31 March 2025, overlapping the previous report by ${overlap}.`;
    expect(plain(page(`/${overlapping}/`).querySelector('.period-notice.coverage'))).toBe(sentence);
    const feed = JSON.parse(readDist('/feed.json', shapesDist)) as { items: { id: string; summary: string }[] };
    expect(feed.items.find((i) => i.id.endsWith(`/${overlapping}/`))!.summary).toContain(sentence);
  });
});
