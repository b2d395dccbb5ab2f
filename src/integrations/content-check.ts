import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentFile } from '../lib/check-content-file.ts';
import { contentDir, parseContentPath } from '../lib/content-layout.ts';
import { ContentError, type ContentProblem } from '../lib/content-problem.ts';

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
        const files = (await readdir(base, { recursive: true })).sort();
        const problems: ContentProblem[] = [];
        for (const file of files) {
          const path = parseContentPath(file);
          if (!path) continue;
          const where = relative(root, join(base, file));
          // A file beside report.yaml (the original PDF it names), or undefined when there is none.
          const sibling = (name: string) => {
            try {
              return readFileSync(join(base, path.period, name));
            } catch {
              return undefined;
            }
          };
          problems.push(...checkContentFile(await readFile(join(base, file)), path, sibling).map((p) => ({ ...p, file: where })));
        }
        if (problems.length > 0) throw new ContentError(problems);
      },
    },
  };
}
