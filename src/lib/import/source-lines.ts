/**
 * A report's text as poppler's `pdftotext` writes it (pages split by form feeds, lines wrapped at the PDF's
 * column), read into the lines the importer works on: trimmed, each with its place in the input, the blank
 * lines before it counted (blank runs stand for bullets and second columns), and the debris that is not the
 * report's words (page numbers, running footers) set aside in a list that says why.
 */

/** One line of the report's text. */
export interface SourceLine {
  text: string;
  /** 1-based line in the input. */
  line: number;
  /** 1-based page, counted by form feeds. */
  page: number;
  /** Blank lines (and dropped debris lines) between this line and the previous kept one. */
  blanksBefore: number;
}

/** Words of the input that the import leaves out of the period folder, and why. */
export interface LeftOut {
  text: string;
  line: number;
  page: number;
  reason: string;
}

export interface SourceText {
  lines: SourceLine[];
  leftOut: LeftOut[];
  /** Pages with no extractable text (a scanned letter, an image): named, never skipped in silence. */
  emptyPages: number[];
  pageCount: number;
}

const pageNumber = /^\d{1,3}$/;

/**
 * Reads pdftotext output. A line that is only a number is a page number. A line printed identically at the
 * top or bottom of two or more pages is a running header or footer; a line printed once is kept, whatever it
 * says (the report's copyright line, under the assertion, is the report's).
 */
export function readSourceText(text: string): SourceText {
  const pages = text.replace(/\r\n?/g, '\n').split('\f');
  // pdftotext ends the last page with a form feed: nothing follows it.
  if (pages.length > 1 && pages.at(-1)!.trim() === '') pages.pop();
  const raw: { text: string; line: number; page: number }[] = [];
  let lineNo = 1;
  pages.forEach((pageText, p) => {
    // A page's last line ends with a line break before the form feed: that break makes no blank line.
    const ended = p < pages.length - 1 && pageText.endsWith('\n');
    const pageLines = (ended ? pageText.slice(0, -1) : pageText).split('\n');
    // A page without text adds no blank lines: a paragraph may go on after it.
    if (pageText.trim() !== '')
      pageLines.forEach((l, i) => raw.push({ text: l.replace(/\s+/g, ' ').trim(), line: lineNo + i, page: p + 1 }));
    lineNo += pageLines.length - (ended ? 0 : 1);
  });
  const running = runningLines(raw, pages.length);
  const leftOut: LeftOut[] = [];
  const lines: SourceLine[] = [];
  let blanks = 0;
  for (const r of raw) {
    if (r.text === '') {
      blanks++;
      continue;
    }
    const reason = pageNumber.test(r.text)
      ? 'page number'
      : running.has(r.text)
        ? 'running header or footer, printed on every page'
        : undefined;
    if (reason) {
      leftOut.push({ ...r, reason });
      continue;
    }
    lines.push({ ...r, blanksBefore: blanks });
    blanks = 0;
  }
  const withText = new Set([...lines, ...leftOut].map((l) => l.page));
  const emptyPages = pages.map((_, i) => i + 1).filter((p) => !withText.has(p));
  return { lines, leftOut, emptyPages, pageCount: pages.length };
}

/** Lines printed as the first or last line of at least two pages, identically. */
function runningLines(raw: readonly { text: string; page: number }[], pageCount: number): Set<string> {
  if (pageCount < 2) return new Set();
  const counts = new Map<string, number>();
  for (let p = 1; p <= pageCount; p++) {
    const texts = raw.filter((r) => r.page === p && r.text !== '' && !pageNumber.test(r.text)).map((r) => r.text);
    for (const t of new Set([texts[0], texts.at(-1)])) if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([t]) => t));
}
