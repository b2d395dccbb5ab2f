import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isUtf8 } from 'node:buffer';
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from './content-problem.ts';
import { contentKinds, parseContentPath, periodFolder, strayFileProblem, type ContentPath } from './content-layout.ts';
import { extractScope } from './extract-scope.ts';
import { extractServices } from './extract-services.ts';
import { linkProblem, nameProblem } from './unsafe-text.ts';
import { reviewMarks } from './import/review-mark.ts';
import { sourceProblems } from './report-source.ts';
import { fieldLine, frontmatterLine } from './yaml-lines.ts';
import { contentSchemas, reportSchema, type ReportFacts } from '../schemas.ts';

const mdxParser = unified().use(remarkParse).use(remarkMdx);

/** The file line of a field (or of the deepest field of its path that is there); line 1 when not even its first key is. */
type LineOf = (keys: readonly PropertyKey[]) => number;

/** Schema problems, each at the line of the field it is about (or the start of the data when the field is missing). */
function schemaProblems(schema: z.ZodType, data: unknown, lineOf: LineOf): ContentProblem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const path = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({
        line: lineOf([...issue.path, k]),
        message: `unknown field "${k}": remove it, or check its spelling`,
      }));
    }
    return [{ line: lineOf(issue.path), message: `${path || 'data'}: ${issue.message}` }];
  });
}

/**
 * Where a file stops being UTF-8, for a file that is not: the line and the byte, found in the lossy decoding
 * (the first U+FFFD), since the strict decoder only says that it failed.
 */
function notUtf8(bytes: Uint8Array): ContentProblem {
  const text = new TextDecoder('utf-8').decode(bytes);
  const at = text.indexOf('\uFFFD');
  const line = text.slice(0, at).split('\n').length;
  const column = at - text.lastIndexOf('\n', at - 1);
  // The first byte that failed: the lossy text up to `at`, re-encoded, is the valid prefix.
  const byte = bytes[new TextEncoder().encode(text.slice(0, at)).length] ?? 0;
  const hex = `0x${byte.toString(16).padStart(2, '0')}`;
  return {
    line,
    message: `not UTF-8: byte ${hex} at column ${column} is not valid UTF-8 (a character pasted from an office document, such as a Windows-1252 quote, is the usual cause); retype it, or save the file as UTF-8`,
  };
}

/**
 * A period folder must be named after the dates its report.yaml states; a second report of the same dates (one
 * that `supersedes` the other) adds a label: `<start>--<end>-reissued`.
 */
function folderProblems(facts: ReportFacts, folder: string, lineOf: LineOf): ContentProblem[] {
  const expected = periodFolder(facts.period);
  if (expected === folder || (folder.startsWith(`${expected}-`) && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(folder.slice(expected.length + 1))))
    return [];
  const line = lineOf(['period']);
  // "2017-04-01--2017-09-30 copy", "… - Copy", "… (copy)", "Copy of …": renaming it to its dates would land on the original.
  if (folder.includes(expected))
    return [
      {
        line,
        message: `the folder "${folder}" looks like a copy of the period folder "${expected}" (a file manager names a copy so), and its report.yaml still states that period: delete the copy; or, to start the next period from it, set period here to the next period's dates and rename the folder after them (<start>--<end>)`,
      },
    ];
  return [
    {
      line,
      message: `the period is ${expected.replace('--', ' to ')}, but the folder is named "${folder}": rename the folder to "${expected}", or correct the dates`,
    },
  ];
}

/**
 * Links whose scheme runs code or renders a document, and names (headings, which in a category file are the
 * service names, and scope entries) holding invisible or reordering characters or too long for a file's name.
 */
function textProblems(tree: Root, path: ContentPath, lines: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const source = (line: number | undefined) => (line === undefined ? undefined : lines[line - 1]);
  const add = (line: number | undefined, message: string | undefined) => void (message && problems.push({ line, message }));
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'link' || node.type === 'definition') add(line, linkProblem(node.url));
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      for (const a of node.attributes)
        if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' && /^(href|src|action|formaction)$/i.test(a.name))
          add(line, linkProblem(a.value));
    if (node.type === 'heading')
      add(
        line,
        nameProblem(toString(node), path.kind === 'categories' && node.depth === 2 ? 'the service name' : 'the heading', source(line)),
      );
  });
  const { scope } = extractScope(tree);
  for (const item of [...scope.services, ...scope.regions, ...scope.edgeLocations])
    add(item.line, nameProblem(item.name, 'the scope entry', source(item.line)));
  return problems;
}

/**
 * The scope lists' and the service headings' problems: the remark plugins (src/remark/scope.ts, services.ts)
 * check the same while Astro compiles the file, but a plugin's error reaches the reader wrapped in Astro's code
 * location and stack trace, one file at a time; found here, they print with the rest, each at its line.
 */
function structureProblems(tree: Root, path: ContentPath): ContentProblem[] {
  return [...extractScope(tree).problems, ...(path.kind === 'categories' ? extractServices(tree).problems : [])];
}

/**
 * Checks one content file before Astro loads it, so a mistake is reported at its line: bytes that are not
 * UTF-8, YAML that does not parse, data that breaks its schema, MDX that does not parse, a period folder whose
 * name is not its report's dates, unsafe links and names (textProblems), malformed scope lists and service
 * headings (structureProblems), a review mark the import left, and in report.yaml the report's own facts
 * (src/lib/report-source.ts: dates, the PDF it names, read through `sibling`, which gives a file of the same
 * period folder). `path` (from the content layout) says which kind of file it is.
 */
export function checkContentFile(
  content: string | Uint8Array,
  path: ContentPath,
  sibling: (name: string) => Uint8Array | undefined = () => undefined,
): ContentProblem[] {
  if (typeof content !== 'string' && !isUtf8(content)) return [notUtf8(content)];
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
  const schema: z.ZodType = contentSchemas[path.kind];
  const yaml = contentKinds[path.kind].format === 'yaml';
  // A YAML file is checked as frontmatter with nothing after it. The frontmatter text starts with the line
  // break after the opening ---, so its line i is file line i + 1 in an MDX file, and line i in a YAML file.
  const source = yaml ? `---\n${text}\n---\n` : text;
  const offset = yaml ? 0 : 1;
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    return [{ line: mark?.line !== undefined ? Math.max(1, mark.line + offset) : 1, message: `YAML does not parse: ${reason}` }];
  }
  const lineOf: LineOf = (keys) => {
    const path = keys.filter((k): k is string | number => typeof k !== 'symbol');
    return (yaml ? fieldLine(text, path) : frontmatterLine(text, path)) ?? 1;
  };
  const problems = schemaProblems(schema, parsed.frontmatter, lineOf);
  const title = (parsed.frontmatter as { title?: unknown }).title;
  const lines = text.split('\n');
  const titleLine = lineOf(['title']);
  const titleProblem =
    !yaml && typeof title === 'string'
      ? nameProblem(title, 'the title', lines[titleLine - 1], { named: path.kind !== 'sections' })
      : undefined;
  if (titleProblem) problems.push({ line: titleLine, message: titleProblem });
  if (path.kind === 'reports' && problems.length === 0) {
    const facts = reportSchema.parse(parsed.frontmatter);
    const folder = folderProblems(facts, path.period, lineOf);
    // The report's own dates are checked against its period once the period itself is right.
    problems.push(...(folder.length > 0 ? folder : sourceProblems(facts, text, sibling)));
  }
  if (!yaml) {
    try {
      const tree = mdxParser.parse(parsed.content);
      problems.push(...textProblems(tree, path, lines), ...structureProblems(tree, path));
    } catch (error) {
      // The body keeps its line numbers: the frontmatter is blanked to empty lines, not removed.
      // An unclosed tag is reported at the end of the file, with no line: its reason names where the tag opens, "(9:1-9:22)".
      const { line, reason = String(error) } = error as { line?: number; reason?: string };
      const opened = /\((\d+):\d+-\d+:\d+\)$/.exec(reason)?.[1];
      problems.push({ line: line ?? (opened ? Number(opened) : undefined), message: `MDX does not parse: ${reason}` });
    }
  }
  // What the import marked for review is not published until the publisher resolves it.
  problems.push(...reviewMarks(text));
  return problems;
}

/**
 * Checks every file of the content folder (paths relative to it, with their bytes), naming each file as
 * `<prefix>/<path>` (the content folder relative to the project): each content file by checkContentFile, and
 * any other file the site would skip without a word (strayFileProblem).
 */
export function checkContentFiles(files: Iterable<readonly [string, Uint8Array]>, prefix: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byPath = new Map(files);
  for (const [path, bytes] of byPath) {
    const file = `${prefix}/${path}`;
    const where = parseContentPath(path);
    const stray = where ? undefined : strayFileProblem(path);
    if (stray) problems.push({ file, message: stray });
    // A file beside report.yaml (the original PDF it names), or undefined when there is none.
    const sibling = (name: string) => (where ? byPath.get(`${where.period}/${name}`) : undefined);
    if (where) problems.push(...checkContentFile(bytes, where, sibling).map((p) => ({ ...p, file })));
  }
  return problems;
}
