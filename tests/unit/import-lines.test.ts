/**
 * Reading pdftotext's output: pages by form feed, page numbers and running footers left out with their reason,
 * pages without text named. Inputs are lines of the real report (a test fixture, cut), laid out as pdftotext
 * lays out a multi-page PDF.
 */
import { describe, expect, it } from 'vitest';
import { layoutBlocks } from '../../src/lib/import/layout.ts';
import { readSourceText } from '../../src/lib/import/source-lines.ts';

const footer = '©2017 Amazon.com, Inc. or its affiliates';
const pages = [
  'AWS Background\nSince 2006, Amazon Web Services (AWS) has provided flexible, scalable, and secure IT infrastructure to\n' +
    `businesses of all sizes around the world. With AWS, customers can deploy solutions on a cloud computing\n${footer}\n5\n`,
  '',
  `environment that provides on-demand compute power, storage, and other application services via the\nInternet as their business needs demand.\n${footer}\n6\n`,
];

describe('reading pdftotext output', () => {
  const source = readSourceText(`${pages.join('\f')}\f`);

  it('counts pages by form feed and names the page without text', () => {
    expect(source.pageCount).toBe(3);
    expect(source.emptyPages).toEqual([2]);
  });

  it('leaves out page numbers and a footer printed on every page, each with its line, page and reason', () => {
    expect(source.leftOut.map(({ text, page, reason }) => [text, page, reason])).toEqual([
      [footer, 1, 'running header or footer, printed on every page'],
      ['5', 1, 'page number'],
      [footer, 3, 'running header or footer, printed on every page'],
      ['6', 3, 'page number'],
    ]);
    expect(source.leftOut.map((l) => l.line)).toEqual([4, 5, 8, 9]);
  });

  it('keeps a footer line printed once: it is the report’s text', () => {
    expect(readSourceText(pages[0]!).leftOut.map((l) => l.text)).toEqual(['5']);
  });

  it('joins a paragraph across the page break, with no blank line for the break', () => {
    const blocks = layoutBlocks(source.lines);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
    expect(blocks[1]!.kind === 'paragraph' && blocks[1]!.text).toBe(
      'Since 2006, Amazon Web Services (AWS) has provided flexible, scalable, and secure IT infrastructure to businesses of all sizes around the world. With AWS, customers can deploy solutions on a cloud computing environment that provides on-demand compute power, storage, and other application services via the Internet as their business needs demand.',
    );
  });
});
