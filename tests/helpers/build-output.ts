/** Reading what a failed build printed: each problem once, and nothing of Astro's around it. */
import { expect } from 'vitest';

/** How many times `text` occurs in `output`. */
export const occurrences = (output: string, text: string) => output.split(text).length - 1;

/** Nothing but the message: Astro adds these to an error it takes for the code's. */
export function expectAlone(output: string): void {
  expect(output).not.toMatch(/Stack trace:|Location:|Hint:|Browser APIs|^\s+at /m);
}
