/**
 * The 2019-shaped period (tests/fixtures/shapes/2019-04-01--2019-09-30/README.md) built beside the real one, the
 * latest (another shape) at the root, so its pages are read at their pinned addresses: sections keep their addresses whatever their headings, parts within parts have the right
 * heading levels, contents and previous/next, the table is styled and linked, /changes/ and changes.json say what
 * happened to the sections, and a renamed key's old address leads to its new one.
 */
import { describe, expect, it } from 'vitest';
import { page as pageIn, readDist, squash } from '../helpers/dist.ts';
import { builtUrls, publishedUrls } from '../helpers/published-urls.ts';
import { shapesDist } from '../helpers/shapes-site.ts';

const real = '/2017-04-01--2017-09-30';
/** The 2019-shaped period's pinned pages (the root shows the latest period, another shape). */
const p19 = '/2019-04-01--2019-09-30';
const page = (path: string) => pageIn(path, shapesDist);
const text = (path: string, selector: string) => squash(page(path).querySelector(selector)?.textContent ?? '');
const all = (path: string, selector: string) => Array.from(page(path).querySelectorAll(selector));
const longHeading =
  'Management of Amazon Web Services, Inc. (AWS) Responsible for Designing, Implementing and Maintaining Effective Controls Over the Amazon Web Services System (System) to Provide Reasonable Assurance That the Commitments and System Requirements Related to the Operation of the System Are Achieved';

describe('addresses', () => {
  const built = new Set(builtUrls(shapesDist));

  it('loses no published URL', () => {
    expect(publishedUrls().filter((u) => !built.has(u))).toEqual([]);
  });

  it('the assertion, printed under its long heading, keeps its short address', () => {
    expect(text(`${p19}/sections/management-assertion/`, 'h1')).toContain(longHeading);
    expect(page(`${p19}/sections/management-assertion/`).querySelector('meta[http-equiv="refresh"]')).toBeNull();
    expect(text(`${p19}/sections/management-assertion/`, 'main')).not.toMatch(/no longer in the report/i);
    expect([...built].filter((u) => u.length > 120)).toEqual([]);
  });

  it('a renamed key’s old address redirects to the new one, saying so', () => {
    expect(page('/sections/data/').querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      '0; url=/sections/customer-data/',
    );
    expect(text('/sections/data/', 'main')).toContain('The latest report calls this report section Customer Data');
    expect(readDist('/_redirects', shapesDist)).toMatch(/^\/sections\/data\/ \/sections\/customer-data\/ 301$/m);
    // The older period's page leads to the same section in the latest report.
    expect(all(`${real}/sections/data/`, 'a').some((a) => a.getAttribute('href') === '/sections/customer-data/')).toBe(true);
  });
});

describe('parts within parts', () => {
  it('an attachment’s page lists the parts it holds; their breadcrumbs go through it', () => {
    expect(text(`${p19}/sections/attachment-a/`, 'h1')).toBe('Attachment A – Amazon Web Services System');
    expect(all(`${p19}/sections/attachment-a/`, '.parts a').map((a) => a.getAttribute('href'))).toEqual([
      `${p19}/sections/aws-background/`,
      `${p19}/sections/infrastructure/`,
      `${p19}/sections/components-of-the-system/`,
      `${p19}/sections/people/`,
      `${p19}/sections/customer-data/`,
    ]);
    expect(all(`${p19}/categories/compute/`, '.crumbs a, .crumbs [aria-current]').map((a) => squash(a.textContent ?? ''))).toEqual([
      'Home',
      'Attachment A – Amazon Web Services System',
      'Components of the System',
      'Compute',
    ]);
  });

  it('previous and next follow the reading order through the nesting', () => {
    const step = (path: string) => [
      page(path).querySelector('.prev-next a[rel="prev"]')?.getAttribute('href'),
      page(path).querySelector('.prev-next a[rel="next"]')?.getAttribute('href'),
    ];
    expect(step(`${p19}/sections/attachment-a/`)).toEqual([`${p19}/sections/management-assertion/`, `${p19}/sections/aws-background/`]);
    expect(step(`${p19}/sections/customer-data/`)).toEqual([`${p19}/sections/people/`, `${p19}/sections/attachment-b/`]);
    expect(step(`${p19}/sections/attachment-b/`)).toEqual([`${p19}/sections/customer-data/`, `${p19}/sections/availability/`]);
  });

  it('the contents nest: Attachment A holds Components of the System, which holds the categories', () => {
    const nav = page(`${p19}/`).querySelector('nav[aria-label="Report contents"]')!;
    const item = (href: string) => nav.querySelector(`a[href="${href}"]`)!.closest('li')!;
    expect(item(`${p19}/sections/attachment-a/`).contains(item(`${p19}/sections/components-of-the-system/`))).toBe(true);
    expect(item(`${p19}/sections/components-of-the-system/`).contains(item(`${p19}/categories/compute/`))).toBe(true);
    expect(item(`${p19}/sections/attachment-a/`).contains(item(`${p19}/sections/availability/`))).toBe(false);
    expect(item(`${p19}/sections/attachment-b/`).contains(item(`${p19}/sections/availability/`))).toBe(true);
  });

  it('/report/ gives each part the level of its depth, and the services one below their category', () => {
    const level = (id: string) => page(`${p19}/report/`).getElementById(id)?.tagName;
    expect([level('management-assertion'), level('attachment-a'), level('aws-background'), level('components-of-the-system')]).toEqual([
      'H2',
      'H2',
      'H3',
      'H3',
    ]);
    expect([level('compute'), level('aws-lambda'), level('customer-data'), level('attachment-b'), level('availability')]).toEqual([
      'H4',
      'H5',
      'H3',
      'H2',
      'H3',
    ]);
    // A subheading of a section's text: one below the section's heading, here as on the section's page.
    expect(level('trust-services-principles-and-criteria')).toBe('H3');
    expect(page(`${p19}/sections/attachment-b/`).getElementById('trust-services-principles-and-criteria')?.tagName).toBe('H2');
    // Nested as sections too: Availability's part is inside Attachment B's.
    const part = (id: string) => page(`${p19}/report/`).getElementById(id)!.closest('section')!;
    expect(part('attachment-b').contains(part('availability'))).toBe(true);
    // The printed contents nest the same way.
    const printed = page(`${p19}/report/`).querySelector('.print-contents a[href="#attachment-a"]')!.closest('li')!;
    expect(printed.querySelector('a[href="#compute"]')).not.toBeNull();
  });

  it('the real period keeps its flat shape: categories at h3 under their section, services at h4', () => {
    const level = (id: string) => page(`${real}/report/`).getElementById(id)?.tagName;
    expect([level('components-of-the-system'), level('compute'), level('aws-lambda'), level('data')]).toEqual(['H2', 'H3', 'H4', 'H2']);
  });
});

describe('a table in report text', () => {
  for (const path of [`${p19}/sections/attachment-b/`, `${p19}/report/`]) {
    it(`${path}: in a labelled, focusable scroll box, with its link`, () => {
      const box = page(path).getElementById('attachment-b-p1')!;
      expect(box.classList.contains('report-table')).toBe(true);
      // A region (a section named for what it is), which the keyboard can focus to scroll.
      const scroll = box.querySelector('section.scroll')!;
      expect([scroll.getAttribute('tabindex'), scroll.getAttribute('aria-label')]).toEqual([
        '0',
        'Table from the report, scrolls sideways',
      ]);
      expect(all(path, '#attachment-b-p1 tr').map((tr) => squash(tr.querySelector('th, td')!.textContent ?? ''))).toEqual([
        'Control Criteria',
        'security',
        'availability',
        'confidentiality',
      ]);
      expect(
        Array.from(box.children)
          .find((c) => c.classList.contains('block-anchor'))
          ?.getAttribute('href'),
      ).toBe('#attachment-b-p1');
    });
  }
});

describe('what changed', () => {
  it('/changes/ lists the attachments added and the sections renamed, heading word by word, key said so', () => {
    const list = page(`${p19}/changes/`).querySelector('[aria-labelledby="changes-section-list"]')!;
    const under = (heading: string) =>
      Array.from(list.querySelectorAll('h3')).find((h) => h.textContent === heading)?.nextElementSibling?.children;
    expect(Array.from(under('Added') ?? [], (li) => squash(li.textContent))).toEqual([
      'Attachment A – Amazon Web Services System',
      'Attachment B – Commitments and System Requirements',
    ]);
    expect(under('Removed')).toBeUndefined();
    const renamed = Array.from(under('Renamed') ?? [], (li) => squash(li.textContent));
    expect(renamed).toHaveLength(2);
    expect(renamed[0]).toContain(
      `Heading was “Management assertion” (the site’s: that report printed none), now “${longHeading}”. Its address is unchanged.`,
    );
    expect(renamed[1]).toMatch(/^\[added: Customer \]Data/);
    expect(renamed[1]).toContain('Heading was “Data”, now “Customer Data”. Its address changed from data to customer-data');
  });

  it('/changes/ says which parts moved into an attachment, from the top level, each linked', () => {
    const list = page(`${p19}/changes/`).querySelector('[aria-labelledby="changes-section-list"]')!;
    const moved = Array.from(list.querySelectorAll('.moved-sections li'));
    expect(moved.map((li) => squash(li.textContent))).toEqual([
      'AWS Background: from the report’s top level to Attachment A – Amazon Web Services System',
      'Infrastructure: from the report’s top level to Attachment A – Amazon Web Services System',
      'Components of the System: from the report’s top level to Attachment A – Amazon Web Services System',
      'People: from the report’s top level to Attachment A – Amazon Web Services System',
      'Customer Data (in the previous report: Data): from the report’s top level to Attachment A – Amazon Web Services System',
      'Availability: from the report’s top level to Attachment B – Commitments and System Requirements',
      'Confidentiality: from the report’s top level to Attachment B – Commitments and System Requirements',
    ]);
    expect(Array.from(moved[0]!.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual([
      `${p19}/sections/aws-background/`,
      `${p19}/sections/attachment-a/`,
    ]);
  });

  it('the next period’s /changes/ moves them back out of the attachments, and says the attachments removed', () => {
    const json = JSON.parse(readDist('/2023-10-01--2024-09-30/changes.json', shapesDist)) as {
      previous: { id: string };
      sectionList: { removed: { key: string }[]; moved: { to: { key: string }; fromParent: { key: string } | null; toParent: null }[] };
    };
    expect(json.previous.id).toBe(p19.slice(1));
    expect(json.sectionList.removed.map((s) => s.key)).toEqual(['attachment-a', 'attachment-b']);
    expect(json.sectionList.moved.map((m) => [m.to.key, m.fromParent?.key, m.toParent])).toContainEqual(['people', 'attachment-a', null]);
    expect(json.sectionList.moved).toHaveLength(7);
  });

  it('changes.json gives them too', () => {
    const json = JSON.parse(readDist(`${p19}/changes.json`, shapesDist)) as {
      sectionList: {
        added: { key: string }[];
        removed: unknown[];
        renamed: { from: { key: string }; to: { key: string }; keyRenamed: boolean }[];
        moved: { to: { key: string }; fromParent: unknown; toParent: { key: string } }[];
      };
    };
    expect(json.sectionList.added.map((s) => s.key)).toEqual(['attachment-a', 'attachment-b']);
    expect(json.sectionList.removed).toEqual([]);
    expect(json.sectionList.renamed.map((r) => [r.from.key, r.to.key, r.keyRenamed])).toEqual([
      ['management-assertion', 'management-assertion', false],
      ['data', 'customer-data', true],
    ]);
    expect(json.sectionList.moved.map((m) => [m.to.key, m.fromParent, m.toParent.key])).toContainEqual([
      'customer-data',
      null,
      'attachment-a',
    ]);
  });
});
