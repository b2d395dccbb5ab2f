/**
 * Bad input gets a clear error: for each way content can break, a throw-away copy of the project is broken
 * that way and built. The build must fail, and its output must name the file (and the line, where the
 * parser knows it) and say what is wrong. Cases run one after another, one copy each (~3–5 s a build).
 */
import { describe, expect, it } from 'vitest';
import { copyProject, type BuildResult, type ProjectCopy } from '../helpers/project-copy.ts';

const P = 'content/2017-04-01--2017-09-30';
/** Copies the project, breaks it, builds it, removes the copy. */
function buildBroken(breakIt: (copy: ProjectCopy) => void): Result {
  const copy = copyProject();
  try {
    breakIt(copy);
    const result = copy.build();
    return { ...result, excerpt: excerpt(result.output) };
  } finally {
    copy.dispose();
  }
}

/** The part of the build output a reader of a failed build looks at (from the first error line on), for failure messages. */
function excerpt(output: string): string {
  const lines = output.split('\n');
  const start = lines.findIndex((l) => /\[ERROR\]|problem\(s\):|Error\]/.test(l));
  return (start === -1 ? lines.slice(-40) : lines.slice(start, start + 20)).join('\n');
}

type Result = BuildResult & { excerpt: string };

/** Whether the build output has a text (or matches a pattern); a failure shows the trimmed output, not all of it. */
function expectOutput(result: Result, text: string | RegExp, present = true): void {
  const found = typeof text === 'string' ? result.output.includes(text) : text.test(result.output);
  expect(found, `${present ? 'not found' : 'found'} in the build output: ${String(text)}\n--- the output (trimmed) ---\n${result.excerpt}\n---`).toBe(present);
}

/** A build that failed: non-zero exit, not killed by the timeout. */
function expectFailed(result: Result): void {
  expect(result.signal, `the build was killed:\n${result.excerpt}`).toBeNull();
  expect(result.status, `the build did not fail:\n${result.excerpt}`).not.toBe(0);
}

/** No location at line 0: lines are 1-based, so `file.mdx:0:0` sends the reader nowhere (checked last in each case). */
const expectNoLineZero = (result: Result) => expectOutput(result, /\.(mdx|ya?ml):0:0\b/, false);

describe('bad input gets a clear error', () => {
  describe('(a) malformed MDX', () => {
    it('an unclosed <Scope of="services">: names the file and the line of the opening tag', () => {
      const file = `${P}/sections/aws-background.mdx`;
      const result = buildBroken((c) => c.replace(file, '- Amazon WorkSpaces\n\n</Scope>', '- Amazon WorkSpaces\n'));
      expectFailed(result);
      expectOutput(result, file);
      expectOutput(result, 'Expected a closing tag for `<Scope>`');
      // The opening tag is on line 9.
      expectOutput(result, /\(9:1-9:22\)|aws-background\.mdx:9:/);
      expectNoLineZero(result);
    });

    it('a stray "{" in a paragraph: names the file, the line and the missing brace', () => {
      const file = `${P}/sections/people.mdx`;
      const result = buildBroken((c) => c.replace(file, 'play important roles', 'play { important roles'));
      expectFailed(result);
      expectOutput(result, new RegExp(`${file.replaceAll('.', '\\.')}:5: MDX does not parse`));
      expectOutput(result, 'expected a corresponding closing brace for `{`');
      expectNoLineZero(result);
    });
  });

  describe('(b) frontmatter failing the schema', () => {
    it('a missing title: names the file and the field', () => {
      const file = `${P}/categories/compute.mdx`;
      const result = buildBroken((c) => c.replace(file, 'title: Compute\n', ''));
      expectFailed(result);
      expectOutput(result, `${file}:1: title: Invalid input: expected string, received undefined`);
      expectNoLineZero(result);
    });

    it('an unknown field: names the file and the field', () => {
      const file = `${P}/sections/data.mdx`;
      const result = buildBroken((c) => c.replace(file, 'title: Data\n', 'title: Data\nsubtitle: Customer data\n'));
      expectFailed(result);
      expectOutput(result, `${file}:3: unknown field "subtitle": remove it, or check its spelling`);
      expectNoLineZero(result);
    });

    it('a wrong titleFrom value: names the file, the field and the values allowed', () => {
      const file = `${P}/sections/management-assertion.mdx`;
      const result = buildBroken((c) => c.replace(file, 'titleFrom: site', 'titleFrom: website'));
      expectFailed(result);
      expectOutput(result, new RegExp(`${file.replaceAll('.', '\\.')}:3: titleFrom: .*expected one of "report"\\|"site"`));
      expectNoLineZero(result);
    });
  });

  it('(c) a service in scope with no description: names the scope file, the line of the entry and the service', () => {
    const result = buildBroken((c) => c.replace(`${P}/categories/storage.mdx`, /## Amazon Glacier\n\n.*\n\n/, ''));
    expectFailed(result);
    expectOutput(result, `${P}/sections/aws-background.mdx:35: service "Amazon Glacier" is in scope but has no description: add "## Amazon Glacier" and its paragraphs to its category file`);
    expectOutput(result, "The report's content has 1 problem(s):");
    expectNoLineZero(result);
  });

  it('(d) a description of a service not in scope: names the category file, the heading’s line and the service', () => {
    const result = buildBroken((c) => c.replace(`${P}/sections/aws-background.mdx`, '- AWS Shield\n', ''));
    expectFailed(result);
    expectOutput(result, `${P}/categories/security-and-identity.mdx:29: service "AWS Shield" is described but not in scope: add it to <Scope of="services"> in ${P}/sections/aws-background.mdx, or remove the description`);
    expectOutput(result, "The report's content has 1 problem(s):");
    expectNoLineZero(result);
  });

  describe('(e) two services with the same slug', () => {
    it('in two category files: names both files and lines', () => {
      const result = buildBroken((c) =>
        c.replace(`${P}/categories/networking.mdx`, '## Elastic Load Balancing', '## AWS Lambda Edge\n\nAWS Lambda Edge, spelled another way.\n\n## Elastic Load Balancing'),
      );
      expectFailed(result);
      expectOutput(result, `${P}/categories/networking.mdx:13: service "AWS Lambda Edge" has the slug "aws-lambda-edge", already used by "AWS Lambda@Edge" (${P}/categories/compute.mdx:29)`);
      expectNoLineZero(result);
    });

    it('in one category file: names the file, the line and the line of the first', () => {
      const file = `${P}/categories/compute.mdx`;
      const result = buildBroken((c) => c.replace(file, '## VM Import/Export', '## AWS Lambda Edge\n\nAWS Lambda Edge, spelled another way.\n\n## VM Import/Export'));
      expectFailed(result);
      expectOutput(result, `${file}:33:1`);
      expectOutput(result, 'service "AWS Lambda Edge" has the slug "aws-lambda-edge", already used by "AWS Lambda@Edge" on line 29');
      expectNoLineZero(result);
    });
  });

  it('(f) a service heading with no paragraph under it: names the file, the heading’s line and the service', () => {
    const file = `${P}/categories/storage.mdx`;
    const result = buildBroken((c) => c.replace(file, /(## Amazon Glacier\n\n).*\n\n/, '$1'));
    expectFailed(result);
    expectOutput(result, `${file}:13:1`);
    expectOutput(result, 'service "Amazon Glacier" has no description: add the report\'s paragraph(s) under its heading');
    expectNoLineZero(result);
  });

  it('(g) report.yaml: a category missing from order: names the category file and report.yaml, and nothing else', () => {
    const result = buildBroken((c) => c.replace(`${P}/report.yaml`, '  - storage\n', ''));
    expectFailed(result);
    expectOutput(result, `${P}/categories/storage.mdx: "storage" is missing from order in ${P}/report.yaml: add it where the report has it`);
    // Its five services are described (in storage.mdx): they must not be reported as undescribed.
    expectOutput(result, '"Amazon Glacier" is in scope but has no description', false);
    expectOutput(result, "The report's content has 1 problem(s):");
    expectNoLineZero(result);
  });
});
