import { describe, expect, it } from 'vitest';
import { builtPages, page, readDist, squash } from '../helpers/dist.ts';
import type { ServiceRecord } from '../../src/lib/service-exports.ts';

const json = JSON.parse(readDist('/services.json')) as ServiceRecord[];

describe('pages for every part of the report', () => {
  const pages = builtPages();

  it('has a page per section, category and service', () => {
    expect(pages.filter((p) => p.startsWith('/sections/'))).toHaveLength(8);
    expect(pages.filter((p) => p.startsWith('/categories/'))).toHaveLength(14);
    expect(pages.filter((p) => /^\/services\/[^/]+\/$/.test(p))).toHaveLength(51);
  });

  it('shows the report identity on every page', () => {
    for (const path of pages) {
      const identity = squash(page(path).querySelector('.identity')?.textContent ?? '');
      expect(identity, path).toContain('Amazon Web Services, Inc.');
      expect(identity, path).toContain('1 April 2017 to 30 September 2017');
      expect(identity, path).toContain('Security, availability and confidentiality');
    }
  });

  it('gives each service page its description, category, period and neighbours', () => {
    const doc = page('/services/amazon-simple-queue-service-sqs/');
    expect(doc.querySelector('h1')?.textContent).toBe('Amazon Simple Queue Service (SQS)');
    expect(doc.querySelector('article h1')?.textContent).toBe('Amazon Simple Queue Service (SQS)');
    expect(squash(doc.querySelector('article p[id]')!.textContent!)).toMatch(/^Amazon Simple Queue Service enables customers/);
    const facts = squash(doc.querySelector('.service-facts')!.textContent!);
    expect(facts).toContain('Messaging');
    const fact = (label: string) =>
      Array.from(doc.querySelectorAll('.service-facts dt'))
        .filter((dt) => dt.textContent === label)
        .map((dt) => squash(dt.nextElementSibling!.textContent!));
    expect(fact('Report period')).toEqual(['1 April 2017 to 30 September 2017']);
    expect(fact('Covered in')).toEqual(['1 April 2017 to 30 September 2017 (this report)']);
    expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/services/amazon-simple-notification-service-sns/');
    expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/services/aws-cloudformation/');
    const crumbs = Array.from(doc.querySelectorAll('nav[aria-label="Breadcrumb"] a'), (a) => a.textContent);
    expect(crumbs).toEqual(['Home', 'Components of the System', 'Messaging', 'Amazon Simple Queue Service (SQS)']);
  });

  it('anchors each service on its category page at its slug', () => {
    const ids = Array.from(page('/categories/storage/').querySelectorAll('article h2'), (h) => h.id);
    expect(ids).toEqual(json.filter((s) => s.category === 'Storage').map((s) => s.slug));
  });

  it('shows the 14 categories with their counts on the home page', () => {
    const cards = Array.from(page('/').querySelectorAll('#categories .grid > li'), (li) =>
      squash(li.querySelector('h3')!.textContent! + ' ' + li.querySelector('.site-note')!.textContent),
    );
    expect(cards).toEqual([
      'Compute 8 services',
      'Storage 5 services',
      'Database 5 services',
      'Networking 6 services',
      'Security & Identity 8 services',
      'Analytics 3 services',
      'Application Services 2 services',
      'Messaging 3 services',
      'Management Tools 5 services',
      'Business Productivity 1 service',
      'Desktop 1 service',
      'Mobile Services 2 services',
      'Internet of Things 1 service',
      'Contact Center 1 service',
    ]);
    const stats = Array.from(page('/').querySelectorAll('.summary li'), (li) => squash(li.textContent!));
    expect(stats).toEqual(['51 services in scope', '14 service categories', '15 regions', '46 edge locations']);
    // Each count leads to what it counts: a scope list, the categories below, the sentence that names the Regions.
    const links = Array.from(page('/').querySelectorAll('.summary li a'), (a) => a.getAttribute('href')!);
    expect(links).toEqual([
      '/sections/aws-background/#scope-services',
      '#categories',
      '/sections/aws-background/#aws-background-p4',
      '/sections/aws-background/#scope-edge-locations',
    ]);
    expect(squash(page('/sections/aws-background/').getElementById('aws-background-p4')!.textContent!)).toMatch(
      /^The scope of locations covered in this report includes the data centers in the US East \(Northern Virginia\)/,
    );
  });

  it('marks the heading the site supplies, on its page and in the full report, in words', () => {
    const doc = page('/sections/management-assertion/');
    expect(doc.querySelector('h1')?.getAttribute('data-title-from')).toBe('site');
    expect(doc.querySelector('.page-heading')?.textContent).toContain('Heading added by this site');
    // In the full report, the note follows each heading the site wrote, and no other.
    const report = page('/report/').querySelector('.report-text')!;
    const added = Array.from(report.querySelectorAll('[data-title-from="site"]'));
    expect(added.map((h) => h.id)).toEqual(['management-assertion']);
    const notes = Array.from(report.querySelectorAll('p')).filter((p) =>
      squash(p.textContent ?? '').startsWith('Heading added by this site'),
    );
    expect(notes.map((p) => p.previousElementSibling)).toEqual(added);
    expect(squash(notes[0]!.textContent!)).toBe('Heading added by this site: the report prints this part without one.');
  });
});

describe('counts', () => {
  it('say one thing in the singular on every page, hidden text included', () => {
    for (const path of builtPages()) {
      const text = squash(page(path).body.textContent ?? '');
      expect(text.match(/(?<![\d.,])1 (services|categories|periods|locations|regions|changes)\b/g), path).toBeNull();
    }
  });
});

describe('the accessibility statement', () => {
  it('is linked from the footer of every page', () => {
    for (const path of builtPages()) expect(page(path).querySelector('footer a[href="/accessibility/"]'), path).not.toBeNull();
  });

  it('names the standard and the tests, and says that no contact is set when none is', () => {
    const text = squash(page('/accessibility/').querySelector('main')!.textContent!);
    expect(text).toContain('WCAG) 2.2 at level AA');
    for (const tool of ['axe', 'IBM Equal Access', 'Nu Html Checker', 'forced colours', '320 pixels']) expect(text).toContain(tool);
    expect(text).toContain('has not given a contact for requests yet');
    expect(text).toContain('accessibilityContact');
  });
});
