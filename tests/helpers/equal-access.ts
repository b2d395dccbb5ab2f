/**
 * IBM's Equal Access engine (accessibility-checker-engine), a second accessibility engine beside axe with its own
 * rules for WCAG 2.2: injected into the page through the browser's debugging protocol (which the page's CSP does
 * not govern), offline, no rule server.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const engine = readFileSync(createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js'), 'utf8');

interface AceResult {
  ruleId: string;
  value: [string, string];
  path: { dom: string };
  message: string;
}

export interface Finding {
  rule: string;
  /** FAIL: a violation the engine is sure of; POTENTIAL: one it asks a person to review. */
  level: 'FAIL' | 'POTENTIAL';
  line: string;
}

/**
 * What the engine finds on the page as it is now: one line each, rule, level, where, message. The engine is
 * loaded into the page for its first check: loaded into every page at its start instead (as axe is), it made each
 * check slower (34 s against 25 s for the file).
 */
export async function equalAccessFindings(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'ace' in globalThis))) await page.evaluate(engine);
  const results = await page.evaluate(async () => {
    const { ace } = globalThis as unknown as {
      ace: { Checker: new () => { check(d: Document, policies: string[]): Promise<{ results: AceResult[] }> } };
    };
    const report = await new ace.Checker().check(document, ['WCAG_2_2']);
    return report.results
      .filter((r) => r.value[0] === 'VIOLATION' && (r.value[1] === 'FAIL' || r.value[1] === 'POTENTIAL'))
      .map((r) => ({ ruleId: r.ruleId, level: r.value[1], dom: r.path.dom, message: r.message }));
  });
  return results.map((r) => ({
    rule: r.ruleId,
    level: r.level as Finding['level'],
    line: `${r.ruleId} (${r.level}) at ${r.dom}: ${r.message}`,
  }));
}
