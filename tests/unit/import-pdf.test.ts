/**
 * The `.pdf` path: a PDF typeset by this test from the report's own text (tests/fixtures/soc3-report.txt, line
 * for line, blank lines as blank space, with a first page that has no text, as the real PDF's auditor's report
 * has none) imports to the same folder as the text, and the page without text is named by its number.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfToText } from '../../src/lib/import/pdf-text.ts';
import { readContent } from '../helpers/content-pipeline.ts';
import { fixturePath, projectRoot } from '../helpers/paths.ts';

const period = '2017-04-01--2017-09-30';
const temp = mkdtempSync(join(tmpdir(), 'import-pdf-'));
const pdfPath = join(temp, 'soc3-report-fixture.pdf');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const size = 10;
const leading = 12;
// US legal pages: room for 72 lines, so a page that reaches 40 lines still holds the longest blank run (28) and more.
const pageSize: [number, number] = [612, 1008];
const linesPerPage = 40;

/**
 * Typesets the text: one PDF line per text line, a blank line as a line's worth of space. A page ends after the
 * page number (as the report's assertion page does) or when full, never inside a run of blank lines, which
 * stand for the report's bullets and columns. Page 1 is left without text.
 */
async function typeset(text: string): Promise<{ bytes: Uint8Array; numberedPage: number }> {
  const doc = await PDFDocument.create();
  doc.setTitle('Test fixture typeset from the report text; not the report');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage(pageSize);
  const lines = text.split('\n');
  let page = doc.addPage(pageSize);
  let row = 0;
  let numberedPage = 0;
  lines.forEach((line, i) => {
    const pageBreak = row >= linesPerPage && line.trim() !== '' && lines[i - 1]!.trim() !== '';
    if (pageBreak) {
      page = doc.addPage(pageSize);
      row = 0;
    }
    const y = pageSize[1] - 72 - row * leading;
    if (y < 36) throw new Error(`the typesetter ran off page ${doc.getPageCount()} at input line ${i + 1}`);
    if (line.trim() !== '') page.drawText(line, { x: 72, y, size, font });
    row++;
    if (/^\d+$/.test(line.trim())) {
      numberedPage = doc.getPageCount();
      page = doc.addPage(pageSize);
      row = 0;
    }
  });
  return { bytes: await doc.save(), numberedPage };
}

describe('importing a PDF', { timeout: 60_000 }, () => {
  const text = readFileSync(fixturePath('soc3-report.txt'), 'utf8');
  let run: { status: number | null; stdout: string; stderr: string };
  let numberedPage = 0;
  beforeAll(async () => {
    const pdf = await typeset(text);
    numberedPage = pdf.numberedPage;
    writeFileSync(pdfPath, pdf.bytes);
    const result = spawnSync(
      process.execPath,
      ['src/cli/import.ts', pdfPath, '--out', join(temp, 'content'), '--published', '2026-11-28'],
      {
        cwd: projectRoot,
        encoding: 'utf8',
      },
    );
    run = { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }, 60_000);

  it('reads the text layer back as the lines it was typeset from, page by page', async () => {
    const { text: read, pages } = await pdfToText(readFileSync(pdfPath));
    expect(pages).toBeGreaterThan(5);
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    expect(words(read)).toEqual(words(text));
    expect(read.split('\f')[0]!.trim()).toBe('');
  });

  it('imports to the same folder as the text, byte for byte', () => {
    expect(run.stderr).not.toContain('error');
    expect(run.status).toBe(0);
    const today = readContent(join(projectRoot, 'content', period));
    const imported = readContent(join(temp, 'content', period));
    expect([...imported.keys()]).toEqual([...today.keys()]);
    expect([...today].filter(([path, bytes]) => !imported.get(path)?.equals(bytes)).map(([path]) => path)).toEqual([]);
  });

  it('names the page without text and the page number it left out', () => {
    expect(run.stdout).toContain('Pages with no extractable text (scanned or images; their words are not in the folder): 1');
    expect(numberedPage).toBeGreaterThan(1);
    expect(run.stdout).toMatch(new RegExp(`input line \\d+ \\(page ${numberedPage}\\): "4": page number`));
  });

  it('says so, in one line, for a file that is not a PDF', () => {
    const fake = join(temp, 'not-a-pdf.pdf');
    writeFileSync(fake, 'Test fixture: not a PDF.\n');
    const result = spawnSync(process.execPath, ['src/cli/import.ts', fake, '--dry-run'], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(
      /^import: error: the PDF could not be read \(.+\): is it a PDF, and not encrypted\?$/,
    );
  });
});
