/** Plain-text tables for the terminal: first column left-aligned, the others right-aligned. */

export type Cell = string | number;

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const secs = (s: number) => `${s.toFixed(2)} s`;

export function printTable(title: string, head: readonly string[], rows: readonly (readonly Cell[])[]): void {
  const text = [head, ...rows].map((row) => row.map(String));
  const widths = head.map((_, i) => Math.max(...text.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(`\n${title}`);
  console.log(line(text[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of text.slice(1)) console.log(line(row));
}
