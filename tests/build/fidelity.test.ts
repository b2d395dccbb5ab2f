import { describe, expect, it } from 'vitest';
import { page } from '../helpers/dist.ts';
import { fixtureText, reportTextOf, sentences } from '../helpers/report-text.ts';

/** The report's pages in the site's reading order, as the built navigation lists them. */
function readingOrder(): string[] {
  const links = page('/').querySelectorAll('nav[aria-label="Report contents"] a');
  return Array.from(links, (a) => a.getAttribute('href')!);
}

/** The report's words on one built page: its article, with its h1 when the report prints it (the site's own is left out). */
function reportTextOfPage(path: string): string {
  const article = page(path).querySelector('article.report-text');
  if (!article) throw new Error(`${path} has no article.report-text`);
  return reportTextOf(article).trim();
}

describe('fidelity: the built site publishes the report word for word', () => {
  const order = readingOrder();
  const site = order.map(reportTextOfPage).join(' ');
  const expected = fixtureText();

  it('lists the 8 sections and 14 categories in the report order', () => {
    expect(order).toHaveLength(22);
    expect(order[0]).toBe('/sections/management-assertion/');
    expect(order.at(-1)).toBe('/sections/confidentiality/');
  });

  it('has every sentence of the report', () => {
    const missing = sentences(expected).filter((s) => !site.includes(s));
    expect(missing).toEqual([]);
  });

  it('has nothing but the report, in the report order', () => {
    // Equality, not inclusion: no word added, dropped, reordered or glued to its neighbour.
    expect(site).toBe(expected);
  });

  it('keeps the debris out: no stray page number, no empty bullets', () => {
    expect(site).not.toMatch(/affiliates 4 AWS/);
    for (const path of order) expect(page(path).querySelectorAll('article li:empty')).toHaveLength(0);
  });

  it('mends the entries the PDF split over two lines', () => {
    expect(site).toContain('AWS Directory Service for Microsoft Active Directory Amazon DynamoDB');
    expect(site).toContain('Pennsylvania, United States Texas, United States');
  });

  it('publishes each service description on its own page, word for word', () => {
    const s3 = reportTextOfPage('/services/amazon-simple-storage-service-s3/');
    expect(expected).toContain(s3);
    expect(s3).toMatch(/^Amazon Simple Storage Service \(S3\) Amazon Simple Storage Service is a storage solution/);
  });
});

describe('paragraphs break where the report breaks them', () => {
  // The report's only paragraphs without closing punctuation: the assertion's signature and copyright lines.
  const unpunctuated = ['Amazon Web Services Management', '©2017 Amazon.com, Inc. or its affiliates'];

  it('ends every paragraph of report text at the end of a sentence', () => {
    const paths = Array.from(page('/').querySelectorAll('nav[aria-label="Report contents"] a'), (a) => a.getAttribute('href')!);
    const broken = paths.flatMap((path) =>
      Array.from(page(path).querySelectorAll('article.report-text p:not([data-pagefind-ignore])'), (p) => reportTextOf(p))
        .filter((text) => !/[.:]$/.test(text) && !unpunctuated.includes(text))
        .map((text) => `${path}: …${text.slice(-40)}`),
    );
    expect(broken).toEqual([]);
  });
});
