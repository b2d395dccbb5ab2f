/**
 * Every report shape through `npm run import`: each fixture period of the report-shapes site
 * (tests/fixtures/shapes/) and the earlier period of the two-period site (tests/fixtures/periods/), written
 * back as the text pdftotext gives of a report's PDF (tests/helpers/fixture-report-text.ts), imported next to
 * the periods before it (the previous period as the guide), then:
 * - compared with the fixture folder: every difference is listed below with why the import cannot (or need not)
 *   give the fixture's bytes;
 * - each review mark is resolved as a publisher would (a proposal confirmed, the link recorded) and the periods
 *   go through the site's own content pipeline together (tests/helpers/content-pipeline.ts): they build.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/lib/import/command.ts';
import { exitStatus } from '../../src/lib/import/exit-status.ts';
import { importReportText } from '../../src/lib/import/import-report.ts';
import { runCommand } from '../helpers/command-run.ts';
import { readContent, runContent, type ContentFiles } from '../helpers/content-pipeline.ts';
import { fixtureReportText } from '../helpers/fixture-report-text.ts';
import { fixturePath, projectRoot } from '../helpers/paths.ts';
import { shapePeriods } from '../helpers/shapes-site.ts';

const real = '2017-04-01--2017-09-30';
const earlier = '2016-10-01--2017-03-31';
const temp = mkdtempSync(join(tmpdir(), 'import-shapes-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Each fixture period, by its folder's path under tests/fixtures/ (the two sites each have a 2016-10 period). */
const fixtures = [`periods/${earlier}`, ...shapePeriods().map((p) => `shapes/${p}`)];
const periodOf = (fixture: string) => fixture.slice(fixture.indexOf('/') + 1);

interface Imported {
  /** The fixture's path under tests/fixtures/, which names it in messages. */
  name: string;
  period: string;
  /** The folder the import ran in: its report.txt and content/. */
  dir: string;
  fixture: ContentFiles;
  files: ContentFiles;
  stated: { from: string; to: string }[];
  status: number;
  stdout: string;
  stderr: string;
}

/** Imports one fixture's text into a content folder holding the real period and the shapes fixtures before it. */
async function importFixture(fixture: string): Promise<Imported> {
  const period = periodOf(fixture);
  const dir = join(temp, fixture.replace('/', '_'));
  const out = join(dir, 'content');
  mkdirSync(out, { recursive: true });
  cpSync(join(projectRoot, 'content', real), join(out, real), { recursive: true });
  if (fixture.startsWith('shapes/'))
    for (const p of shapePeriods()) if (p < period) cpSync(fixturePath(`shapes/${p}`), join(out, p), { recursive: true });
  const files = readContent(fixturePath(fixture));
  const { text, stated } = fixtureReportText(files);
  const input = join(dir, 'report.txt');
  writeFileSync(input, text);
  const run = await runCommand(runImport, [input, '--out', out, '--published', '2026-12-01']);
  return {
    name: fixture,
    period,
    dir,
    fixture: files,
    files: readContent(join(out, period)),
    stated,
    ...run,
  };
}

/** A file's lines without comments (the fixtures' notes that they are fixtures, the import's marks) and blank runs. */
const bare = (bytes: Buffer | undefined) =>
  (bytes?.toString('utf8') ?? '')
    .split('\n')
    .filter((l) => !/^\s*#/.test(l) && !/^\{\/\*.*\*\/\}$/.test(l))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** The files that differ, once comments are set aside (README.md: the fixture's own notes, never imported). */
const differing = (i: Imported) =>
  [...new Set([...i.fixture.keys(), ...i.files.keys()])]
    .filter((path) => path !== 'README.md' && bare(i.fixture.get(path)) !== bare(i.files.get(path)))
    .sort();

/** The fixture's text of a file with `stated` applied: what a report of the fixture's period prints. */
const asStated = (i: Imported, path: string) => i.stated.reduce((t, s) => t.replaceAll(s.from, s.to), bare(i.fixture.get(path)));

/** The import's marks resolved as a publisher would: proposals confirmed (uncommented), each mark deleted. */
function resolve(files: ContentFiles, record: { url?: string; checked?: string } = {}): ContentFiles {
  const out: ContentFiles = new Map();
  for (const [path, bytes] of files) {
    let text = bytes.toString('utf8');
    if (path === 'report.yaml') {
      text = text
        .replace(/^ {2}# (renames:|sectionRenames:| {2}- from:| {4}to:)/gm, '  $1')
        .replace(/^# (scope:| {2}services:| {4}reference:| {6}words:)/gm, '$1')
        .replace(/^# {7}url: https:\/\/$/m, `      url: ${record.url}`)
        .replace(/^# {7}checked: YYYY-MM-DD$/m, `      checked: ${record.checked}`);
    }
    out.set(
      path,
      Buffer.from(
        text
          .split('\n')
          .filter((l) => !l.includes('import-review:'))
          .join('\n'),
      ),
    );
  }
  return out;
}

describe('importing every report shape', { timeout: 180_000 }, () => {
  const imports = new Map<string, Imported>();
  beforeAll(async () => {
    for (const f of fixtures) imports.set(f, await importFixture(f));
  }, 180_000);
  /** A shapes fixture by its period, or another fixture by its path. */
  const get = (name: string) => imports.get(name.includes('/') ? name : `shapes/${name}`)!;

  it('writes each period folder, named by the dates its text states, and exits 0', () => {
    for (const i of imports.values()) {
      expect(i.stderr, i.name).not.toContain('error');
      expect(i.status, i.name).toBe(exitStatus.written);
      expect(i.files.has('report.yaml'), i.name).toBe(true);
      expect(i.stdout, i.name).toContain('Nothing left out: every word of the input is in the folder.');
    }
  });

  it('gives back the earlier period and the 12-month period with Privacy, save the facts their text now states', () => {
    // The fixtures keep the real assertion's dates (and criteria, framework) beside their own in report.yaml; the
    // text written for them states their own, so the import's assertion says those.
    for (const name of [`periods/${earlier}`, '2023-10-01--2024-09-30']) {
      const i = get(name);
      expect(differing(i), name).toEqual([...(i.period === earlier ? ['report.yaml'] : []), 'sections/management-assertion.mdx']);
      expect(bare(i.files.get('sections/management-assertion.mdx'))).toBe(asStated(i, 'sections/management-assertion.mdx'));
    }
    // The earlier fixture records a correction made to the site's copy after it was published: the site's, later.
    const corrected = get(`periods/${earlier}`).fixture.get('report.yaml')!.toString('utf8');
    expect(bare(get(`periods/${earlier}`).files.get('report.yaml'))).toBe(
      bare(Buffer.from(corrected.replace(/ {2}corrections:\n(?: {4}.*\n)+/, ''))),
    );
    expect(get('2023-10-01--2024-09-30').stated.map((s) => s.to)).toEqual([
      'October 1, 2023 to September 30, 2024',
      'criteria for security, availability, confidentiality, and privacy (',
      'AICPA’s TSP section 100A, Trust Services Criteria for Security, Availability, Processing Integrity, Confidentiality, and Privacy',
    ]);
    expect(get('2023-10-01--2024-09-30').stdout).toContain('  service moved: "AWS Lambda@Edge" from "Compute" to "Networking"');
  });

  it('gives the 2019 shape its attachments (parent:), proposes the section rename, and marks the table it cannot rebuild', () => {
    const i = get('2019-04-01--2019-09-30');
    expect(differing(i)).toEqual(['report.yaml', 'sections/attachment-b.mdx', 'sections/management-assertion.mdx']);
    const yaml = i.files.get('report.yaml')!.toString('utf8');
    // The section "Data" is "Customer Data" now: a new key, proposed as a rename of the old, never applied.
    expect(yaml).toContain('  # sectionRenames:\n  #   - from: data\n  #     to: customer-data\n');
    expect(i.stdout).toContain('section renamed? "Data" → "Customer Data" (data → customer-data: confirm in site.sectionRenames');
    // The long heading printed above the assertion is recorded as the assertion's heading (as the 2024 shape
    // records its own), and the section is headed by the site: the fixture made it the section's title instead.
    const title = parse(/^---\n([\s\S]*?)\n---/.exec(i.fixture.get('sections/management-assertion.mdx')!.toString('utf8'))![1]!).title;
    expect(parse(withoutComments(yaml)).assertion).toEqual({ heading: title });
    expect(bare(i.files.get('sections/management-assertion.mdx'))).toBe(
      asStated(i, 'sections/management-assertion.mdx').replace(`title: ${title}`, 'title: Management assertion\ntitleFrom: site'),
    );
    // The table's cells come back word for word, in reading order, one paragraph each, under a mark: text
    // has no table (a PDF's positions would).
    const b = i.files.get('sections/attachment-b.mdx')!.toString('utf8');
    expect(b).toContain('{/* import-review: 14 short lines in a row, each a paragraph of its own: a table');
    const words = (t: string) => t.replace(/[|#-]/g, ' ').split(/\s+/).filter(Boolean);
    const unmarked = b
      .split('\n')
      .filter((l) => !l.includes('import-review:'))
      .join('\n');
    expect(words(unmarked)).toEqual(words(i.fixture.get('sections/attachment-b.mdx')!.toString('utf8')));
    // Every other file is the fixture's, parent: lines included.
    for (const key of ['aws-background', 'people', 'customer-data'])
      expect(i.files.get(`sections/${key}.mdx`)!.toString()).toContain('parent: attachment-a\n');
    for (const key of ['availability', 'confidentiality'])
      expect(i.files.get(`sections/${key}.mdx`)!.toString()).toContain('parent: attachment-b\n');
  });

  it('records the assertion’s printed heading and date of the 2024 shape, and marks each place the gazetteer cannot place', () => {
    const i = get('2024-04-01--2025-03-31');
    expect(differing(i)).toEqual(['report.pdf', 'report.yaml', 'sections/management-assertion.mdx']);
    const facts = parse(i.files.get('report.yaml')!.toString('utf8'));
    const fixture = parse(i.fixture.get('report.yaml')!.toString('utf8'));
    expect(facts.assertion).toEqual(fixture.assertion);
    // The auditor, the original PDF and what the text leaves out of it are the publisher's record, from the PDF
    // itself: no text of this report prints them (the fixture's PDF has no auditor's report), so none is written.
    const { auditor, source, site, ...rest } = fixture;
    expect([auditor, source, site].every(Boolean)).toBe(true);
    expect(facts).toEqual({ ...rest, site: { published: '2026-12-01' } });
    // The overrides tests/fixtures/shapes/locations.json gives the shapes site are the places the import marks, but
    // Querétaro: the gazetteer has one (a village in Chiapas), so only the map's check can say it is the wrong one.
    const overrides = Object.keys(JSON.parse(readFileSync(fixturePath('shapes/locations.json'), 'utf8')));
    const marked = [...i.stdout.matchAll(/: "([^"]+)" cannot be placed on the map/g)].map((m) => m[1]);
    expect(marked.sort()).toEqual(overrides.filter((n) => n !== 'Querétaro, Mexico').sort());
    expect(i.stdout).toContain('8 sections, 14 categories, 51 services in scope, 33 Regions, 120 edge locations');
  });

  it('proposes the by-link scope of a first period too, where no period before guides its paragraphs', () => {
    // The shapes site's earliest period gives its services by link, with nothing before it to compare with.
    const i = get(earlier);
    expect(differing(i)).toEqual(['report.yaml', 'sections/aws-background.mdx', 'sections/management-assertion.mdx']);
    expect(i.stdout).toMatch(/report\.yaml:\d+: the report gives its services by link, not a list/);
    // With no previous period, the pointer sentence that fills its line runs on into the next paragraph: the
    // only difference in the section is that break, every word kept in order.
    const words = (t: string) => bare(Buffer.from(t)).split(/\s+/);
    const path = 'sections/aws-background.mdx';
    expect(words(i.files.get(path)!.toString('utf8'))).toEqual(words(i.fixture.get(path)!.toString('utf8')));
  });

  it('proposes the by-link scope of the latest shape, its words word for word, the link and the day left to the publisher', () => {
    const i = get('2024-10-01--2025-09-30');
    expect(differing(i)).toEqual(['report.yaml', 'sections/management-assertion.mdx']);
    const yaml = i.files.get('report.yaml')!.toString('utf8');
    const { words } = parse(i.fixture.get('report.yaml')!.toString('utf8')).scope.services.reference;
    expect(yaml).toContain(
      `# scope:\n#   services:\n#     reference:\n#       words: ${words}\n#       url: https://\n#       checked: YYYY-MM-DD\n`,
    );
    expect(i.stdout).toMatch(/report\.yaml:\d+: the report gives its services by link, not a list \(sections\/aws-background\.mdx\)/);
    expect(i.stdout).toContain('  services: given by link from this period, not listed (no service compared)');
    expect(i.files.has('search-aliases.yaml')).toBe(false);
    // The pointer sentence fills its line to the column: the text alone cannot say whether the next line goes
    // on or opens a paragraph. The previous period opens a paragraph with its first words, so it opens one here.
    const lines = readFileSync(join(i.dir, 'report.txt'), 'utf8').split('\n');
    const at = lines.indexOf(words);
    expect(lines[at + 1]).toMatch(/^The scope of locations covered in this report includes/);
    expect(words.length).toBeGreaterThan(100);
    expect(bare(i.files.get('sections/aws-background.mdx'))).toContain(`${words}\n\nThe scope of locations`);
    // Without the previous period as a guide, the two paragraphs are read as one, every word kept in order.
    const alone = importReportText(readFileSync(join(i.dir, 'report.txt'), 'utf8'), { published: '2026-12-01' }).imported!;
    expect(alone.files.get('sections/aws-background.mdx')).toContain(`${words} The scope of locations`);
  });

  it('builds once the marks are resolved as the publisher would: each site’s periods together, through the site’s content pipeline', async () => {
    /** The real content with the resolved imports of one site's fixtures beside it, through the pipeline. */
    const site = async (prefix: string) => {
      const content: ContentFiles = new Map();
      for (const [path, bytes] of readContent(join(projectRoot, 'content'))) content.set(path, bytes);
      for (const i of imports.values()) {
        if (!i.name.startsWith(prefix)) continue;
        const fixtureYaml = parse(i.fixture.get('report.yaml')!.toString('utf8'));
        const reference = fixtureYaml.scope?.services?.reference;
        const record = reference ? { url: reference.url, checked: String(reference.checked) } : {};
        for (const [path, bytes] of resolve(i.files, record)) content.set(`${i.period}/${path}`, bytes);
      }
      const { output, reports } = await runContent(content);
      expect(output, prefix).toBe('');
      return new Map(reports.map((r) => [r.periodId, r]));
    };
    const periods = await site('periods/');
    expect([...periods.keys()].sort()).toEqual([earlier, real]);
    expect(periods.get(earlier)!.services).toHaveLength(47);
    const shapes = await site('shapes/');
    expect([...shapes.keys()].sort()).toEqual([real, ...shapePeriods()].sort());
    expect(shapes.get(earlier)!.services).toHaveLength(0);
    expect(shapes.get(earlier)!.facts.scope?.services?.reference?.url).toBe('https://aws.amazon.com/compliance/services-in-scope/');
    expect(shapes.get('2024-04-01--2025-03-31')!.scope.edgeLocations).toHaveLength(120);
    expect(shapes.get('2024-10-01--2025-09-30')!.facts.scope?.services?.reference?.url).toBe(
      'https://aws.amazon.com/compliance/services-in-scope/',
    );
    expect(shapes.get('2019-04-01--2019-09-30')!.facts.site.sectionRenames).toEqual([{ from: 'data', to: 'customer-data' }]);
  });
});

/** YAML text without its comment lines (the proposals written commented out stay out). */
const withoutComments = (yaml: string) =>
  yaml
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n');
