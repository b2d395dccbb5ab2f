import type { VFile } from 'vfile';
import type { ContentProblem } from '../lib/content-problem.ts';

/**
 * Stops the build on the first content file with problems. A safety net: the early content check
 * (src/lib/check-content-file.ts) finds the same problems first and prints them without Astro's stack trace.
 * vfile prefixes the message with `path:line:column`, and every other problem in the file is listed with its
 * own line.
 */
export function failOnProblems(file: VFile, problems: readonly ContentProblem[], ruleId: string): void {
  const [first, ...others] = problems;
  if (!first) return;
  const more = others.map((p) => `\n  line ${p.line ?? '?'}: ${p.message}`).join('');
  file.fail(`${first.message}${more}`, {
    place: first.line ? { line: first.line, column: 1 } : undefined,
    ruleId,
    source: 'soc3-site',
  });
}
