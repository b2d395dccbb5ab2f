/**
 * What a publisher sees when content is broken, in a real build of the tiny site (tests/fixtures/tiny-site/): each
 * problem printed once, with its file and line, and nothing of Astro's around it (no stack trace, no code
 * location, no hint about browser APIs). This build stops in the early content check; the one that stops while
 * pages render is tests/build/atomic-output.test.ts's broken build, which also publishes nothing. (What each
 * message says is tested without a build: tests/unit/bad-input.test.ts.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAlone, occurrences } from '../helpers/build-output.ts';
import { tinyPeriod as P, tinySiteCopy } from '../helpers/tiny-site.ts';

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
    expect(occurrences(result.output, 'not UTF-8'), result.output).toBe(1);
    expect(result.output).toMatch(new RegExp(`^${P}/categories/storage\\.mdx:15: not UTF-8: byte 0x92 at column 1 `, 'm'));
    expectAlone(result.output);
  }, 240_000);
});
