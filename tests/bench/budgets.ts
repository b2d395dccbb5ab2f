/** The page-weight budgets (gzip sizes, 1 KB = 1024 bytes) and each page's verdict against them. */
import type { PageType, PageWeight } from './page-weight.ts';
import { printTable } from './table.ts';

const contentPages: readonly PageType[] = ['home', 'section', 'category', 'service', 'catalog', 'report'];

interface Budget {
  name: string;
  applies: (type: PageType) => boolean;
  limit: number;
  measure: (w: PageWeight) => number;
}

const budgets: readonly Budget[] = [
  // JavaScript is JavaScript wherever it is written: script files and the scripts inside the HTML.
  {
    name: 'JS (files + inline) ≤ 2 KB gzip',
    applies: (t) => contentPages.includes(t),
    limit: 2 * 1024,
    measure: (w) => w.byKind.js.gzip + w.inlineJs.gzip,
  },
  {
    name: 'HTML+CSS ≤ 30 KB gzip',
    applies: (t) => contentPages.includes(t),
    limit: 30 * 1024,
    measure: (w) => w.byKind.html.gzip + w.byKind.css.gzip,
  },
  { name: 'everything ≤ 100 KB gzip', applies: (t) => t === 'locations', limit: 100 * 1024, measure: (w) => w.total.gzip },
];

export interface Verdict {
  page: PageType;
  budget: string;
  bytes: number;
  limit: number;
  pass: boolean;
}

export function checkBudgets(weights: readonly PageWeight[]): Verdict[] {
  return budgets.flatMap((b) =>
    weights
      .filter((w) => b.applies(w.type))
      .map((w) => {
        const bytes = b.measure(w);
        return { page: w.type, budget: b.name, bytes, limit: b.limit, pass: bytes <= b.limit };
      }),
  );
}

export function printBudgets(verdicts: readonly Verdict[]): void {
  printTable(
    'Budgets (gzip -9 bytes, 1 KB = 1024 B; content pages: home, section, category, service, catalog, report)',
    ['page', 'budget', 'measured', 'limit', 'headroom', 'verdict'],
    verdicts.map((v) => [v.page, v.budget, `${v.bytes} B`, `${v.limit} B`, `${v.limit - v.bytes} B`, v.pass ? 'PASS' : 'FAIL']),
  );
}
