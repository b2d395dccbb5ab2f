/**
 * The full report as Chromium prints it to PDF, read back page by page with poppler's pdftotext: a running
 * head and "Page N of M" on every page, no page of stragglers, every sentence of the report in order, a citation
 * line on the first page, nothing that only makes sense on a screen, and headings set close to the text they head.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSite, watchProblems } from '../helpers/browser.ts';
import { fixtureText, sentences } from '../helpers/report-text.ts';
import { localPreviewUrl } from '../helpers/paths.ts';

const site = useSite();

/** What the head names, from the report's facts (content/<period>/report.yaml). */
const reportName = 'Amazon Web Services SOC 3 report';
const period = '1 April 2017 to 30 September 2017';
/** Fewer lines than this on a page but the last means a section's stragglers got a page of their own. */
const minLines = 8;

/** Runs a poppler tool; a machine without poppler fails with the command that installs it, never a skip. */
function poppler(tool: 'pdftotext' | 'pdfinfo', args: string[]): string {
  const run = spawnSync(tool, args, { encoding: 'utf8' });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT')
    throw new Error(`${tool} not found: the print test reads PDFs with poppler. Install it with: apt-get install -y poppler-utils`);
  if (run.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

/** For comparing words: no whitespace, no hyphens (a word broken at its hyphen reads "on-⏎demand" in the PDF). */
const squeeze = (text: string) => text.replace(/[\s\u00ad\u2010-]+/g, '');

interface PrintedPage {
  /** The page's lines as laid out (pdftotext -layout), blank ones dropped. */
  lines: string[];
  /** The page's text in the order Chromium wrote it (pdftotext -raw): the two-column lists item after item. */
  raw: string;
}

/** A heading's space on paper: to the text it heads (below) and to what is printed before it (above), in px. */
interface HeadingGap {
  selector: string;
  above: number;
  below: number;
}

let dir: string;
let pages: PrintedPage[];
let problems: string[];
let gaps: HeadingGap[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'soc3-print-'));
  const pdf = join(dir, 'report.pdf');
  const context = await site.browser.newContext();
  const page = await context.newPage();
  problems = watchProblems(page, site.origin);
  await page.goto(`${site.origin}/report/`, { waitUntil: 'networkidle' });
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  // The same page laid out for paper, measured: headings that begin a part, and services' headings.
  await page.emulateMedia({ media: 'print' });
  gaps = await page.evaluate(() =>
    ['#aws-background', '#infrastructure', '#amazon-ec2-container-registry-ecr', '#amazon-simple-storage-service-s3'].map((selector) => {
      const heading = document.querySelector(selector)!;
      let next = heading.nextElementSibling!;
      while (getComputedStyle(next).display === 'none') next = next.nextElementSibling!;
      // What is printed before it: the text before it in its part, or the part before (a part's first heading).
      const before = heading.previousElementSibling ?? heading.closest('section')!.previousElementSibling!;
      const box = heading.getBoundingClientRect();
      return {
        selector,
        above: Math.round(box.top - before.getBoundingClientRect().bottom),
        below: Math.round(next.getBoundingClientRect().top - box.bottom),
      };
    }),
  );
  await context.close();
  const count = Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [pdf]))?.[1]);
  pages = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1);
    return {
      lines: poppler('pdftotext', ['-layout', '-f', n, '-l', n, pdf, '-'])
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && l !== '\f'),
      raw: poppler('pdftotext', ['-raw', '-f', n, '-l', n, pdf, '-']),
    };
  });
}, 120_000);

afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('/report/ printed to PDF', () => {
  it('prints without errors, on more than a few pages', () => {
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThan(5);
  });

  it('heads every page with the report and its period, and numbers it "Page N of M"', () => {
    pages.forEach(({ lines }, i) => {
      expect(lines[0], `page ${i + 1}: running head`).toMatch(new RegExp(`^${reportName}\\s+${period}$`));
      expect(lines.at(-1), `page ${i + 1}: footer`).toBe(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it(`leaves no page but the last with fewer than ${minLines} lines of text`, () => {
    const short = pages
      .slice(0, -1)
      .map(({ lines }, i) => ({ page: i + 1, lines: lines.slice(1, -1) }))
      .filter(({ lines }) => lines.length < minLines);
    expect(short).toEqual([]);
  });

  it('holds every sentence of the report, in the report order', () => {
    // The pages' text without their running heads and footers, so a sentence that runs over a page stays whole.
    const text = squeeze(
      pages
        .map(({ raw }, i) =>
          raw
            .replace(reportName, '')
            .replace(period, '')
            .replace(`Page ${i + 1} of ${pages.length}`, ''),
        )
        .join(' '),
    );
    const missing: string[] = [];
    let at = 0;
    for (const sentence of sentences(fixtureText())) {
      const found = text.indexOf(squeeze(sentence), at);
      if (found < 0) missing.push(sentence);
      else at = found + squeeze(sentence).length;
    }
    expect(missing).toEqual([]);
  });

  it('cites the report, its period and its pinned public URL on the first page', () => {
    const first = pages[0]!.raw.replace(/\s+/g, ' ');
    expect(first).toContain(
      `Cite as: Amazon Web Services, Inc., SOC 3 report, ${period}. ${localPreviewUrl}2017-04-01--2017-09-30/report/`,
    );
  });

  it('prints none of the web page’s parts: no status, menu, links between pages, footer or site addresses', () => {
    const all = pages.map(({ raw }) => raw).join('\n');
    for (const webOnly of [
      'All reports',
      'Latest',
      'years ago',
      'Menu',
      'Skip to content',
      'On this page',
      'services.json',
      'Accessibility',
    ])
      expect(all, webOnly).not.toContain(webOnly);
    // A site link's address would print as a bare path, useless on paper.
    expect(all).not.toMatch(/\(\/[a-z]/);
  });

  it('lists the contents without page numbers, and so without promising any', () => {
    const start = pages[0]!.lines.indexOf('Contents');
    expect(start).toBeGreaterThan(0);
    const entries = pages[0]!.lines.slice(start + 1, -1);
    expect(entries.length).toBeGreaterThan(5);
    for (const line of entries) expect(line).not.toMatch(/(\.{3,}|…|\s\d+)$/);
  });
});

describe('/report/ laid out for paper', () => {
  it('sets each heading closer to the text it heads than to the text before it (a service’s heading too, without its "Service page" link)', () => {
    expect(gaps).toHaveLength(4);
    for (const { selector, above, below } of gaps)
      expect(below, `${selector}: ${below} px below, ${above} px above`).toBeLessThan(above / 2);
  });
});
