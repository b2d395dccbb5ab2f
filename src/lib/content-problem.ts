/** A problem in a content file, located as precisely as the parser allows. */
export interface ContentProblem {
  /** What is wrong and what to fix. */
  message: string;
  /** Path of the file, relative to the project root. */
  file?: string;
  /** 1-based line in that file, when known. */
  line?: number | undefined;
}

/** Formats problems as `file:line: message` lines, the shape editors and terminals turn into links. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map(({ file, line, message }) => `${file ?? '(unknown file)'}${line ? `:${line}` : ''}: ${message}`).join('\n');
}

/**
 * Thrown at build time when the report's content breaks a rule; its message lists every problem. It is the
 * content's problem, not the code's, so Astro prints its message and nothing else: no stack trace (Astro prints
 * one, and a code location taken from it, whenever an error has a stack), and no hint (Astro adds "Browser APIs
 * are not available on the server" to any error whose `toString()` holds the word "document" or "window", as
 * "a Windows-1252 quote pasted from an office document" does: astro/src/core/errors/dev/utils.ts, generateHint).
 */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(`The report's content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
    this.stack = '';
  }

  /** The summary line only: what Astro searches for its hints never holds the report's words. */
  override toString(): string {
    return `${this.name}: the report's content has ${this.problems.length} problem(s)`;
  }
}
