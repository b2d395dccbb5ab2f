import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The staging name of a published folder: `dist/` is built as `dist.staging/`. */
const staged = (folder: string) => folder.replace(/[\\/]?$/, '.staging');
/** The published folder a staging folder becomes: `dist.staging/` → `dist/`. */
export const publishedFolder = (stagingFolder: string) => stagingFolder.replace(/\.staging[\\/]?$/, '');
/** Where to stage a folder published beside the output (e.g. `deploy/` next to `dist/`). */
export const stagedCompanion = (stagingOutDir: string, name: string) => staged(join(dirname(publishedFolder(stagingOutDir)), name));

/** A folder to publish: built at `staged`, published at `published`. */
export interface Publication {
  staged: string;
  published: string;
}

const trim = (folder: string) => folder.replace(/[\\/]$/, '');
/** Where a published folder waits while its replacement moves in. */
const previous = (published: string) => `${trim(published)}.old`;

/**
 * Publishes every staged folder together, or none: each published folder is moved aside, then each staged
 * folder moved in (renames within one parent folder); if any step fails, the steps done are undone in reverse,
 * so the published folders stay as they were, and the error says so. Only then are the old folders removed.
 */
export async function publishTogether(publications: readonly Publication[]): Promise<void> {
  const undo: (() => Promise<void>)[] = [];
  try {
    for (const { published } of publications) {
      const old = previous(published);
      await rm(old, { recursive: true, force: true });
      if (!existsSync(published)) continue;
      await rename(published, old);
      undo.push(() => rename(old, published));
    }
    for (const { staged: from, published } of publications) {
      await rename(from, published);
      undo.push(() => rename(published, from));
    }
  } catch (error) {
    for (const step of undo.reverse()) await step();
    const names = publications.map((p) => `${basename(trim(p.published))}/`).join(' and ');
    throw new Error(
      `could not publish the build (${error instanceof Error ? error.message : String(error)}): nothing was published, ${names} are as they were; make them replaceable (not open in another program, not read-only or immutable) and build again`,
      { cause: error },
    );
  }
  for (const { published } of publications) await rm(previous(published), { recursive: true, force: true });
}

/**
 * Puts back what a publication stopped halfway (the machine lost power between two renames) left: when a
 * published folder is missing beside its `.old`, the swap did not finish, and every folder that has a `.old`
 * gets it back, so the folders agree again (all previous). Else any `.old` is a leftover, removed later.
 */
export async function recoverPublication(published: readonly string[]): Promise<void> {
  const interrupted = published.some((p) => !existsSync(p) && existsSync(previous(p)));
  if (!interrupted) return;
  for (const p of published) {
    if (!existsSync(previous(p))) continue;
    await rm(p, { recursive: true, force: true });
    await rename(previous(p), p);
  }
}

/**
 * Builds into a staging folder beside the output folder and swaps it in only when the whole build
 * (pages, search index, images, headers) succeeded: a failed build never half-publishes the report,
 * and the previous `dist/` stays as it was. Folders other integrations stage beside it (`companions`,
 * e.g. the servers' configurations in `deploy/`) are published with it, all or nothing (publishTogether).
 * Register it last, so its swap runs after every other hook.
 */
export default function atomicOutput({ companions = [] as string[] } = {}): AstroIntegration {
  let target = '';
  let staging = '';
  const publications = (): Publication[] => [
    { staged: staging, published: target },
    ...companions.map((name) => ({ staged: stagedCompanion(staging, name), published: join(dirname(trim(target)), name) })),
  ];
  return {
    name: 'soc3-atomic-output',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        target = fileURLToPath(config.outDir);
        staging = `${staged(target)}/`;
        await recoverPublication(publications().map((p) => p.published));
        for (const { staged: folder } of publications()) await rm(folder, { recursive: true, force: true });
        updateConfig({ outDir: new URL(`file://${staging}`) });
      },
      'astro:build:done': async ({ logger }) => {
        // A companion no integration staged in this build (none does today) keeps what it holds.
        const ready = publications().filter((p, i) => i === 0 || existsSync(p.staged));
        await publishTogether(ready);
        logger.info(`published ${target}${companions.length > 0 ? ` (and ${companions.join(', ')})` : ''}`);
      },
    },
  };
}
