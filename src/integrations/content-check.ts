import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentFiles } from '../lib/check-content-file.ts';
import { contentDir } from '../lib/content-layout.ts';
import { ContentError } from '../lib/content-problem.ts';

/**
 * Checks every content file before Astro loads the collections, and fails the build (or the dev server's
 * start) listing each problem as `file:line: what to fix`. Astro's own errors name the file but often
 * not the line, and stop at the first; this check knows both and lists them all.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'soc3-content-check',
    hooks: {
      'astro:config:done': async ({ config }) => {
        const root = fileURLToPath(config.root);
        const base = join(root, contentDir);
        const entries = await readdir(base, { recursive: true, withFileTypes: true });
        const files = entries
          .filter((e) => e.isFile() || e.isSymbolicLink())
          .map((e) => relative(base, join(e.parentPath, e.name)).split(sep).join('/'))
          .sort();
        const problems = checkContentFiles(
          await Promise.all(files.map(async (f) => [f, await readFile(join(base, f))] as const)),
          contentDir,
        );
        if (problems.length > 0) throw new ContentError(problems);
      },
    },
  };
}
