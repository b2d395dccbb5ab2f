/**
 * The mark the import leaves where it is unsure (`{/* import-review: … *\/}` in MDX, `# import-review: …` in
 * report.yaml), and the one rule about it: no period is published while a mark is left in its files.
 */
import type { ContentProblem } from '../content-problem.ts';

export const reviewToken = 'import-review:';

/** Each review mark left in a content file, at its line. */
export function reviewMarks(text: string): ContentProblem[] {
  return text.split('\n').flatMap((line, i) => {
    const at = line.indexOf(reviewToken);
    if (at < 0) return [];
    const what = line
      .slice(at + reviewToken.length)
      .replace(/\s*\*\/\}\s*$/, '')
      .trim();
    return [{ line: i + 1, message: `marked for review by the import (${what}): resolve it, then delete the mark` }];
  });
}
