import { describe, expect, it } from 'vitest';
import { builtPages, page } from '../helpers/dist.ts';

/** Pages that carry report text: sections, categories, services and the full report, of every period built. */
const reportPages = builtPages().filter((p) => /\/(sections|categories|services)\/[^/]+\/$|\/report\/$/.test(p));

/** The report's paragraphs and list items on a page: inside its article, not the site's notes among them. */
const blocksOf = (doc: Document) =>
  [...doc.querySelectorAll('.report-text :is(p, li)')].filter((el) => !el.closest('[data-pagefind-ignore]'));

describe('a link to every paragraph and list item', () => {
  it('covers the pages of the report', () => {
    expect(reportPages).toContain('/report/');
    expect(reportPages.filter((p) => p.startsWith('/services/')).length).toBe(51);
  });

  it('gives each block an id from its place and a control that links to it', () => {
    for (const path of reportPages) {
      const blocks = blocksOf(page(path));
      expect(blocks.length, path).toBeGreaterThan(0);
      for (const block of blocks) {
        expect(block.id, `${path}: ${block.textContent?.slice(0, 60)}`).toMatch(/^[a-z0-9-]+-p\d+(-\d+)?$/);
        const controls = [...block.children].filter((c) => c.matches('a.block-anchor'));
        expect(
          controls.map((c) => c.getAttribute('href')),
          `${path}#${block.id}`,
        ).toEqual([`#${block.id}`]);
        expect(controls[0]!.textContent, block.id).toMatch(/Copy link to paragraph \d+(, item \d+)?/);
      }
    }
  });

  it('keeps every id unique on its page, the full report included', () => {
    for (const path of reportPages) {
      const ids = [...page(path).querySelectorAll('[id]')].map((el) => el.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        path,
      ).toEqual([]);
    }
  });

  it('gives a paragraph the same id on its service page, its category page and in the full report', () => {
    const report = new Map(blocksOf(page('/report/')).map((b) => [b.id, b.textContent]));
    for (const path of reportPages.filter((p) => p.startsWith('/categories/'))) {
      for (const block of blocksOf(page(path))) expect(report.get(block.id), `${path}#${block.id}`).toBe(block.textContent);
    }
    const s3 = blocksOf(page('/services/amazon-simple-storage-service-s3/'));
    expect(s3.map((b) => b.id)).toEqual(['amazon-simple-storage-service-s3-p1']);
    for (const block of s3) expect(report.get(block.id)).toBe(block.textContent);
  });
});
