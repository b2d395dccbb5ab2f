/**
 * Bad input gets a clear error: each way content can break, applied to a copy of the real content in memory
 * and run through the content pipeline the build runs (tests/helpers/content-pipeline.ts). Each must fail
 * with the file, the line where the parser knows it, and what to fix. That these messages reach the
 * console of a real build, and stop it, is tested once, in tests/build/atomic-output.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readContent, replaceIn, runContent, type ContentFiles } from '../helpers/content-pipeline.ts';
import { fixturePath } from '../helpers/paths.ts';

const period = '2017-04-01--2017-09-30';
const P = `content/${period}`;
const real = readContent();

/** The pipeline's output after one edit of the real content; it must have failed. */
async function broken(edit: (files: ContentFiles) => ContentFiles): Promise<string> {
  const { output } = await runContent(edit(real));
  expect(output, 'the broken content passed').not.toBe('');
  // Lines are 1-based: `file.mdx:0` would send the reader nowhere.
  expect(output).not.toMatch(/\.(mdx|ya?ml):0\b/);
  return output;
}
const edit = (path: string, from: string | RegExp, to: string) => (files: ContentFiles) => replaceIn(files, path, from, to);
/** The 1-based line of `needle` in a file of `files`. */
const lineIn = (files: ContentFiles, path: string, needle: string) => {
  const text = files.get(path)!.toString('utf8');
  return text.slice(0, text.indexOf(needle)).split('\n').length;
};

describe('bad input gets a clear error', () => {
  it('the real content passes', async () => {
    const { output, reports } = await runContent(real);
    expect(output).toBe('');
    expect(reports.map((r) => r.services.length)).toEqual([51]);
  });

  describe('(a) malformed MDX', () => {
    it('an unclosed <Scope of="services">: names the file and the line of the opening tag', async () => {
      const output = await broken(
        edit(`${period}/sections/aws-background.mdx`, '- Amazon WorkSpaces\n\n</Scope>', '- Amazon WorkSpaces\n'),
      );
      expect(output).toMatch(
        new RegExp(`^${P}/sections/aws-background\\.mdx:9: MDX does not parse: Expected a closing tag for \`<Scope>\``),
      );
    });

    it('a stray "{" in a paragraph: names the file, the line and the missing brace', async () => {
      const output = await broken(edit(`${period}/sections/people.mdx`, 'play important roles', 'play { important roles'));
      expect(output).toMatch(
        new RegExp(`^${P}/sections/people\\.mdx:5: MDX does not parse: .*expected a corresponding closing brace for \`\\{\``),
      );
    });
  });

  describe('(b) frontmatter failing the schema', () => {
    it('a missing title: names the file and the field', async () => {
      expect(await broken(edit(`${period}/categories/compute.mdx`, 'title: Compute\n', ''))).toBe(
        `${P}/categories/compute.mdx:1: title: Invalid input: expected string, received undefined`,
      );
    });

    it('an unknown field: names the file and the field', async () => {
      expect(await broken(edit(`${period}/sections/data.mdx`, 'title: Data\n', 'title: Data\nsubtitle: Customer data\n'))).toBe(
        `${P}/sections/data.mdx:3: unknown field "subtitle": remove it, or check its spelling`,
      );
    });

    it('a wrong titleFrom value: names the file, the field and the values allowed', async () => {
      expect(await broken(edit(`${period}/sections/management-assertion.mdx`, 'titleFrom: site', 'titleFrom: website'))).toMatch(
        new RegExp(`^${P}/sections/management-assertion\\.mdx:3: titleFrom: .*expected one of "report"\\|"site"$`),
      );
    });
  });

  it('(c) a service in scope with no description: names the scope file, the line of the entry and the service', async () => {
    expect(await broken(edit(`${period}/categories/storage.mdx`, /## Amazon Glacier\n\n.*\n\n/, ''))).toBe(
      `${P}/sections/aws-background.mdx:35: service "Amazon Glacier" is in scope but has no description: add "## Amazon Glacier" and its paragraphs to its category file`,
    );
  });

  it('(d) a description of a service not in scope: names the category file, the heading’s line and the service', async () => {
    expect(await broken(edit(`${period}/sections/aws-background.mdx`, '- AWS Shield\n', ''))).toBe(
      `${P}/categories/security-and-identity.mdx:29: service "AWS Shield" is described but not in scope: add it to <Scope of="services"> in ${P}/sections/aws-background.mdx, or remove the description`,
    );
  });

  describe('(e) two services with the same slug', () => {
    it('in two category files: names both files and lines', async () => {
      const output = await broken(
        edit(
          `${period}/categories/networking.mdx`,
          '## Elastic Load Balancing',
          '## AWS Lambda Edge\n\nAWS Lambda Edge, spelled another way.\n\n## Elastic Load Balancing',
        ),
      );
      expect(output.split('\n')).toContain(
        `${P}/categories/networking.mdx:13: service "AWS Lambda Edge" has the slug "aws-lambda-edge", already used by "AWS Lambda@Edge" (${P}/categories/compute.mdx:29)`,
      );
    });

    it('in one category file: names the file, the line and the line of the first', async () => {
      const output = await broken(
        edit(
          `${period}/categories/compute.mdx`,
          '## VM Import/Export',
          '## AWS Lambda Edge\n\nAWS Lambda Edge, spelled another way.\n\n## VM Import/Export',
        ),
      );
      // Found by the early check, with the rest of the file's problems (not by the remark plugin, whose error Astro wraps in a stack trace).
      expect(output).toBe(
        `${P}/categories/compute.mdx:33: service "AWS Lambda Edge" has the slug "aws-lambda-edge", already used by "AWS Lambda@Edge" on line 29`,
      );
    });
  });

  it('(f) a service heading with no paragraph under it: names the file, the heading’s line and the service', async () => {
    const output = await broken(edit(`${period}/categories/storage.mdx`, /(## Amazon Glacier\n\n).*\n\n/, '$1'));
    expect(output).toBe(
      `${P}/categories/storage.mdx:13: service "Amazon Glacier" has no description: add the report's paragraph(s) under its heading`,
    );
  });

  it('(g) report.yaml: a category missing from order: names the category file and report.yaml, and nothing else', async () => {
    expect(await broken(edit(`${period}/report.yaml`, '  - storage\n', ''))).toBe(
      `${P}/categories/storage.mdx: "storage" is missing from order in ${P}/report.yaml: add it where the report has it`,
    );
  });

  it('(h) a byte that is not UTF-8 (a Windows-1252 quote pasted from an office document): names the file, the line and "not UTF-8"', async () => {
    const path = `${period}/sections/people.mdx`;
    const text = real.get(path)!.toString('utf8');
    const at = text.indexOf('play important roles');
    const bytes = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0x92]), Buffer.from(text.slice(at))]);
    const output = await broken((files) => new Map(files).set(path, bytes));
    expect(output).toMatch(new RegExp(`^${P}/sections/people\\.mdx:5: not UTF-8: byte 0x92 at column \\d+`));
  });

  it('(i) a period folder whose name and report.yaml dates disagree: names the file, the line and both', async () => {
    const output = await broken(edit(`${period}/report.yaml`, 'end: 2017-09-30', 'end: 2017-10-31'));
    expect(output).toBe(
      `${P}/report.yaml:7: the period is 2017-04-01 to 2017-10-31, but the folder is named "${period}": rename the folder to "2017-04-01--2017-10-31", or correct the dates`,
    );
  });
  describe('(j) links that run code or open a document of their own', () => {
    for (const [url, scheme] of [
      ['javascript:alert(1)', 'javascript'],
      [' JavaScript:alert(1)', 'javascript'],
      ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data'],
      ['vbscript:msgbox(1)', 'vbscript'],
    ])
      it(`a ${scheme}: link (${JSON.stringify(url)}): names the file, the line and what to link to instead`, async () => {
        const output = await broken(edit(`${period}/sections/people.mdx`, 'play important roles', `play [important](<${url}>) roles`));
        expect(output).toMatch(
          new RegExp(
            `^${P}/sections/people\\.mdx:5: a link to ".*": ${scheme}: links .* are not allowed; link to an https:// address or a page of the site, or remove the link$`,
          ),
        );
      });
  });

  describe('(k) names with characters that cannot be seen or reorder what is seen', () => {
    it('a zero-width space in a service name: names both its heading and its scope entry, once each', async () => {
      const output = await broken((files) =>
        edit(
          `${period}/categories/compute.mdx`,
          '## AWS Lambda\n',
          '## AWS Lamb\u200Bda\n',
        )(edit(`${period}/sections/aws-background.mdx`, '- AWS Lambda\n', '- AWS Lamb\u200Bda\n')(files)),
      );
      expect(output.split('\n').sort()).toEqual([
        `${P}/categories/compute.mdx:25: the service name "AWS Lamb<U+200B>da" holds an invisible (zero-width) character, U+200B, at column 12: delete it (the report's names have none; pasted text often brings one along)`,
        `${P}/sections/aws-background.mdx:41: the scope entry "AWS Lamb<U+200B>da" holds an invisible (zero-width) character, U+200B, at column 11: delete it (the report's names have none; pasted text often brings one along)`,
      ]);
    });

    it('a bidi override in a region: names the file, the line and the character', async () => {
      const output = await broken(
        edit(`${period}/sections/aws-background.mdx`, '<Region>US East (Ohio)</Region>', '<Region>US East (\u202EOhio)</Region>'),
      );
      expect(output).toBe(
        `${P}/sections/aws-background.mdx:65: the scope entry "US East (<U+202E>Ohio)" holds a bidirectional control (it reorders the text as displayed), U+202E, at column 143: delete it (the report's names have none; pasted text often brings one along)`,
      );
    });

    it('a control character (a form feed from pdftotext) in a page title: names the file, the line and the character', async () => {
      const output = await broken(edit(`${period}/sections/data.mdx`, 'title: Data\n', 'title: "Da\\fta"\n'));
      expect(output).toMatch(
        new RegExp(
          `^${P}/sections/data\\.mdx:2: the title "Da<U\\+000C>ta" holds a control character, U\\+000C, at character 3: delete it`,
        ),
      );
    });
  });

  it('(l) a service name too long for a file name: names the heading and the scope entry, not a file system error', async () => {
    const long = `AWS Lambda ${'and more '.repeat(32)}`.trim();
    const output = await broken((files) =>
      edit(
        `${period}/categories/compute.mdx`,
        '## AWS Lambda\n',
        `## ${long}\n`,
      )(edit(`${period}/sections/aws-background.mdx`, '- AWS Lambda\n', `- ${long}\n`)(files)),
    );
    const lines = output.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${P}/categories/compute\\.mdx:25: the service name "AWS Lambda and more .*…" is too long: its slug, a folder's name, would have 298 characters \\(at most 200\\); check the line holds only the name`,
      ),
    );
    expect(lines[1]).toMatch(new RegExp(`^${P}/sections/aws-background\\.mdx:41: the scope entry "AWS Lambda .*" is too long`));
  });

  describe('(n) sections within sections, and renamed section keys', () => {
    it('a parent that is not a section of the period: names the file, the line of parent: and what to use', async () => {
      expect(await broken(edit(`${period}/sections/people.mdx`, 'title: People\n', 'title: People\nparent: attachment-z\n'))).toBe(
        `${P}/sections/people.mdx:3: parent "attachment-z" is not a section of this period: use the file name (without .mdx) of a section in its sections/ folder, or remove parent`,
      );
    });

    it('a cycle of parents: names the file, the line, the cycle and what to do, once', async () => {
      const output = await broken((files) =>
        edit(
          `${period}/sections/people.mdx`,
          'title: People\n',
          'title: People\nparent: data\n',
        )(edit(`${period}/sections/data.mdx`, 'title: Data\n', 'title: Data\nparent: people\n')(files)),
      );
      expect(output).toBe(
        `${P}/sections/data.mdx:3: parent makes a cycle (data → people → data): a section cannot hold itself; remove parent from one of them`,
      );
    });

    it('a part listed in order outside its parent: names report.yaml and where to list it', async () => {
      expect(await broken(edit(`${period}/sections/people.mdx`, 'title: People\n', 'title: People\nparent: aws-background\n'))).toBe(
        `${P}/report.yaml: order lists "people" outside its parent "aws-background": list it after "aws-background", among the parts "aws-background" holds`,
      );
    });

    it('a renamed section key that the previous period does not have: names report.yaml, the line and what to use', async () => {
      // A second period after the real one: the real text, dated six months later, renaming a key it never had.
      const next = '2017-10-01--2018-03-31';
      const files = new Map(real);
      for (const [path, bytes] of real) if (path.startsWith(`${period}/`)) files.set(path.replace(period, next), bytes);
      const yaml = real
        .get(`${period}/report.yaml`)!
        .toString('utf8')
        .replace('start: 2017-04-01\n  end: 2017-09-30', 'start: 2017-10-01\n  end: 2018-03-31')
        // The real report's own date is not the next one's.
        .replace(/^assertion:\n {2}date: .*\n/m, '')
        .concat('  sectionRenames:\n    - from: dat\n      to: data\n');
      files.set(`${next}/report.yaml`, Buffer.from(yaml));
      const line = yaml.split('\n').indexOf('    - from: dat') + 1;
      expect(await broken(() => files)).toBe(
        `content/${next}/report.yaml:${line}: site.sectionRenames ("dat" → "data"): "dat" is not a section of the previous period (${period}): use its file name there, without .mdx`,
      );
    });
  });

  describe('(m) mistakes a publisher makes putting out the next report', () => {
    const earlier = '2016-10-01--2017-03-31';
    /** The real period and, before it, the two-period site's earlier fixture period. */
    const twoPeriods: ContentFiles = new Map([
      ...real,
      ...[...readContent(fixturePath(`periods/${earlier}`))].map(([path, bytes]) => [`${earlier}/${path}`, bytes] as const),
    ]);

    it('a rename whose "from" the previous period does not have: names report.yaml, the line of "from" and the name meant', async () => {
      const output = await broken(() =>
        replaceIn(
          twoPeriods,
          `${period}/report.yaml`,
          '  published: 2026-11-28\n',
          '  published: 2026-11-28\n  renames:\n    - from: Amazon EC2 Simple Systems Manager\n      to: Amazon EC2 Systems Manager\n',
        ),
      );
      expect(output).toBe(
        `${P}/report.yaml:${lineIn(twoPeriods, `${period}/report.yaml`, '  published: 2026-11-28') + 2}: site.renames ("Amazon EC2 Simple Systems Manager" → "Amazon EC2 Systems Manager"): "Amazon EC2 Simple Systems Manager" is not a service of the previous period (${earlier}): did you mean "Amazon EC2 Simple Systems Manager (SSM)"? Use its name there, exactly`,
      );
    });

    it('a period folder copied by a file manager ("… copy"): says it is a copy and what to do, not to rename it onto the original', async () => {
      const copy = `${period} copy`;
      const output = await broken(
        () => new Map([...real, ...[...real].map(([path, bytes]) => [path.replace(period, copy), bytes] as const)]),
      );
      expect(output).toBe(
        `content/${copy}/report.yaml:7: the folder "${copy}" looks like a copy of the period folder "${period}" (a file manager names a copy so), and its report.yaml still states that period: delete the copy; or, to start the next period from it, set period here to the next period's dates and rename the folder after them (<start>--<end>)`,
      );
    });

    it('a non-breaking space in a service name: shows it, names U+00A0 and its column', async () => {
      const output = await broken(edit(`${period}/sections/aws-background.mdx`, '- Amazon Glacier\n', '- Amazon\u00A0Glacier\n'));
      expect(output).toBe(
        `${P}/sections/aws-background.mdx:35: the scope entry "Amazon<U+00A0>Glacier" holds a look-alike space (it shows as a space but is another character, so the name differs from the same name typed with spaces), U+00A0 (no-break space), at column 9: replace it with an ordinary space (the report's names have none; pasted text often brings one along)`,
      );
    });

    const renamed = (from: string, to: string) => (files: ContentFiles) =>
      new Map([...files].map(([path, bytes]) => [path === from ? to : path, bytes] as const));

    it('a category saved as .md: names the file and the name to give it, instead of dropping the category', async () => {
      const output = await broken(renamed(`${period}/categories/storage.mdx`, `${period}/categories/storage.md`));
      expect(output).toBe(
        `${P}/categories/storage.md: a category saved as .md: the site reads only .mdx files here, so it would not be published; rename it to storage.mdx`,
      );
    });

    it('a section saved as .md, and a file the site does not read: each named', async () => {
      const output = await broken((files) =>
        renamed(
          `${period}/sections/people.mdx`,
          `${period}/sections/people.md`,
        )(new Map(files).set(`${period}/notes.txt`, Buffer.from('to do'))),
      );
      expect(output.split('\n').sort()).toEqual([
        `${P}/notes.txt: not a file the site reads: a period folder holds report.yaml, sections/*.mdx, categories/*.mdx, search-aliases.yaml (and may hold a README.md); move it to where its kind belongs, or out of content/`,
        `${P}/sections/people.md: a section saved as .md: the site reads only .mdx files here, so it would not be published; rename it to people.mdx`,
      ]);
    });

    it('leaves alone a folder’s README.md and what operating systems leave (.DS_Store, Thumbs.db)', async () => {
      const files = new Map(real);
      for (const name of ['README.md', '.DS_Store', 'categories/Thumbs.db']) files.set(`${period}/${name}`, Buffer.from('x'));
      expect((await runContent(files)).output).toBe('');
    });
  });

  describe('(o) the report’s own facts (assertion, auditor, original PDF)', () => {
    const yaml = `${period}/report.yaml`;
    const withPdf = edit(yaml, 'source:\n  omits:', 'source:\n  pdf: report.pdf\n  omits:');
    const lineOf = (files: ContentFiles, needle: string) => lineIn(files, yaml, needle);

    it('a PDF that is there and is a PDF passes', async () => {
      const files = new Map(withPdf(real)).set(`${period}/report.pdf`, Buffer.from('%PDF-1.4\n%%EOF\n'));
      expect((await runContent(files)).output).toBe('');
    });

    it('a PDF named but missing: names report.yaml, the line of pdf: and what to do', async () => {
      const line = lineOf(withPdf(real), 'pdf: report.pdf');
      expect(await broken(withPdf)).toBe(
        `${P}/report.yaml:${line}: source.pdf names "report.pdf", but there is no such file beside report.yaml: put the report's PDF there under that name, or remove source.pdf`,
      );
    });

    it('a file named .pdf that is not a PDF: says so, at the line of pdf:', async () => {
      const output = await broken((files) => new Map(withPdf(files)).set(`${period}/report.pdf`, Buffer.from('<html>not a pdf</html>')));
      expect(output).toBe(
        `${P}/report.yaml:${lineOf(withPdf(real), 'pdf: report.pdf')}: source.pdf "report.pdf" is not a PDF (a PDF starts with "%PDF-"): put the report's original PDF there, not a renamed file of another kind`,
      );
    });

    it('a PDF name with a folder in it: names the line of pdf: and the rule', async () => {
      const broke = edit(yaml, 'source:\n  omits:', 'source:\n  pdf: ../secret.pdf\n  omits:');
      expect(await broken(broke)).toBe(
        `${P}/report.yaml:${lineOf(broke(real), 'pdf: ../')}: source.pdf: a file name in the period folder ending in .pdf, e.g. report.pdf`,
      );
    });

    it('an assertion date before the period ends: names the line of date: and the period’s end', async () => {
      const broke = edit(yaml, 'date: 2017-10-26', 'date: 2016-10-26');
      expect(await broken(broke)).toBe(
        `${P}/report.yaml:${lineOf(broke(real), 'date: 2016-10-26')}: assertion.date is 26 October 2016, outside the period's end (30 September 2017) and the year after it: a report is dated after the period it covers; check the date printed in the report`,
      );
    });

    it('an auditor’s report section not first in order, with no auditor recorded: says both', async () => {
      const output = await broken(edit(`${period}/sections/people.mdx`, 'title: People\n', 'title: People\nkind: auditor-report\n'));
      expect(output.split('\n').sort()).toEqual([
        `${P}/report.yaml: "people" is the auditor's report (kind: auditor-report) and must come first in order, where the report prints it: move it to the top of order`,
        `${P}/report.yaml: ${P}/sections/people.mdx is the auditor's report, but report.yaml records no auditor: add auditor: { firm: …, date: … } as the report names them`,
      ]);
    });
  });
});
