/**
 * The `.pdf` path: a PDF typeset by this test from the report's own text (tests/fixtures/soc3-report.txt: its
 * lines, bullets with their glyph, the services list in two columns, and a first page that has no text, as the
 * real PDF's auditor's report has none) imports to the same folder as the text, and the page without text is
 * named by its number.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/lib/import/command.ts';
import { pdfToText } from '../../src/lib/import/pdf-text.ts';
import { runCommand, type CommandRun } from '../helpers/command-run.ts';
import { importableFiles, readContent, runContent } from '../helpers/content-pipeline.ts';
import { fixturePath, projectRoot } from '../helpers/paths.ts';

const period = '2017-04-01--2017-09-30';
const temp = mkdtempSync(join(tmpdir(), 'import-pdf-'));
const pdfPath = join(temp, 'soc3-report-fixture.pdf');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const size = 10;
const leading = 12;
// US legal pages: room for 72 lines, so a page that reaches 40 lines still holds the longest blank run (18) and more.
const pageSize: [number, number] = [612, 1008];
const linesPerPage = 40;

/** A printed line: its text, a second column's beside it, or a bullet's first line or one of its next lines. */
type Row = { text: string; right?: string; bullet?: boolean; indent?: boolean } | 'blank';

/**
 * The printed lines the text stands for, read back from its debris as a typesetter would have set them: a run
 * of two to nine blank lines before a line is a bullet (pdftotext drops the glyph and leaves the blank lines);
 * the first two long runs are the services list's two columns (pdftotext writes one column after the other);
 * other blank lines stay blank lines (the edge locations keep pdftotext's layout).
 */
function printedRows(text: string): Row[] {
  const lines = text.split('\n').map((l) => l.trim());
  const rows: Row[] = [];
  let inBullet = false;
  let columnsSet = false;
  let i = 0;
  const blankRun = (from: number) => {
    let j = from;
    while (j < lines.length && lines[j] === '') j++;
    return j;
  };
  while (i < lines.length) {
    if (lines[i] !== '') {
      rows.push({ text: lines[i]!, indent: inBullet });
      i++;
      continue;
    }
    const j = blankRun(i);
    if (j - i >= 10 && !columnsSet) {
      columnsSet = true;
      const left: string[] = [];
      let k = j;
      while (lines[k] !== '') left.push(lines[k++]!);
      k = blankRun(k);
      const right: string[] = [];
      while (lines[k] !== '' && lines[k]!.length < 60) right.push(lines[k++]!);
      for (let r = 0; r < Math.max(left.length, right.length); r++)
        rows.push({ text: left[r] ?? '', ...(right[r] ? { right: right[r] } : {}) });
      inBullet = false;
      i = k;
    } else if (j - i >= 2 && j - i < 10) {
      rows.push({ text: lines[j]!, bullet: true });
      inBullet = true;
      i = j + 1;
    } else {
      if (j < lines.length) for (let b = i; b < j; b++) rows.push('blank');
      inBullet = false;
      i = j;
    }
  }
  return rows;
}

/**
 * Typesets the text's printed lines: bullets with their glyph, two-column lists side by side, a blank line as a
 * line's worth of space. A page ends after the page number (as the report's assertion page does) or when full,
 * never at a blank line. Page 1 is left without text.
 */
async function typeset(text: string): Promise<{ bytes: Uint8Array; numberedPage: number }> {
  const doc = await PDFDocument.create();
  doc.setTitle('Test fixture typeset from the report text; not the report');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage(pageSize);
  const rows = printedRows(text);
  let page = doc.addPage(pageSize);
  let at = 0;
  let numberedPage = 0;
  rows.forEach((row, i) => {
    if (at >= linesPerPage && row !== 'blank' && rows[i - 1] !== 'blank') {
      page = doc.addPage(pageSize);
      at = 0;
    }
    const y = pageSize[1] - 72 - at * leading;
    if (y < 36) throw new Error(`the typesetter ran off page ${doc.getPageCount()}`);
    at++;
    if (row === 'blank') return;
    if (row.bullet) page.drawText('•', { x: 72, y, size, font });
    if (row.text) page.drawText(row.text, { x: row.bullet || row.indent ? 86 : 72, y, size, font });
    if (row.right) page.drawText(row.right, { x: 330, y, size, font });
    if (/^\d+$/.test(row.text)) {
      numberedPage = doc.getPageCount();
      page = doc.addPage(pageSize);
      at = 0;
    }
  });
  return { bytes: await doc.save(), numberedPage };
}

describe('importing a PDF', { timeout: 60_000 }, () => {
  const text = readFileSync(fixturePath('soc3-report.txt'), 'utf8');
  let run: CommandRun;
  let numberedPage = 0;
  beforeAll(async () => {
    const pdf = await typeset(text);
    numberedPage = pdf.numberedPage;
    writeFileSync(pdfPath, pdf.bytes);
    run = await runCommand(runImport, [pdfPath, '--out', join(temp, 'content'), '--published', '2026-11-28']);
  }, 60_000);

  it('typesets the bullets with their glyph and the services list in two columns', () => {
    const rows = printedRows(text).filter((r) => r !== 'blank');
    expect(rows.filter((r) => r.bullet)).toHaveLength(6);
    expect(rows).toContainEqual({ text: 'Amazon API Gateway', right: 'AWS Identity and Access Management (IAM)' });
    expect(rows.filter((r) => r.right)).toHaveLength(26);
  });

  it('reads the text layer back as the words it was typeset from, the columns one after the other', async () => {
    const { text: read, pages } = await pdfToText(readFileSync(pdfPath));
    expect(pages).toBeGreaterThan(5);
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    expect(words(read)).toEqual(words(text));
    expect(read.split('\f')[0]!.trim()).toBe('');
  });

  it('imports to the same folder as the text, byte for byte, but for what it recorded of the PDF itself (the page without text)', () => {
    expect(run.stderr).not.toContain('error');
    expect(run.status).toBe(0);
    const today = importableFiles(readContent(join(projectRoot, 'content', period)));
    // report.yaml's part "What the PDF prints of the report itself" (source, checked below) and the original PDF
    // kept beside it are the differences: the site's copy of the real report has no PDF (none is committed).
    const all = readContent(join(temp, 'content', period));
    expect(all.get('report.pdf')?.equals(readFileSync(pdfPath))).toBe(true);
    all.delete('report.pdf');
    const imported = importableFiles(all);
    expect(readContent(join(temp, 'content', period)).get('report.yaml')!.length).toBeGreaterThan(imported.get('report.yaml')!.length);
    expect([...imported.keys()]).toEqual([...today.keys()]);
    expect([...today].filter(([path, bytes]) => !imported.get(path)?.equals(bytes)).map(([path]) => path)).toEqual([]);
  });

  it('names the page without text and the page number it left out', () => {
    expect(run.stdout).toContain('Pages with no extractable text (scanned or images; their words are not in the folder): 1');
    expect(numberedPage).toBeGreaterThan(1);
    expect(run.stdout).toMatch(new RegExp(`input line \\d+ \\(page ${numberedPage}\\): "4": page number`));
  });

  it('records the page without text in report.yaml as source.omits, marked for review until the publisher says what it holds', async () => {
    const folder = readContent(join(temp, 'content'));
    const yaml = folder.get(`${period}/report.yaml`)!.toString('utf8');
    const omits = 'Page 1 of the PDF, which has no extractable text (scanned, or images): its words are not in this text.';
    expect(yaml).toContain(`source:\n  pdf: report.pdf\n  omits:\n    - "${omits}"\n`);
    const markLine = yaml.split('\n').findIndex((l) => l.startsWith('# import-review: Page 1 of the PDF has no extractable text')) + 1;
    expect(markLine).toBeGreaterThan(0);
    expect(run.stdout).toContain(`report.yaml:${markLine}: Page 1 of the PDF has no extractable text`);
    // The build refuses the period while the mark is there, and says where.
    const marked = await runContent(folder);
    expect(marked.output).toContain(`content/${period}/report.yaml:${markLine}: marked for review by the import (Page 1 of the PDF`);
    // Resolved (the mark deleted), the period builds and its pages say what the text leaves out.
    const resolved = yaml
      .split('\n')
      .filter((_, i) => i !== markLine - 1)
      .join('\n');
    const { output, reports } = await runContent(new Map(folder).set(`${period}/report.yaml`, Buffer.from(resolved)));
    expect(output).toBe('');
    expect(reports[0]!.facts.source).toEqual({ pdf: 'report.pdf', omits: [omits] });
  });

  it('says so, in one line, for a file that is not a PDF', async () => {
    const fake = join(temp, 'not-a-pdf.pdf');
    writeFileSync(fake, 'Test fixture: not a PDF.\n');
    const result = await runCommand(runImport, [fake, '--dry-run']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(
      /^import: error: the PDF could not be read \(.+\): is it a PDF, and not encrypted\?$/,
    );
  });
});
