import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Builds into a staging folder beside the output folder and swaps it in only when the whole build
 * (pages, search index, images, headers) succeeded: a failed build never half-publishes the report,
 * and the previous `dist/` stays as it was. Register it last, so its swap runs after every other hook.
 */
export default function atomicOutput(): AstroIntegration {
  let target = '';
  let staging = '';
  return {
    name: 'soc3-atomic-output',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        target = fileURLToPath(config.outDir);
        staging = target.replace(/[\\/]?$/, '.staging/');
        await rm(staging, { recursive: true, force: true });
        updateConfig({ outDir: new URL(`file://${staging}`) });
      },
      'astro:build:done': async ({ logger }) => {
        const old = target.replace(/[\\/]?$/, '.old');
        await rm(old, { recursive: true, force: true });
        if (existsSync(target)) await rename(target, old);
        await rename(staging, target);
        await rm(old, { recursive: true, force: true });
        logger.info(`published ${target}`);
      },
    },
  };
}
