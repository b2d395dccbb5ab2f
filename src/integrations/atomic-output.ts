import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The staging name of a published folder: `dist/` is built as `dist.staging/`. */
const staged = (folder: string) => folder.replace(/[\\/]?$/, '.staging');
/** The published folder a staging folder becomes: `dist.staging/` → `dist/`. */
export const publishedFolder = (stagingFolder: string) => stagingFolder.replace(/\.staging[\\/]?$/, '');
/** Where to stage a folder published beside the output (e.g. `deploy/` next to `dist/`). */
export const stagedCompanion = (stagingOutDir: string, name: string) => staged(join(dirname(publishedFolder(stagingOutDir)), name));

/**
 * Builds into a staging folder beside the output folder and swaps it in only when the whole build
 * (pages, search index, images, headers) succeeded: a failed build never half-publishes the report,
 * and the previous `dist/` stays as it was. Folders other integrations stage beside it (`companions`,
 * e.g. the servers' configurations in `deploy/`) are swapped in with it. Register it last, so its swap
 * runs after every other hook.
 */
export default function atomicOutput({ companions = [] as string[] } = {}): AstroIntegration {
  let target = '';
  let staging = '';
  const swap = async (from: string, to: string) => {
    const old = `${to.replace(/[\\/]$/, '')}.old`;
    await rm(old, { recursive: true, force: true });
    if (existsSync(to)) await rename(to, old);
    await rename(from, to);
    await rm(old, { recursive: true, force: true });
  };
  return {
    name: 'soc3-atomic-output',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        target = fileURLToPath(config.outDir);
        staging = `${staged(target)}/`;
        await rm(staging, { recursive: true, force: true });
        for (const name of companions) await rm(stagedCompanion(staging, name), { recursive: true, force: true });
        updateConfig({ outDir: new URL(`file://${staging}`) });
      },
      'astro:build:done': async ({ logger }) => {
        await swap(staging, target);
        for (const name of companions) {
          const from = stagedCompanion(staging, name);
          if (existsSync(from)) await swap(from, join(dirname(publishedFolder(staging)), name));
        }
        logger.info(`published ${target}${companions.length > 0 ? ` (and ${companions.join(', ')})` : ''}`);
      },
    },
  };
}
