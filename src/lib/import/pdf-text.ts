/**
 * A PDF's text layer as the lines pdftotext would give (src/lib/import/source-lines.ts reads both), through
 * unpdf (PDF.js): text runs with their positions and sizes, put on lines by their baseline, pages split by form
 * feeds, a gap between lines wider than the body's line spacing kept as a blank line, a bullet glyph
 * turned into the blank lines pdftotext leaves for it, and a list set in two columns read column by column. A page with no text runs comes out empty, and the
 * import names it.
 */
import { getDocumentProxy } from 'unpdf';

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

const bullets = /^[•●▪■◦‣∙\uf0b7]\s*/u;

interface Segment {
  text: string;
  x: number;
  end: number;
}

/** A gap this many times the type size between two runs on a line separates two columns. */
const columnGap = 2.5;

/**
 * Runs on one baseline (within a third of their size), left to right, joined with a space where there is a
 * gap; a gap as wide as a column gutter starts another segment (the next column's text on that line).
 */
function lines(runs: readonly Run[]): { segments: Segment[]; y: number; size: number }[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: { runs: Run[]; y: number; size: number }[] = [];
  for (const r of sorted) {
    const line = out.at(-1);
    if (line && Math.abs(line.y - r.y) <= line.size / 3) line.runs.push(r);
    else out.push({ runs: [r], y: r.y, size: r.size });
  }
  return out.map((l) => {
    const row = l.runs.sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    row.forEach((r, i) => {
      const prev = row[i - 1];
      const gap = prev ? r.x - (prev.x + prev.width) : 0;
      const seg = segments.at(-1);
      if (!seg || gap > r.size * columnGap) segments.push({ text: r.str, x: r.x, end: r.x + r.width });
      else {
        seg.text += gap > r.size * 0.15 && !seg.text.endsWith(' ') && !r.str.startsWith(' ') ? ` ${r.str}` : r.str;
        seg.end = r.x + r.width;
      }
    });
    for (const seg of segments) seg.text = seg.text.replace(/\s+/g, ' ').trim();
    return { segments, y: l.y, size: l.size };
  });
}

/** The most common distance between consecutive baselines: the body text's line spacing. */
function lineSpacing(ys: readonly number[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < ys.length; i++) {
    const d = Math.round(ys[i - 1]! - ys[i]!);
    if (d > 0) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}

export async function pdfToText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    throw new Error(`the PDF could not be read (${(error as Error).message}): is it a PDF, and not encrypted?`, { cause: error });
  }
  const pages: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const content = await page.getTextContent();
    const runs: Run[] = content.items.flatMap((item) =>
      'str' in item && item.str.trim() !== ''
        ? [
            {
              str: item.str,
              x: item.transform[4] as number,
              y: item.transform[5] as number,
              width: item.width,
              size: Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height,
            },
          ]
        : [],
    );
    const rows = lines(runs);
    const spacing = lineSpacing(rows.map((r) => r.y));
    const out: string[] = [];
    // Two columns side by side come out as pdftotext gives them: the left column's lines, then the right's.
    let right: string[] = [];
    let rightX = 0;
    const emit = (text: string, blanks: number) => {
      const bullet = bullets.test(text);
      for (let b = 0; b < blanks + (bullet ? 2 : 0); b++) out.push('');
      out.push(text.replace(bullets, ''));
    };
    rows.forEach((row, i) => {
      const gap = i > 0 ? rows[i - 1]!.y - row.y : 0;
      // Each further line's worth of space is a blank line, as pdftotext writes it.
      const blanks = i > 0 ? Math.max(0, Math.round(gap / spacing) - 1) : 0;
      const [first, ...others] = row.segments;
      if (others.length > 0) {
        if (right.length === 0) rightX = others[0]!.x;
        emit(first!.text, blanks);
        right.push(others.map((s) => s.text).join(' '));
      } else if (right.length > 0 && first!.x >= rightX - row.size) right.push(first!.text);
      // The left column goes on alone at the line spacing; a line after extra space (a heading) ends the columns.
      else if (right.length > 0 && first!.end < rightX && blanks === 0) emit(first!.text, blanks);
      else {
        out.push(...right);
        right = [];
        emit(first!.text, blanks);
      }
    });
    out.push(...right);
    pages.push(out.join('\n'));
  }
  return { text: `${pages.join('\n\f')}\n`, pages: pdf.numPages };
}
