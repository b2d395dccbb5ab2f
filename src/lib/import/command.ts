/**
 * `npm run import -- <report.pdf | report.txt> [--out content] [--force] [--dry-run] [--published YYYY-MM-DD]`
 * (src/cli/import.ts): writes the report's period folder, `content/<start>--<end>/`, from its PDF or from the
 * PDF's text as poppler's `pdftotext` writes it, and prints what it left out, what to review and what /changes/
 * will say. Exit status 0 only when the folder was written; every other status says why not (./exit-status.ts).
 */
import { isUtf8 } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentFile } from '../check-content-file.ts';
import { projectRoot, shownPath, type CommandIo } from '../command-io.ts';
import { contentDir, parseContentPath } from '../content-layout.ts';
import { placeChecker } from '../geo/place-check.ts';
import { byDatesNewestFirst } from '../period-order.ts';
import { exitStatus, helpText } from './exit-status.ts';
import { importGuided, type PreviousPeriod } from './guided-import.ts';
import { importReportText, type Imported } from './import-report.ts';
import { pdfToText } from './pdf-text.ts';
import { summarizePeriod } from './previous-period.ts';
import { reviewMarks } from './review-mark.ts';

/** A mistake in how the command was called: exit status 2, with the help's first line. */
class UsageError extends Error {}

/** The command's options, its paths resolved from `cwd`; undefined for --help. */
function options(args: string[], cwd: string) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: join(projectRoot, contentDir) },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        published: { type: 'string', default: new Date().toISOString().slice(0, 10) },
        document: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return undefined;
  if (positionals.length !== 1) throw new UsageError('give one file');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.published))
    throw new UsageError(`--published must be a date, YYYY-MM-DD (got "${values.published}")`);
  return { ...values, file: resolve(cwd, positionals[0]!), out: resolve(cwd, values.out) };
}

const periodName = /^\d{4}-\d{2}-\d{2}--\d{4}-\d{2}-\d{2}$/;

/** The latest period in the content folder that starts before the imported one, and its search aliases' text. */
function previousPeriod(out: string, folder: string): PreviousPeriod | undefined {
  if (!existsSync(out)) return undefined;
  const dates = (id: string) => ({ id, start: new Date(id.slice(0, 10)), end: new Date(id.slice(12)) });
  // The newest of the earlier periods by the site's rule of which is the latest (src/lib/period-order.ts).
  const latest = readdirSync(out)
    .filter((name) => periodName.test(name) && name !== folder && name.slice(0, 10) < folder.slice(0, 10))
    .map(dates)
    .sort(byDatesNewestFirst)[0]?.id;
  if (!latest) return undefined;
  const dir = join(out, latest);
  const files = new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((p) => statSync(join(dir, p)).isFile())
      .map((p) => [p.split('\\').join('/'), readFileSync(join(dir, p), 'utf8')]),
  );
  const summary = summarizePeriod(latest, files);
  return summary && { ...summary, aliases: files.get('search-aliases.yaml') };
}

/** The original PDF's name in the period folder (report.yaml's `source.pdf`), when the import reads a PDF. */
const pdfName = 'report.pdf';

/** The report's text: a .txt as it is, a .pdf through its text layer. */
async function readInput(file: string): Promise<string> {
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const ext = extname(file).toLowerCase();
  if (ext === '.txt') {
    const bytes = readFileSync(file);
    if (!isUtf8(bytes)) throw new Error(`${basename(file)} is not UTF-8: extract the text with pdftotext -enc UTF-8`);
    return bytes.toString('utf8');
  }
  if (ext === '.pdf') return (await pdfToText(readFileSync(file))).text;
  throw new Error(`${basename(file)}: give the report's PDF (.pdf) or its text as pdftotext writes it (.txt)`);
}

/**
 * Runs the command with its arguments (without `node` and the script), writing to `io`'s streams; resolves to
 * its exit status. A usage mistake or an unreadable file is one line on stderr, never a stack trace.
 */
export async function runImport(args: string[], io: CommandIo): Promise<number> {
  try {
    return await importWith(args, io);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr.write(`import: error: ${message}\n`);
    if (error instanceof UsageError) io.stderr.write(`import: ${helpText.split('\n')[0]!} (--help for more)\n`);
    return error instanceof UsageError ? exitStatus.usage : exitStatus.failed;
  }
}

async function importWith(args: string[], { stdout, stderr, cwd }: CommandIo): Promise<number> {
  const opts = options(args, cwd);
  if (!opts) {
    stdout.write(`${helpText}\n`);
    return exitStatus.usage;
  }
  const progress = (line: string) => stderr.write(`import: ${line}\n`);
  const errors = (lines: string[]) => {
    for (const line of lines) stderr.write(`import: error: ${line}\n`);
    return exitStatus.failed;
  };
  const started = performance.now();
  progress(`reading ${shownPath(opts.file, cwd)}…`);
  const text = await readInput(opts.file);
  const placeProblem = placeChecker(JSON.parse(readFileSync(join(projectRoot, 'src/data/locations.json'), 'utf8')));
  const isPdf = extname(opts.file).toLowerCase() === '.pdf';
  const base = {
    published: opts.published,
    placeProblem,
    ...(opts.document ? { document: opts.document } : {}),
    ...(isPdf ? { pdf: pdfName } : {}),
  };

  progress('finding the sections, categories, services and scope…');
  let result = importReportText(text, base);
  if (!result.imported) return errors(result.errors);
  const previous = previousPeriod(opts.out, result.imported.folder);
  let changes: string[] = [];
  if (previous) {
    progress(`comparing with the previous period, ${previous.folder}…`);
    ({ changes, ...result } = importGuided(text, base, result.imported, previous));
    if (!result.imported) return errors(result.errors);
  }
  const imported = result.imported!;
  const problems = checkFolder(imported, isPdf ? new Map([[pdfName, readFileSync(opts.file)]]) : new Map());
  const lost = [...imported.accounting.unaccounted, ...imported.accounting.added];
  if (lost.length > 0) problems.push(`the import would change the report's words (${lost.slice(0, 8).join(' ')}…): report this as a bug`);
  if (problems.length > 0) return errors(problems);

  const target = join(opts.out, imported.folder);
  const shown = shownPath(target, cwd);
  const exists = existsSync(target);
  if (exists && !opts.force && !opts['dry-run']) {
    stderr.write(`import: error: ${shown} already exists: pass --force to replace it, or --dry-run to see what the import makes\n`);
    return exitStatus.exists;
  }
  if (!opts['dry-run']) {
    progress(`writing ${shown}/…`);
    await rm(target, { recursive: true, force: true });
    for (const [path, body] of imported.files) {
      await mkdir(dirname(join(target, path)), { recursive: true });
      await writeFile(join(target, path), body);
    }
    // The original, published beside the text with its size and SHA-256 (report.yaml's source.pdf).
    if (isPdf) await copyFile(opts.file, join(target, pdfName));
  }
  const ms = performance.now() - started;
  stdout.write(`${summary(imported, shown, { dryRun: opts['dry-run'], exists, changes, ms, pdf: isPdf }).join('\n')}\n`);
  return opts['dry-run'] ? exitStatus.dryRun : exitStatus.written;
}

/**
 * The site's own content check over each file, as the build will run it: the folder must build as written.
 * `beside` holds the files the command writes beside the text (the original PDF).
 */
function checkFolder(imported: Imported, beside: ReadonlyMap<string, Uint8Array>): string[] {
  return [...imported.files].flatMap(([path, body]) => {
    const where = parseContentPath(`${imported.folder}/${path}`);
    if (!where) return [`${path}: not a content file the site reads (a bug in the import)`];
    // The review marks are meant: the publisher resolves them before the build accepts the folder.
    const marks = new Set(reviewMarks(body).map((m) => `${m.line} ${m.message}`));
    return checkContentFile(body, where, (name) => beside.get(name))
      .filter((p) => !marks.has(`${p.line} ${p.message}`))
      .map((p) => `${imported.folder}/${path}:${p.line ?? 1}: ${p.message} (a bug in the import)`);
  });
}

interface Run {
  dryRun: boolean;
  /** Whether the period folder existed before the run. */
  exists: boolean;
  /** What /changes/ will say against the previous period. */
  changes: string[];
  ms: number;
  pdf: boolean;
}

/** What the command prints when the import succeeded: `target` is the period folder as shown. */
function summary(imported: Imported, target: string, { dryRun, exists, changes, ms, pdf }: Run): string[] {
  const { outline, facts } = imported;
  const sections = outline.parts.filter((p) => p.kind === 'section').length;
  const categories = outline.parts.filter((p) => p.kind === 'category').length;
  const out = [
    `${dryRun ? 'Would write' : 'Wrote'} ${target}/ (${imported.files.size} files${pdf ? `, and the PDF as ${pdfName}` : ''}) in ${Math.round(ms)} ms.`,
    `  ${facts.organization}, ${facts.system}, ${facts.start} to ${facts.end}; criteria: ${facts.criteria.join(', ')}`,
    `  ${sections} sections, ${categories} categories, ${outline.services.length} services in scope, ${outline.regions.length} Regions, ${outline.edgeLocations.length} edge locations`,
    `  site.published is set to ${imported.files.get('report.yaml')!.match(/published: (\S+)/)![1]}: the date the site publishes the period (--published to choose it).`,
    // The text of a SOC 3 report does not name its kind: the default is said, never assumed in silence.
    `  document is set to "${imported.files.get('report.yaml')!.match(/^document: (.+)$/m)![1]}": the report's text does not name its kind (--document to choose it).`,
  ];
  out.push(
    imported.leftOut.length > 0
      ? `Left out of the folder (${imported.leftOut.length}), not the report's text:`
      : 'Nothing left out: every word of the input is in the folder.',
    ...imported.leftOut.map((l) => `  input line ${l.line}${imported.pageCount > 1 ? ` (page ${l.page})` : ''}: "${l.text}": ${l.reason}`),
  );
  if (imported.emptyPages.length > 0)
    out.push(`Pages with no extractable text (scanned or images; their words are not in the folder): ${imported.emptyPages.join(', ')}`);
  out.push(
    imported.marks.length > 0
      ? `To review (${imported.marks.length}); the build refuses the period until each "import-review" mark is resolved and deleted:`
      : 'Nothing marked for review.',
    ...imported.marks.map((m) => `  ${target}/${m.file}:${m.line}: ${m.message}`),
  );
  out.push(...changes);
  if (dryRun) out.push(`dry run: nothing written (exit status ${exitStatus.dryRun}); run again without --dry-run to write ${target}/.`);
  if (dryRun && exists) out.push(`  ${target}/ exists: the run needs --force to replace it.`);
  return out;
}
