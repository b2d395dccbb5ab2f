import type { ContentProblem } from './content-problem.ts';
import type { ScopeItem } from './extract-scope.ts';
import { slugify } from './slug.ts';
import { describeChar } from './unsafe-text.ts';

interface Described {
  name: string;
  slug: string;
  file: string;
  line: number | undefined;
}

/**
 * Checks the report's scope list against the service descriptions, both ways: every service in
 * scope is described exactly once, every description is of a service in scope, and no two share a slug.
 */
export function crossCheckScope(scope: readonly ScopeItem[], scopeFile: string, described: readonly Described[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, Described>();
  for (const d of described) {
    const twin = bySlug.get(d.slug);
    if (twin) {
      problems.push({
        file: d.file,
        line: d.line,
        message: `service "${d.name}" has the slug "${d.slug}", already used by "${twin.name}" (${twin.file}:${twin.line ?? '?'})`,
      });
    } else bySlug.set(d.slug, d);
  }
  const inScope = new Map<string, ScopeItem>();
  for (const item of scope) {
    const slug = slugify(item.name);
    if (inScope.has(slug)) problems.push({ file: scopeFile, line: item.line, message: `service "${item.name}" is listed twice in scope` });
    inScope.set(slug, item);
    const d = bySlug.get(slug);
    if (!d)
      problems.push({
        file: scopeFile,
        line: item.line,
        message: `service "${item.name}" is in scope but has no description: add "## ${item.name}" and its paragraphs to its category file`,
      });
    else if (d.name !== item.name)
      problems.push({
        file: d.file,
        line: d.line,
        message: `service "${d.name}" is written "${item.name}" in scope (${scopeFile}:${item.line ?? '?'}): ${difference(d.name, item.name)}; the report writes one name one way: make them the same`,
      });
  }
  for (const d of bySlug.values()) {
    if (!inScope.has(d.slug))
      problems.push({
        file: d.file,
        line: d.line,
        message: `service "${d.name}" is described but not in scope: add it to <Scope of="services"> in ${scopeFile}, or remove the description`,
      });
  }
  return problems;
}

/**
 * Where two spellings of a name first differ, character by character, each named: two names that print alike
 * (a no-break space, an en dash for a hyphen) differ where the eye sees nothing.
 */
export function difference(heading: string, scope: string): string {
  const [a, b] = [[...heading], [...scope]];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const shown = (c: string | undefined) => (c === undefined ? 'nothing (the name ends)' : describeChar(c));
  return `they differ at character ${i + 1}: ${shown(a[i])} in the heading, ${shown(b[i])} in scope`;
}
