import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ContentProblem } from './content-problem.ts';

const mdxParser = unified().use(remarkParse).use(remarkMdx);

/**
 * The file line of `key:` at the top level of the frontmatter text, whose line i is file line i + offset;
 * line 1 (the start of the data) when the key is not there.
 */
function keyLine(yaml: string, key: PropertyKey | undefined, offset: number): number {
  const index = typeof key === 'string' ? yaml.split('\n').findIndex((l) => l.startsWith(`${key}:`)) : -1;
  return index < 0 ? 1 : index + offset;
}

/** Schema problems, each at the line of the field it is about (or the start of the data when the field is missing). */
function schemaProblems(schema: z.ZodType, data: unknown, yaml: string, offset: number): ContentProblem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const path = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({ line: keyLine(yaml, k, offset), message: `unknown field "${k}": remove it, or check its spelling` }));
    }
    return [{ line: keyLine(yaml, issue.path[0], offset), message: `${path || 'data'}: ${issue.message}` }];
  });
}

/**
 * Checks one content file before Astro loads it, so a mistake is reported at its line: YAML that does
 * not parse, data that breaks its schema, MDX that does not parse. `kind` says which schema applies.
 */
export function checkContentFile(text: string, kind: 'yaml' | 'mdx', schema: z.ZodType): ContentProblem[] {
  // A YAML file is checked as frontmatter with nothing after it. The frontmatter text starts with the line
  // break after the opening ---, so its line i is file line i + 1 in an MDX file, and line i in a YAML file.
  const source = kind === 'yaml' ? `---\n${text}\n---\n` : text;
  const offset = kind === 'yaml' ? 0 : 1;
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    return [{ line: mark?.line !== undefined ? Math.max(1, mark.line + offset) : 1, message: `YAML does not parse: ${reason}` }];
  }
  const problems = schemaProblems(schema, parsed.frontmatter, parsed.rawFrontmatter, offset);
  if (kind === 'mdx') {
    try {
      mdxParser.parse(parsed.content);
    } catch (error) {
      // The body keeps its line numbers: the frontmatter is blanked to empty lines, not removed.
      const { line, reason } = error as { line?: number; reason?: string };
      problems.push({ line, message: `MDX does not parse: ${reason ?? String(error)}` });
    }
  }
  return problems;
}
