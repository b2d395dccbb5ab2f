import { describe, expect, it } from 'vitest';
import { page } from '../helpers/dist.ts';
import { fixtureText, reportTextOf } from '../helpers/report-text.ts';

describe('/report/: the whole report on one page', () => {
  const doc = page('/report/');

  it('holds exactly the report, in the report order', () => {
    expect(reportTextOf(doc.querySelector('.full-report')!)).toBe(fixtureText());
  });

  it('opens with the title, organization and period', () => {
    const cover = doc.querySelector('.cover')!.textContent!;
    expect(doc.querySelector('h1')?.textContent).toBe('Amazon Web Services System');
    expect(cover).toContain('Amazon Web Services, Inc.');
    expect(cover).toContain('1 April 2017 to 30 September 2017');
  });

  it('nests headings without skipping a level: sections h2, categories h3, services h4', () => {
    expect(doc.querySelectorAll('.full-report h2')).toHaveLength(8);
    expect(doc.querySelectorAll('.full-report h3')).toHaveLength(14);
    expect(doc.querySelectorAll('.full-report h4')).toHaveLength(51);
    const levels = Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6'), (h) => Number(h.tagName[1]));
    levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]!).toBeLessThanOrEqual(1));
  });

  it('gives every heading a unique id with a link control', () => {
    const headings = Array.from(doc.querySelectorAll('.full-report :is(h2, h3, h4)'));
    const ids = headings.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const h of headings) expect(h.querySelector('a.heading-anchor')?.getAttribute('href')).toBe(`#${h.id}`);
  });

  it('prints the scope lists and the Regions sentence as text; the section page links each entry', () => {
    const report = doc.querySelector('.full-report')!;
    expect(report.querySelectorAll('ul.scope li').length).toBe(97);
    expect(report.querySelectorAll('ul.scope li > a:not(.link-control), a.region').length).toBe(0);
    // Each service keeps its own link to its page beside its description.
    expect(Array.from(report.querySelectorAll('a')).filter((a) => a.textContent === 'Service page')).toHaveLength(51);
    const section = page('/sections/aws-background/');
    expect(section.querySelectorAll('ul.scope li > a:not(.link-control)').length).toBe(97);
    expect(section.querySelectorAll('a.region[href]').length).toBe(15);
  });
});
