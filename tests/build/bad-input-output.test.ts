/**
 * What a publisher sees when content is broken, in real builds of the tiny site (tests/fixtures/tiny-site/): each
 * problem printed once, with its file and line, and nothing of Astro's around it (no stack trace, no code
 * location, no hint about browser APIs). One build stops in the early content check, one while pages render.
 * (What each message says is tested without a build: tests/unit/bad-input.test.ts.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tinyPeriod as P, tinySiteCopy } from '../helpers/tiny-site.ts';

/** How many times `text` occurs in `output`. */
const count = (output: string, text: string) => output.split(text).length - 1;

/** Nothing but the message: Astro adds these to an error it takes for the code's. */
function expectAlone(output: string): void {
  expect(output).not.toMatch(/Stack trace:|Location:|Hint:|Browser APIs|^\s+at /m);
}

describe('a broken build prints each problem once, alone', () => {
  const copy = tinySiteCopy();
  afterAll(() => copy.dispose());

  it('a byte that is not UTF-8 (the early content check): once, with its file and line, and no Astro hint', () => {
    const path = join(copy.root, `${P}/categories/storage.mdx`);
    const good = readFileSync(path);
    const at = good.indexOf('Amazon Glacier is');
    writeFileSync(path, Buffer.concat([good.subarray(0, at), Buffer.from([0x92]), good.subarray(at)]));
    const result = copy.build();
    writeFileSync(path, good);
    expect(result.status, result.output).not.toBe(0);
    expect(count(result.output, 'not UTF-8'), result.output).toBe(1);
    expect(result.output).toMatch(new RegExp(`^${P}/categories/storage\\.mdx:15: not UTF-8: byte 0x92 at column 1 `, 'm'));
    expectAlone(result.output);
  }, 240_000);

  it('locations the gazetteer does not have (found while pages render): all of them together, each once', () => {
    copy.replace(`${P}/sections/aws-background.mdx`, '- Melbourne, Australia\n', '- Melbourne, Australia\n- Atlantis, Australia\n');
    copy.replace(
      `${P}/sections/aws-background.mdx`,
      '<Region>US East (Ohio)</Region>',
      '<Region>US East (Ohio)</Region>, <Region>Europe (Gondor)</Region>',
    );
    const result = copy.build();
    expect(result.status, result.output).not.toBe(0);
    for (const [line, problem] of [
      [17, '"Europe (Gondor)" the gazetteer has no place "Gondor"'],
      [24, '"Atlantis, Australia" the gazetteer has no place "Atlantis" in Australia'],
    ] as const) {
      expect(count(result.output, problem), result.output).toBe(1);
      expect(result.output).toMatch(new RegExp(`^${P}/sections/aws-background\\.mdx:${line}: ${problem.replace(/[()]/g, '\\$&')}`, 'm'));
    }
    expectAlone(result.output);
  }, 240_000);
});
