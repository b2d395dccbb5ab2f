/**
 * `npm run import -- <report.pdf | report.txt> [--out content] [--force] [--dry-run] [--published YYYY-MM-DD]`:
 * writes the report's period folder, `content/<start>--<end>/`, from its PDF or from the PDF's text as
 * poppler's `pdftotext` writes it, and prints what it left out, what to review and what /changes/ will say.
 * Exit status 0 only when the folder was written; every other status says why not (src/lib/import/exit-status.ts).
 */
import { isUtf8 } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentFile } from '../lib/check-content-file.ts';
import { contentDir, parseContentPath } from '../lib/content-layout.ts';
import { exitStatus, helpText } from '../lib/import/exit-status.ts';
import { importReportText, type Imported } from '../lib/import/import-report.ts';
import { pdfToText } from '../lib/import/pdf-text.ts';
import { importGuided, type PreviousPeriod } from '../lib/import/guided-import.ts';
import { summarizePeriod } from '../lib/import/previous-period.ts';
import { byDatesNewestFirst } from '../lib/period-order.ts';
import { reviewMarks } from '../lib/import/review-mark.ts';
import { placeChecker } from '../lib/geo/place-check.ts';

const root = resolve(import.meta.dirname, '../..');
const progress = (line: string) => process.stderr.write(`import: ${line}\n`);
/** A path as the user can type it: relative to where the command runs when below it, absolute otherwise. */
const shownPath = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
};

/** A mistake in how the command was called: exit status 2, with the help's first line. */
class UsageError extends Error {}

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', default: join(root, contentDir) },
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
  return { file: resolve(positionals[0]!), ...values };
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

async function main(): Promise<number> {
  const opts = options();
  if (!opts) {
    console.log(helpText);
    return exitStatus.usage;
  }
  const started = performance.now();
  progress(`reading ${shownPath(opts.file)}…`);
  const text = await readInput(opts.file);
  const placeProblem = placeChecker(JSON.parse(readFileSync(join(root, 'src/data/locations.json'), 'utf8')));
  const isPdf = extname(opts.file).toLowerCase() === '.pdf';
  const base = {
    published: opts.published,
    placeProblem,
    ...(opts.document ? { document: opts.document } : {}),
    ...(isPdf ? { pdf: pdfName } : {}),
  };

  progress('finding the sections, categories, services and scope…');
  let result = importReportText(text, base);
  if (!result.imported) {
    for (const e of result.errors) console.error(`import: error: ${e}`);
    return exitStatus.failed;
  }
  const previous = previousPeriod(opts.out, result.imported.folder);
  let changes: string[] = [];
  if (previous) {
    progress(`comparing with the previous period, ${previous.folder}…`);
    ({ changes, ...result } = importGuided(text, base, result.imported, previous));
    if (!result.imported) {
      for (const e of result.errors) console.error(`import: error: ${e}`);
      return exitStatus.failed;
    }
  }
  const imported = result.imported!;
  const problems = checkFolder(imported, isPdf ? new Map([[pdfName, readFileSync(opts.file)]]) : new Map());
  const lost = [...imported.accounting.unaccounted, ...imported.accounting.added];
  if (lost.length > 0) problems.push(`the import would change the report's words (${lost.slice(0, 8).join(' ')}…): report this as a bug`);
  if (problems.length > 0) {
    for (const p of problems) console.error(`import: error: ${p}`);
    return exitStatus.failed;
  }

  const target = join(opts.out, imported.folder);
  const shown = shownPath(target);
  if (existsSync(target) && !opts.force && !opts['dry-run']) {
    console.error(`import: error: ${shown} already exists: pass --force to replace it, or --dry-run to see what the import makes`);
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
  printSummary(imported, shown, opts['dry-run'], changes, performance.now() - started, isPdf);
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

function printSummary(imported: Imported, target: string, dryRun: boolean, changes: string[], ms: number, pdf: boolean): void {
  const exists = existsSync(target);
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
  console.log(out.join('\n'));
}

try {
  process.exitCode = await main();
} catch (error) {
  // One line, never a stack trace: a usage mistake or an unreadable file says what to do.
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`import: error: ${message}`);
  if (error instanceof UsageError) console.error(`import: ${helpText.split('\n')[0]!} (--help for more)`);
  process.exitCode = error instanceof UsageError ? exitStatus.usage : exitStatus.failed;
}
