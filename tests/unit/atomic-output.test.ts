/**
 * The swap that publishes a build (src/integrations/atomic-output.ts) on real folders: dist/ and deploy/
 * together or neither, with a deploy/ that cannot be replaced (immutable). The same in real builds:
 * tests/build/atomic-output.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishTogether, recoverPublication } from '../../src/integrations/atomic-output.ts';
import { makeImmutable } from '../helpers/immutable.ts';

describe('publishing dist/ and deploy/ together', () => {
  let root = '';
  let unlock = () => {};
  const at = (path: string) => join(root, path);
  const folder = (path: string, text: string) => {
    mkdirSync(at(path), { recursive: true });
    writeFileSync(at(`${path}/file.txt`), text);
  };
  const read = (path: string) => readFileSync(at(`${path}/file.txt`), 'utf8');
  const both = () => [
    { staged: at('dist.staging'), published: at('dist') },
    { staged: at('deploy.staging'), published: at('deploy') },
  ];
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'soc3-publish-'));
    folder('dist', 'old pages');
    folder('deploy', 'old configuration');
    folder('dist.staging', 'new pages');
    folder('deploy.staging', 'new configuration');
  });
  afterEach(() => {
    unlock();
    rmSync(root, { recursive: true, force: true });
  });

  it('replaces both and leaves nothing staged or old', async () => {
    await publishTogether(both());
    expect([read('dist'), read('deploy')]).toEqual(['new pages', 'new configuration']);
    expect(readdirSync(root).sort()).toEqual(['deploy', 'dist']);
  });

  it('publishes a folder that did not exist yet', async () => {
    rmSync(at('deploy'), { recursive: true });
    await publishTogether(both());
    expect([read('dist'), read('deploy')]).toEqual(['new pages', 'new configuration']);
  });

  it('replaces neither when deploy/ cannot be replaced, and says so', async () => {
    unlock = makeImmutable(at('deploy'));
    await expect(publishTogether(both())).rejects.toThrow(
      /^could not publish the build \(EPERM.*\): nothing was published, dist\/ and deploy\/ are as they were; make them replaceable/,
    );
    unlock();
    expect([read('dist'), read('deploy')]).toEqual(['old pages', 'old configuration']);
    expect([read('dist.staging'), read('deploy.staging')]).toEqual(['new pages', 'new configuration']);
    expect(existsSync(at('dist.old'))).toBe(false);
  });

  it('replaces neither when the new deploy/ cannot move in', async () => {
    // Its staging folder is immutable: the old folders are already aside when the second move fails.
    unlock = makeImmutable(at('deploy.staging'));
    await expect(publishTogether(both())).rejects.toThrow(/nothing was published/);
    unlock();
    expect([read('dist'), read('deploy')]).toEqual(['old pages', 'old configuration']);
    expect(readdirSync(root).sort()).toEqual(['deploy', 'deploy.staging', 'dist', 'dist.staging']);
  });

  it('puts the previous folders back after a swap stopped halfway (power lost between two renames)', async () => {
    // dist/ already new, deploy/ aside and not yet replaced.
    folder('dist.old', 'old pages');
    folder('deploy.old', 'old configuration');
    rmSync(at('dist'), { recursive: true });
    rmSync(at('deploy'), { recursive: true });
    folder('dist', 'new pages');
    await recoverPublication([at('dist'), at('deploy')]);
    expect([read('dist'), read('deploy')]).toEqual(['old pages', 'old configuration']);
    expect(existsSync(at('dist.old'))).toBe(false);
  });
});
