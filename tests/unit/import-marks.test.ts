/**
 * What the import is unsure of is marked in the files it writes, listed with file:line, and refused by the
 * content check until the publisher resolves it. The inputs are the real report's text, cut and renamed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../src/lib/check-content-file.ts';
import { parseContentPath } from '../../src/lib/content-layout.ts';
import { placeChecker } from '../../src/lib/geo/place-check.ts';
import { importReportText } from '../../src/lib/import/import-report.ts';
import { fixturePath, projectRoot } from '../helpers/paths.ts';

const real = readFileSync(fixturePath('soc3-report.txt'), 'utf8');
const placeProblem = placeChecker(JSON.parse(readFileSync(`${projectRoot}src/data/locations.json`, 'utf8')));

/** The real text with exactly one occurrence of `from` replaced (a cut that cuts nothing must fail). */
function cut(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

function importMarked(text: string) {
  const { imported, errors } = importReportText(text, { published: '2026-11-28', placeProblem });
  expect(errors).toEqual([]);
  return imported!;
}

/** The line of a written file, 1-based. */
const lineOf = (body: string, line: number) => body.split('\n')[line - 1];

describe('review marks', () => {
  it('marks nothing in the real report', () => {
    expect(importMarked(real).marks).toEqual([]);
  });

  it('marks an entry split over two lines that no description mends, at the scope list, both lines named', () => {
    // The description of the service whose name the PDF split in the list is cut: nothing says the two lines are one name.
    const text = cut(
      real,
      "AWS Directory Service for Microsoft Active Directory\nAWS Directory Service for Microsoft Active Directory (Enterprise Edition), also known as AWS Microsoft\nAD, enables customers' directory-aware workloads and AWS resources to use managed Active Directory\nin the AWS Cloud.\n",
      '',
    );
    const imported = importMarked(text);
    expect(imported.marks.map((m) => [m.file, m.message])).toEqual([
      [
        'sections/aws-background.mdx',
        '"AWS Directory Service for Microsoft Active" is in the services list but no service is described under that name: is it an entry split over two lines, or a heading the import could not place?',
      ],
      [
        'sections/aws-background.mdx',
        '"Directory" is in the services list but no service is described under that name: is it an entry split over two lines, or a heading the import could not place?',
      ],
    ]);
    const body = imported.files.get('sections/aws-background.mdx')!;
    for (const m of imported.marks) expect(lineOf(body, m.line)).toBe(`{/* import-review: ${m.message} */}`);
    // The marks stand before the list, never inside it: the list's entries stay the report's words.
    expect(body).toMatch(/\*\/\}\n\n<Scope of="services">/);
  });

  it('marks a place the gazetteer cannot place, with the reason, and places a new real one without a mark', () => {
    const imported = importMarked(cut(real, 'Vienna, Austria\n', 'Viennna, Austria\n'));
    expect(imported.marks.map((m) => m.message)).toEqual([
      expect.stringMatching(/^"Viennna, Austria" cannot be placed on the map: the gazetteer has no place "Viennna" in Austria/),
    ]);
    expect(importMarked(cut(real, 'Vienna, Austria\n', 'Helsinki, Finland\n')).marks).toEqual([]);
  });

  it('marks a service heading it could not place under a category', () => {
    const imported = importMarked(cut(real, 'report is listed below:\nCompute\n', 'report is listed below:\n'));
    const first = imported.marks[0]!;
    expect(first.message).toBe('"Auto Scaling" names a service in scope but is not under a category heading: place it');
    expect(first.file).toBe('sections/auto-scaling.mdx');
  });

  it('leaves marks the content check refuses, each at its file and line', () => {
    const imported = importMarked(cut(real, 'Vienna, Austria\n', 'Viennna, Austria\n'));
    const [mark] = imported.marks;
    const problems = checkContentFile(imported.files.get(mark!.file)!, parseContentPath(`${imported.folder}/${mark!.file}`)!);
    expect(problems).toEqual([
      {
        line: mark!.line,
        message: `marked for review by the import (${mark!.message}): resolve it, then delete the mark`,
      },
    ]);
  });
});

describe('a service described among the categories that the scope list does not name', () => {
  // "AWS Shield" is cut from the scope list: its description is left among the Security & Identity services.
  const imported = importMarked(cut(real, '\nAWS Shield\nAmazon Simple Email Service (SES)\n', '\nAmazon Simple Email Service (SES)\n'));

  it('stays a service of its category, marked where it is written', () => {
    const category = imported.outline.parts.find((p) => p.key === 'security-and-identity');
    expect(category?.kind === 'category' && category.services.map((s) => s.name).slice(-2)).toEqual([
      'AWS Shield',
      'AWS Web Application Firewall (WAF)',
    ]);
    const message =
      '"AWS Shield" is described among the services of "Security & Identity" but the scope list does not name it: add it to the list if the report lists it, or correct the name';
    expect(imported.marks.map((m) => [m.file, m.message])).toEqual([['categories/security-and-identity.mdx', message]]);
    // The mark stands right before the service's heading.
    const lines = imported.files.get('categories/security-and-identity.mdx')!.split('\n');
    expect(lines.slice(imported.marks[0]!.line - 1, imported.marks[0]!.line + 2)).toEqual([
      `{/* import-review: ${message} */}`,
      '',
      '## AWS Shield',
    ]);
  });
});

describe('a heading with no text of its own', () => {
  // "Infrastructure"'s paragraph is cut: its heading is followed by the next heading.
  const imported = importMarked(
    cut(
      real,
      'AWS operates the cloud infrastructure that customers may use to provision computing resources such as\nprocessing and storage. The AWS infrastructure includes the facilities, network, and hardware as well as\nsome operational software (e.g., host operating system, virtualization software, etc.) that support the\nprovisioning and use of these resources. The AWS infrastructure is designed and managed in accordance\nwith security compliance standards and AWS best practices.\n',
      '',
    ),
  );

  it('is marked: it may hold the parts after it (an attachment not named so), which then need parent:', () => {
    expect(imported.marks.map((m) => [m.file, m.message])).toEqual([
      [
        'sections/infrastructure.mdx',
        '"Infrastructure" is a heading with no text of its own: give it its text; if it holds the parts after it (an attachment), give each of them parent: infrastructure',
      ],
    ]);
  });
});
