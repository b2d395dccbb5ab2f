import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentFile } from '../lib/check-content-file.ts';
import { ContentError, type ContentProblem } from '../lib/content-problem.ts';
import { categorySchema, reportSchema, sectionSchema } from '../schemas.ts';

const kinds = [
  { pattern: /^[^/]+\/report\.ya?ml$/, kind: 'yaml', schema: reportSchema },
  { pattern: /^[^/]+\/sections\/[^/]+\.mdx$/, kind: 'mdx', schema: sectionSchema },
  { pattern: /^[^/]+\/categories\/[^/]+\.mdx$/, kind: 'mdx', schema: categorySchema },
] as const;

/**
 * Checks every content file before Astro loads the collections, and fails the build (or the dev server's
 * start) listing each problem as `file:line: what to fix`. Astro's own errors name the file but often
 * not the line; this check knows both.
 */
export default function contentCheck({ dir = 'content' } = {}): AstroIntegration {
  return {
    name: 'soc3-content-check',
    hooks: {
      'astro:config:done': async ({ config }) => {
        const root = fileURLToPath(config.root);
        const base = join(root, dir);
        const files = (await readdir(base, { recursive: true })).map((f) => f.split('\\').join('/')).sort();
        const problems: ContentProblem[] = [];
        for (const file of files) {
          const spec = kinds.find((k) => k.pattern.test(file));
          if (!spec) continue;
          const text = await readFile(join(base, file), 'utf8');
          const path = relative(root, join(base, file));
          problems.push(...checkContentFile(text, spec.kind, spec.schema).map((p) => ({ ...p, file: path })));
        }
        if (problems.length > 0) throw new ContentError(problems);
      },
    },
  };
}
