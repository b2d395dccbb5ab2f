/**
 * The report's own facts, over the report-shapes site (tests/helpers/shapes-site.ts): the fixture period
 * 2024-04-01--2025-03-31 records the assertion's heading and date, the auditor, an original PDF and what its text
 * leaves out, and lists locations on every continent; the real period records its assertion date and omissions.
 * Whichever fixture period precedes it in the final site, these are what this period introduces.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { page as pageIn, squash } from '../helpers/dist.ts';
import { fixturePath } from '../helpers/paths.ts';
import { shapesDist, shapesRoot } from '../helpers/shapes-site.ts';

const period = '2024-04-01--2025-03-31';
const realPeriod = '2017-04-01--2017-09-30';
const page = (path: string) => pageIn(path, shapesDist);
const text = (el: Element | null | undefined) => squash(el?.textContent ?? '');

// The PDF as committed, measured here, not by the site's code.
const pdf = readFileSync(fixturePath(`shapes/${period}/report.pdf`));
const pdfSha256 = createHash('sha256').update(pdf).digest('hex');
const pdfUrl = `/${period}/report.pdf`;

const omissions = [
  'The heading and the date the PDF prints above management’s assertion (both are recorded here from the PDF).',
  'The independent service auditor’s report, which opens the report (this fixture’s PDF has none either).',
];
const realOmissions = [
  'Pages 2 and 3 of the PDF, which have no extractable text (most likely the independent service auditor’s report, printed as an image).',
  'The heading and the date that page 4 of the PDF prints above management’s assertion (the date is recorded here from the PDF).',
];

/** The value of a fact row (`<dt>label</dt><dd>…</dd>`) in a part of a page. */
const fact = (root: ParentNode, label: string) =>
  Array.from(root.querySelectorAll('dt')).find((dt) => text(dt) === label)?.nextElementSibling ?? undefined;

describe('the original PDF', () => {
  it('is committed small (a fixture) and published beside the period’s pinned pages, byte for byte', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(50_000);
    expect(readFileSync(join(shapesDist, pdfUrl)).equals(pdf)).toBe(true);
  });

  it('is served as application/pdf by the generated nginx and Caddy configurations', () => {
    expect(readFileSync(join(shapesRoot, 'deploy/nginx.conf'), 'utf8')).toMatch(/application\/pdf\s+pdf;/);
    expect(readFileSync(join(shapesRoot, 'deploy/Caddyfile'), 'utf8')).toMatch(
      /path \*\.pdf\n\s*header @\w+ Content-Type "application\/pdf"/,
    );
  });

  for (const [where, path] of [
    ['the period’s pinned home page', `/${period}/`],
    ['the full report (and its print)', `/${period}/report/`],
    ['/reports/', '/reports/'],
  ] as const)
    it(`${where} links it with its size and the SHA-256 of its bytes`, () => {
      const root = path === '/reports/' ? page(path).getElementById(`period-${period}`)!.closest('li')! : page(path);
      const row = fact(root, 'Original PDF');
      const link = row?.querySelector('a');
      expect(link?.getAttribute('href')).toBe(pdfUrl);
      expect(link?.getAttribute('type')).toBe('application/pdf');
      expect(text(row)).toContain(`report.pdf (PDF, ${(pdf.length / 1000).toFixed(1)} KB)`);
      expect(row?.querySelector('[data-pdf-bytes]')?.getAttribute('data-pdf-bytes')).toBe(String(pdf.length));
      expect(text(row?.querySelector('code'))).toBe(pdfSha256);
      expect(text(row)).toContain('SHA-256 (computed by this site)');
    });

  it('is linked from the report’s identity on every page of the period, and only from its own period’s', () => {
    for (const path of [`/${period}/`, `/${period}/services/aws-lambda/`, `/${period}/sections/people/`, `/${period}/locations/`]) {
      const link = page(path).querySelector('.identity a[type="application/pdf"]');
      expect(link?.getAttribute('href'), path).toBe(pdfUrl);
      expect(text(link), path).toBe(`Original PDF of this report (${(pdf.length / 1000).toFixed(1)} KB)`);
    }
    expect(page(`/${realPeriod}/`).querySelector('.identity a[type="application/pdf"]')).toBeNull();
    expect(page('/reports/').getElementById(`period-${realPeriod}`)!.closest('li')!.querySelector('a[href$=".pdf"]')).toBeNull();
  });
});

describe('the assertion and the auditor', () => {
  it('the fixture: the heading as printed (the report’s words), its date, the auditor and that its report is not in the text', () => {
    const home = page(`/${period}/`);
    const assertion = fact(home, 'Management’s assertion');
    expect(text(assertion?.querySelector('q.report-words'))).toBe('controls over the Amazon Web Services System');
    expect(assertion?.querySelector('time')?.getAttribute('datetime')).toBe('2025-04-24');
    expect(text(assertion)).toContain('Dated 24 April 2025');
    const auditor = fact(home, 'Service auditor');
    expect(text(auditor?.querySelector('.report-words'))).toBe('Example Auditors LLP (fixture)');
    expect(text(auditor)).toContain('Report dated 24 April 2025');
    expect(text(auditor?.querySelector('[data-auditor-report="absent"]'))).toBe(
      'The independent service auditor’s report is not in this text.',
    );
  });

  it('the real period: its assertion date, no heading it does not have, no auditor it does not name', () => {
    const home = page(`/${realPeriod}/`);
    const assertion = fact(home, 'Management’s assertion');
    expect(text(assertion)).toBe('Dated 26 October 2017');
    expect(assertion?.querySelector('q')).toBeNull();
    expect(fact(home, 'Service auditor')).toBeUndefined();
    expect(text(fact(home, 'Auditor’s report'))).toBe('The independent service auditor’s report is not in this text.');
  });
});

describe('what the text leaves out of the PDF', () => {
  for (const [which, base, list] of [
    ['the fixture', `/${period}`, omissions],
    ['the real period', `/${realPeriod}`, realOmissions],
  ] as const) {
    it(`${which}: listed on the full report’s cover (printed too), the identity linking there`, () => {
      const report = page(`${base}/report/`);
      const row = report.getElementById('not-in-this-text');
      expect(row?.closest('header.cover'), 'on the cover, which is the first printed page').not.toBeNull();
      expect(row?.closest('.screen-only')).toBeNull();
      expect(Array.from(row!.querySelectorAll('li'), text)).toEqual(list);
      expect(text(row?.querySelector('.site-note'))).toBe('The text published here leaves out of the report’s PDF:');
      for (const path of [`${base}/`, `${base}/services/`]) {
        const link = page(path).querySelector('.identity a[data-omits]');
        expect(link?.getAttribute('href'), path).toBe(`${base}/report/#not-in-this-text`);
        expect(text(link), path).toBe('This text leaves out 2 parts of the PDF');
      }
    });

    it(`${which}: said on its home page and on /reports/`, () => {
      expect(Array.from(fact(page(`${base}/`), 'Not in this text')!.querySelectorAll('li'), text)).toEqual(list);
      const entry = page('/reports/')
        .getElementById(`period-${base.slice(1)}`)!
        .closest('li')!;
      expect(Array.from(fact(entry, 'Not in this text')!.querySelectorAll('li'), text)).toEqual(list);
    });
  }
});

describe(`/${period}/locations/: present-day locations on every continent`, () => {
  const doc = page(`/${period}/locations/`);
  const markers = Array.from(doc.querySelectorAll('a.mk-a'));
  const scope = readFileSync(fixturePath(`shapes/${period}/sections/aws-background.mdx`), 'utf8');
  const regions = Array.from(scope.matchAll(/<Region>([^<]+)<\/Region>/g), (m) => m[1]!);
  const edges = Array.from(
    scope
      .split('<Scope of="edge-locations">')[1]!
      .split('</Scope>')[0]!
      .matchAll(/^- (.+)$/gm),
    (m) => m[1]!,
  );

  it('places every Region and edge location the scope names: 33 and 120, one marker and one table row each', () => {
    expect([regions.length, edges.length]).toEqual([33, 120]);
    expect(markers).toHaveLength(153);
    expect(markers.filter((m) => m.closest('[data-kind="region"]'))).toHaveLength(33);
    const rowNames = Array.from(doc.querySelectorAll('tr[id^="loc-"] th[scope="row"]'), text).sort();
    expect(rowNames).toEqual([...regions, ...edges].sort());
  });

  it('groups them under six continents, coastal cities included', () => {
    expect(Array.from(doc.querySelectorAll('.lt-continent th'), text)).toEqual([
      'Africa',
      'Asia',
      'Europe',
      'North America',
      'Oceania',
      'South America',
    ]);
    for (const name of ['Africa (Cape Town)', 'Copenhagen, Denmark', 'Lisbon, Portugal', 'Istanbul, Turkey', 'Hong Kong, China'])
      expect(
        markers.some((m) => text(m).startsWith(`${name} — `)),
        name,
      ).toBe(true);
  });
});
