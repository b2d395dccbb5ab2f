/**
 * What `npm run new-period -- START END` does (src/lib/new-period-command.ts): makes the folder of a new report period
 * from the latest period's (by the rule of src/lib/period-order.ts): its sections, categories, search aliases
 * and report.yaml, with the new dates, no `supersedes` nor the old report's own facts, and the `site:` block reset: the publication date to
 * fill in, no corrections, no renames. The words are still the old report's until the publisher replaces them.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { contentDir, periodFolder } from './content-layout.ts';
import { partKinds } from './part-kinds.ts';
import { orderPeriods } from './period-order.ts';
import { overlapOf, periodLength } from './period-span.ts';
import { formatPeriod, isoDate } from './report-facts.ts';
import { reportSchema } from '../schemas.ts';

/** The placeholder `site.published` gets: not a date, so the build stops at it until the publisher sets one. */
export const publishedPlaceholder = 'YYYY-MM-DD';

export interface NewPeriod {
  /** The content folder, as the messages name it. */
  label: string;
  /** The new folder's name, `<start>--<end>`. */
  folder: string;
  /** The period folder it was made from. */
  from: string;
  /** The period after the new one by date, when the new one is a backfill (earlier than the latest). */
  next?: string | undefined;
  /** The period before the new one by date, and how much the two overlap ("6 months"), if they do. */
  previous?: { folder: string; overlap?: string | undefined } | undefined;
  /** Files written, relative to the new folder. */
  files: string[];
}

/** A refusal: the message says what is wrong and what to do. */
export class NewPeriodError extends Error {}

/** A YYYY-MM-DD that names a real day, as a UTC midnight; otherwise a NewPeriodError naming the argument. */
function parseDay(text: string | undefined, what: string): Date {
  const date = new Date(`${text}T00:00:00Z`);
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(+date) || isoDate(date) !== text)
    throw new NewPeriodError(`${what} must be a day written YYYY-MM-DD, such as 2017-10-01 (got "${text ?? ''}")`);
  return date;
}

/** Every period in the content folder, with the facts its report.yaml states; a folder whose report.yaml does not read is refused. */
function periodsIn(content: string, label: string) {
  const folders = existsSync(content) ? readdirSync(content).filter((name) => existsSync(join(content, name, 'report.yaml'))) : [];
  return folders.map((folder) => {
    const text = readFileSync(join(content, folder, 'report.yaml'), 'utf8');
    const parsed = reportSchema.safeParse(parseFrontmatter(`---\n${text}\n---\n`).frontmatter);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new NewPeriodError(
        `${label}/${folder}/report.yaml does not read as a report (${issue.path.join('.')}: ${issue.message}): fix it, then try again`,
      );
    }
    return { id: folder, ...parsed.data.period, supersedes: parsed.data.supersedes, text };
  });
}

/** Fields of report.yaml that are one report's own (besides its dates): never carried into the next period. */
const reportOwn = new Set(['supersedes', 'assertion', 'auditor', 'source']);

/**
 * The report.yaml of the new period: the latest's, with the new dates, without `supersedes` and the old report's
 * own facts (assertion, auditor, source), and its `site:` block reset.
 */
export function resetReportYaml(text: string, start: string, end: string, published = publishedPlaceholder): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const key = /^([a-z]+):/.exec(line)?.[1];
    if (key === undefined) {
      out.push(line);
      continue;
    }
    // A top-level block runs to the next line that is neither indented nor blank.
    let j = i + 1;
    while (j < lines.length && (lines[j] === '' || /^\s/.test(lines[j]!))) j++;
    while (j > i + 1 && lines[j - 1] === '') j--;
    if (key === 'period') out.push('period:', `  start: ${start}`, `  end: ${end}`);
    else if (key === 'site')
      out.push(
        'site:',
        `  published: ${published} # the day this site publishes the period: set it then`,
        '  # corrections: none yet. renames: services this report names differently from the period before it by date;',
        '  # for example (the old name, then the new one):',
        '  # renames:',
        '  #   - from: Amazon EC2 Container Registry',
        '  #     to: Amazon Elastic Container Registry',
      );
    else if (reportOwn.has(key)) {
      // The previous report's own facts are not the new one's: they go, with the comments just above them.
      while (out.length > 0 && /^#/.test(out.at(-1)!) && !out.at(-1)!.startsWith('# yaml-language-server')) out.pop();
    } else out.push(...lines.slice(i, j));
    i = j - 1;
  }
  return out.join('\n');
}

/**
 * Makes `<content>/<start>--<end>/` from the latest period's folder. Refuses (NewPeriodError) bad or reversed
 * dates, a folder that exists, and a content folder with no period to copy.
 */
export function makeNewPeriod(
  content: string,
  startText: string | undefined,
  endText: string | undefined,
  { published, label = contentDir }: { published?: string | undefined; label?: string } = {},
): NewPeriod {
  const start = parseDay(startText, 'START');
  const end = parseDay(endText, 'END');
  if (published !== undefined) parseDay(published, '--published');
  if (+end <= +start)
    throw new NewPeriodError(`END (${endText}) must be after START (${startText}): give the first day, then the last day of the period`);
  const folder = periodFolder({ start, end });
  if (existsSync(join(content, folder)))
    throw new NewPeriodError(`${label}/${folder} already exists: edit it, or delete it first to make it again from the latest period`);
  const periods = periodsIn(content, label);
  if (periods.length === 0)
    throw new NewPeriodError(`no report period in ${label}/ to copy from: import the first report with npm run import -- <report.pdf>`);
  const ordered = orderPeriods(periods);
  if (!ordered.newestFirst)
    throw new NewPeriodError(`the periods in ${label}/ do not say which is the latest: run npm run build to see what to fix`);
  const latest = ordered.newestFirst[0]!;

  const target = join(content, folder);
  const files: string[] = [];
  for (const name of [...Object.values(partKinds).map((k) => k.folder), 'search-aliases.yaml']) {
    if (!existsSync(join(content, latest.id, name))) continue;
    cpSync(join(content, latest.id, name), join(target, name), { recursive: true });
    files.push(name);
  }
  writeFileSync(join(target, 'report.yaml'), resetReportYaml(latest.text, startText!, endText!, published));
  files.push('report.yaml');

  // Where the new period stands among the others, by date.
  const span = { id: folder, start, end };
  const all = orderPeriods([...periods, span]).newestFirst ?? [];
  const at = all.findIndex((p) => p.id === folder);
  const before = all[at + 1];
  const overlap = before && overlapOf(span, before);
  return {
    label,
    folder,
    from: latest.id,
    next: at > 0 ? all[at - 1]!.id : undefined,
    previous: before && { folder: before.id, overlap: overlap && periodLength(overlap) },
    files,
  };
}

/** What to do next, as the command prints it. */
export function nextSteps(made: NewPeriod, published?: string): string[] {
  const dir = `${made.label}/${made.folder}`;
  const [start, end] = made.folder.split('--') as [string, string];
  const period = formatPeriod({ start: new Date(`${start}T00:00:00Z`), end: new Date(`${end}T00:00:00Z`) });
  const steps = [
    `Made ${dir}/ (${period}) from ${made.label}/${made.from}/: ${made.files.join(', ')}.`,
    made.next
      ? `It is earlier than ${made.next}: a backfill. ${made.next} stays the latest; the new period is compared with the one before it and ${made.next} with it.`
      : `It ends after every other period, so it will be the latest (the root addresses show it).`,
  ];
  if (made.previous?.overlap)
    steps.push(
      `It overlaps ${made.previous.folder} by ${made.previous.overlap}: allowed (12-month reports issued every six months); its pages will say so.`,
    );
  steps.push(
    'Next steps:',
    `  1. Replace the words: every file in ${dir}/sections/ and ${dir}/categories/ still holds the report of ${made.from}. Make each the new report's words, word for word; add or remove files as the new report has parts, and list them in report.yaml's order. (npm run import -- <report.pdf> writes a period's folder from its PDF instead.)`,
    `  2. In ${dir}/report.yaml, check organization, system, document, criteria and framework against the new report, and record its own facts if you have them (assertion, auditor, source: README, "The report's facts and original PDF")${published ? '' : `, and set site.published (now ${publishedPlaceholder}) to the day you publish it`}.`,
    made.next
      ? `  3. Renames: a service named differently in the two reports is declared in the newer one's report.yaml, here ${made.label}/${made.next}/report.yaml, under site.renames (from: this period's name, to: ${made.next}'s name). Renames between this period and the one before it (${made.previous?.folder ?? 'none'}) go in this one's site.renames.`
      : `  3. Renames: a service this report names differently from ${made.previous?.folder ?? 'the previous period'} goes in ${dir}/report.yaml under site.renames (from: the old name, to: the new one); the build checks both names.`,
    `  4. Search aliases: adjust ${dir}/search-aliases.yaml to this period's service names.`,
    `  5. Check: npm start builds the site and serves it; fix what the build reports (file:line), then read /changes/ and /reports/.`,
  );
  return steps;
}
