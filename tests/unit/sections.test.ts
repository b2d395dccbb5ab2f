/**
 * Sections: a key of their own (the file name), parts within parts (`parent:`), renamed keys (`site.sectionRenames`)
 * and what /changes/ says of them, over the real period and the 2019-shaped fixture
 * (tests/fixtures/shapes/2019-04-01--2019-09-30/README.md) run through the content pipeline in memory.
 */
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { pageOutline } from '../../src/lib/page-outline.ts';
import { joinPeriods } from '../../src/lib/periods.ts';
import { numberBlocks } from '../../src/lib/report-blocks.ts';
import type { Report } from '../../src/lib/report-model.ts';
import { nestPages } from '../../src/lib/section-tree.ts';
import { sectionListRecord } from '../../src/lib/section-changes-export.ts';
import { compareSections, type SectionRef } from '../../src/lib/section-changes.ts';
import { sectionLineage } from '../../src/lib/section-lineage.ts';
import { readContent, runContent } from '../helpers/content-pipeline.ts';
import { fixturePath } from '../helpers/paths.ts';

const real = '2017-04-01--2017-09-30';
const shaped = '2019-04-01--2019-09-30';

const files = readContent();
for (const [path, bytes] of readContent(join(fixturePath('shapes'), shaped))) files.set(`${shaped}/${path}`, bytes);
const { output, reports } = await runContent(files);
const [latest, earlier] = reports as [Report, Report];
const { periods } = joinPeriods(reports);
const page = (report: Report, slug: string) => report.pages.find((p) => p.slug === slug)!;

describe('nestPages', () => {
  const pages = () =>
    [
      ['section', 'a'],
      ['section', 'b'],
      ['section', 'c'],
      ['category', 'k'],
      ['section', 'd'],
    ].map(([kind, slug]) => ({ kind: kind as 'section' | 'category', slug: slug!, parent: undefined as string | undefined, depth: 0 }));
  const declared = (parents: Record<string, string>) =>
    Object.entries(parents).map(([slug, parent]) => ({ slug, parent, file: `${slug}.mdx`, parentLine: 3 }));

  it('gives each part its parent and depth; a category sits under the section listed last before it', () => {
    const list = pages();
    expect(nestPages(list, declared({ b: 'a', c: 'b' }), 'report.yaml')).toEqual([]);
    expect(list.map((p) => [p.slug, p.parent, p.depth])).toEqual([
      ['a', undefined, 0],
      ['b', 'a', 1],
      ['c', 'b', 2],
      ['k', 'c', 3],
      ['d', undefined, 0],
    ]);
  });

  it('a section listed after its parent’s parts closes them: siblings', () => {
    const list = pages();
    expect(nestPages(list, declared({ b: 'a', c: 'a', d: 'a' }), 'report.yaml')).toEqual([]);
    expect(list.map((p) => p.parent)).toEqual([undefined, 'a', 'a', 'c', 'a']);
  });

  it('a part listed outside its parent, an unknown parent, a category as parent, a cycle: each a problem', () => {
    expect(nestPages(pages(), declared({ d: 'b' }), 'report.yaml')).toEqual([
      {
        file: 'report.yaml',
        message: 'order lists "d" outside its parent "b": list it after "b", among the parts "b" holds',
      },
    ]);
    expect(nestPages(pages(), declared({ b: 'z', c: 'k' }), 'r').map((p) => [p.file, p.line, p.message.split(':')[0]])).toEqual([
      ['b.mdx', 3, 'parent "z" is not a section of this period'],
      ['c.mdx', 3, 'parent "k" is a service category'],
    ]);
    expect(nestPages(pages(), declared({ a: 'c', b: 'a', c: 'b' }), 'r')).toHaveLength(1);
  });
});

describe('the 2019-shaped period beside the real one', () => {
  it('passes the content pipeline', () => {
    expect(output).toBe('');
    expect(reports.map((r) => r.periodId)).toEqual([shaped, real]);
  });

  it('keeps every section’s address but the one it renames, whatever its heading', () => {
    const keys = (r: Report) => r.pages.filter((p) => p.kind === 'section').map((p) => p.slug);
    expect(keys(earlier).filter((k) => !keys(latest).includes(k))).toEqual(['data']);
    const assertion = page(latest, 'management-assertion');
    expect(assertion.title.length).toBeGreaterThan(200);
    expect(assertion.url).toBe(`/${shaped}/sections/management-assertion/`);
  });

  it('nests the system description in Attachment A and the commitments in Attachment B', () => {
    const tree = latest.nav.map((g) => [g.page.slug, g.children.map((c) => c.page.slug)]);
    expect(tree).toEqual([
      ['management-assertion', []],
      ['attachment-a', ['aws-background', 'infrastructure', 'components-of-the-system', 'people', 'customer-data']],
      ['attachment-b', ['availability', 'confidentiality']],
    ]);
    expect(latest.nav[1]!.children[2]!.children.map((c) => c.page.slug)).toHaveLength(14);
    expect(page(latest, 'compute')).toMatchObject({ parent: 'components-of-the-system', depth: 2 });
    // The real period is flat, as it was: categories under Components of the System.
    expect(earlier.pages.filter((p) => p.depth > 0).every((p) => p.kind === 'category' && p.parent === 'components-of-the-system')).toBe(
      true,
    );
  });

  it('breadcrumbs, parts and previous/next follow the nesting', () => {
    const href = (k: { slug?: string | undefined }) => `/${k.slug ?? ''}`;
    const compute = pageOutline(latest, page(latest, 'compute'), href);
    expect(compute.crumbs.map((c) => c.label)).toEqual([
      'Home',
      'Attachment A – Amazon Web Services System',
      'Components of the System',
      'Compute',
    ]);
    const attachment = pageOutline(latest, page(latest, 'attachment-a'), href);
    expect(attachment.parts.map((p) => p.href)).toEqual([
      '/aws-background',
      '/infrastructure',
      '/components-of-the-system',
      '/people',
      '/customer-data',
    ]);
    expect([attachment.prev?.href, attachment.next?.href]).toEqual(['/management-assertion', '/aws-background']);
    expect(pageOutline(latest, page(latest, 'customer-data'), href).next?.href).toBe('/attachment-b');
  });

  it('the table is one block with its id, its rows its text; the subheading is known as the section’s', () => {
    const table = page(latest, 'attachment-b');
    expect(table.kind === 'section' && table.headings).toEqual(['trust-services-principles-and-criteria']);
    expect(table.kind === 'section' && table.blocks).toEqual([
      expect.objectContaining({
        id: 'attachment-b-p1',
        text: expect.stringMatching(/^Control Criteria \| Commitments and System Requirements\nsecurity \| the System was protected/),
      }),
    ]);
  });
});

describe('sections across periods', () => {
  it('joins the periods, following the renamed key', () => {
    expect(periods).toBeDefined();
    expect(periods!.latestOf(page(earlier, 'data').key)).toEqual(page(latest, 'customer-data').key);
    expect(periods!.latestOf(page(earlier, 'management-assertion').key)).toEqual(page(latest, 'management-assertion').key);
  });

  it('the old address of a renamed key redirects; no section is said gone', () => {
    const sections = periods!.gone.filter((g) => g.key.kind === 'section');
    expect(sections).toEqual([
      expect.objectContaining({
        kind: 'renamed',
        path: '/sections/data/',
        to: '/sections/customer-data/',
        what: 'section',
        now: { name: 'Customer Data' },
      }),
    ]);
  });

  it('changes: the attachments added, none removed, the headings renamed word by word, the key renamed said so', () => {
    const changes = periods!.sectionChanges.get(shaped)!;
    expect(changes.added.map((s) => s.slug)).toEqual(['attachment-a', 'attachment-b']);
    expect(changes.removed).toEqual([]);
    expect(changes.renamed.map((r) => [r.from.slug, r.to.slug, r.keyRenamed])).toEqual([
      ['management-assertion', 'management-assertion', false],
      ['data', 'customer-data', true],
    ]);
    const data = changes.renamed[1]!;
    expect(data.heading).toEqual([{ value: 'Customer ', added: true }, { value: 'Data' }]);
    // The renamed section's words are compared with its own before: unchanged, so not listed.
    expect(periods!.changes.get(shaped)!.sections.map((s) => s.key.slug)).toEqual([]);
    expect(periods!.sectionChanges.get(real)).toEqual({ added: [], removed: [], renamed: [], moved: [] });
  });

  it('changes: the parts now held by an attachment are moved, from the top level to it (a renamed one too)', () => {
    const moved = periods!.sectionChanges.get(shaped)!.moved;
    const slugs = (s: SectionRef | undefined) => s?.slug;
    expect(moved.map((m) => [m.from.slug, m.to.slug, slugs(m.fromParent), slugs(m.toParent)])).toEqual([
      ['aws-background', 'aws-background', undefined, 'attachment-a'],
      ['infrastructure', 'infrastructure', undefined, 'attachment-a'],
      ['components-of-the-system', 'components-of-the-system', undefined, 'attachment-a'],
      ['people', 'people', undefined, 'attachment-a'],
      ['data', 'customer-data', undefined, 'attachment-a'],
      ['availability', 'availability', undefined, 'attachment-b'],
      ['confidentiality', 'confidentiality', undefined, 'attachment-b'],
    ]);
    expect(moved[0]!.toParent!.title).toBe('Attachment A – Amazon Web Services System');
    // The assertion stays at the top level: renamed, not moved.
    expect(moved.map((m) => m.to.slug)).not.toContain('management-assertion');
  });

  it('changes: leaving an attachment is moved too, back to the top level; the same parent in both is not', () => {
    const { lineage } = sectionLineage([earlier, latest]);
    const back = compareSections(latest, earlier, lineage).moved;
    expect(back.map((m) => [m.to.slug, m.fromParent?.slug, m.toParent])).toContainEqual(['people', 'attachment-a', undefined]);
    expect(back).toHaveLength(7);
    expect(compareSections(latest, latest, lineage).moved).toEqual([]);
  });

  it('changes.json gives them with absolute URLs', () => {
    const record = sectionListRecord(periods!.sectionChanges.get(shaped), 'https://example.com/');
    expect(record.moved[0]).toEqual({
      from: { title: 'AWS Background', key: 'aws-background', url: `https://example.com/${real}/sections/aws-background/` },
      to: { title: 'AWS Background', key: 'aws-background', url: `https://example.com/${shaped}/sections/aws-background/` },
      fromParent: null,
      toParent: {
        title: 'Attachment A – Amazon Web Services System',
        key: 'attachment-a',
        url: `https://example.com/${shaped}/sections/attachment-a/`,
      },
    });
    expect(record.renamed[1]).toMatchObject({
      from: { title: 'Data', key: 'data', url: `https://example.com/${real}/sections/data/` },
      to: { title: 'Customer Data', key: 'customer-data' },
      keyRenamed: true,
    });
  });
});

describe('numberBlocks: a GFM table', () => {
  it('is one block, its id set on the table', () => {
    const tree = unified().use(remarkParse).use(remarkGfm).parse('Before.\n\n| A | B |\n| --- | --- |\n| one | two |\n');
    unified().use(remarkGfm).runSync(tree);
    const blocks = numberBlocks(tree, 'part');
    expect(blocks).toEqual([
      { id: 'part-p1', text: 'Before.' },
      { id: 'part-p2', text: 'A | B\none | two' },
    ]);
    expect(tree.children[1]).toMatchObject({ type: 'table', data: { hProperties: { id: 'part-p2' } } });
  });
});
