/**
 * A fixture period folder (MDX, as the site reads it) written back as the text `pdftotext` gives of a report's
 * PDF, so the import can be tested on every report shape: what the folder holds, in `order`, as a PDF prints it.
 * The lines are wrapped at the real text's column (tests/fixtures/soc3-report.txt), with its debris: a bullet is
 * a run of blank lines, a services list comes out one column after the other, an entry too long for its column
 * is split over two lines, and paragraphs follow one another with no blank line between them. A table comes out
 * as pdftotext writes one: its cells one after the other, row by row.
 *
 * The fixture periods keep the real report's words, and so the dates, criteria and framework its assertion
 * names, beside their own in report.yaml. The text written here states the period's own (report.yaml's), as a
 * real report of that period would: `stated` lists each such change, which is the test's to justify.
 * A heading and date the fixture records as printed above the assertion (`assertion` in report.yaml) are printed
 * there, as the report's PDF prints them.
 */
import { parse } from 'yaml';
import { readFacts } from '../../src/lib/import/facts.ts';
import type { ContentFiles } from './content-pipeline.ts';

/** The real text's column, in characters (its longest lines run to 105–111). */
const width = 105;
/** A column of a two-column list. */
const columnWidth = 42;
/** A table's cell column. */
const cellWidth = 60;

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** 2019-04-01 as "April 1, 2019", as the report writes its dates. */
const inWords = (iso: string) => `${months[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;
const isoOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** Greedy wrapping at a width, breaking at spaces only. */
export function wrap(text: string, at = width): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > at) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** MDX text as the report's words: components and escapes gone. */
const plain = (mdx: string) =>
  mdx
    .replace(/<\/?Region>/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();

interface Frontmatter {
  title: string;
  titleFrom?: 'report' | 'site';
}

function splitFile(text: string): { data: Frontmatter; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('a fixture MDX file without frontmatter');
  return { data: parse(match[1]!) as Frontmatter, body: text.slice(match[0].length) };
}

/** The lines a body prints: paragraphs, bullets, scope lists, `##` headings and tables, with pdftotext's debris. */
function bodyLines(body: string): string[] {
  const out: string[] = [];
  const chunks = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .split(/\n\s*\n/)
    .map((c) => c.trim())
    .filter(Boolean);
  let scope: string | undefined;
  let afterList = false;
  for (const chunk of chunks) {
    const opening = /^<Scope of="([a-z-]+)">$/.exec(chunk);
    if (opening) {
      scope = opening[1];
      continue;
    }
    if (chunk === '</Scope>') {
      scope = undefined;
      continue;
    }
    const lines = chunk.split('\n');
    if (afterList) out.push('');
    afterList = false;
    if (lines.every((l) => l.startsWith('- '))) {
      const items = lines.map((l) => plain(l.slice(2)));
      if (scope === 'services') {
        // Two columns, each after a run of blank lines; an entry too long for its column wraps.
        const entries = items.flatMap((item) => wrap(item, columnWidth));
        const half = Math.ceil(entries.length / 2);
        out.push(...Array(20).fill(''), ...entries.slice(0, half), ...Array(20).fill(''), ...entries.slice(half));
      } else if (scope) out.push(...items);
      else {
        // A bullet's glyph is lost: blank lines stand for it.
        items.forEach((item, i) => out.push(...Array(i === 0 ? 2 : 3).fill(''), ...wrap(item, width - 10)));
        afterList = true;
      }
    } else if (lines[0]!.startsWith('|')) {
      const rows = lines.filter((l) => !/^\|[\s|-]+\|$/.test(l));
      for (const row of rows) for (const cell of row.split('|').slice(1, -1)) out.push(...wrap(plain(cell), cellWidth));
    } else if (lines[0]!.startsWith('## ')) out.push(plain(lines[0]!.slice(3)));
    else out.push(...wrap(plain(lines.join(' '))));
  }
  return out;
}

/** A fixture period folder's files (paths relative to the folder) as the text of its report's PDF. */
export function fixtureReportText(files: ContentFiles): { text: string; stated: { from: string; to: string }[] } {
  const yaml = parse(files.get('report.yaml')!.toString('utf8')) as {
    period: { start: unknown; end: unknown };
    criteria: string[];
    framework: string;
    order: string[];
    assertion?: { heading?: string; date?: unknown };
  };
  const out: string[] = [];
  const stated: { from: string; to: string }[] = [];
  for (const key of yaml.order) {
    const file = files.get(`sections/${key}.mdx`) ?? files.get(`categories/${key}.mdx`);
    if (!file) throw new Error(`${key} is in order but the fixture has no file for it`);
    const { data, body } = splitFile(file.toString('utf8'));
    let lines = bodyLines(body);
    if (key === 'management-assertion') {
      if (yaml.assertion?.heading) out.push(yaml.assertion.heading);
      if (yaml.assertion?.date) out.push(inWords(isoOf(yaml.assertion.date)));
      const { text, changes } = stateOwnFacts(body, yaml);
      stated.push(...changes);
      lines = bodyLines(text);
    }
    if (data.titleFrom !== 'site') {
      // A heading longer than a line wraps; space after it keeps it apart from the text, as a PDF sets it.
      const heading = wrap(data.title);
      out.push(...heading, ...(heading.length > 1 ? [''] : []));
    }
    out.push(...lines);
  }
  return { text: `${out.join('\n')}\n`, stated };
}

/** The assertion with the period, criteria and framework of report.yaml where it names the real report's. */
function stateOwnFacts(
  body: string,
  yaml: { period: { start: unknown; end: unknown }; criteria: string[]; framework: string },
): { text: string; changes: { from: string; to: string }[] } {
  const joined = plain(body.replace(/\s+/g, ' '));
  const { facts } = readFacts(joined);
  if (!facts) throw new Error('the fixture’s assertion does not state its facts');
  const criteria = yaml.criteria.length === 1 ? yaml.criteria[0]! : `${yaml.criteria.slice(0, -1).join(', ')}, and ${yaml.criteria.at(-1)}`;
  const pairs = [
    [`${inWords(facts.start)} to ${inWords(facts.end)}`, `${inWords(isoOf(yaml.period.start))} to ${inWords(isoOf(yaml.period.end))}`],
    [`criteria for ${/\busing the criteria for (.+?) \(/.exec(joined)![1]} (`, `criteria for ${criteria} (`],
    [facts.framework, yaml.framework],
  ] as const;
  let text = body;
  const changes: { from: string; to: string }[] = [];
  for (const [from, to] of pairs) {
    if (from === to) continue;
    if (!text.includes(from)) throw new Error(`the fixture’s assertion does not print "${from}" on one line`);
    text = text.replaceAll(from, to);
    changes.push({ from, to });
  }
  return { text, changes };
}
