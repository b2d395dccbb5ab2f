/**
 * The import command's exit statuses and its help, in one place: the command exits 0 only when it wrote the
 * period folder (issue 18), and every other status says, to a script, why nothing was written.
 */
export const exitStatus = {
  written: 0,
  /** The input could not be imported (unreadable, not a report, or the import would change its words). */
  failed: 1,
  /** The command was called wrongly (no file, an unknown option, a bad date), or asked for its help. */
  usage: 2,
  /** The period folder exists and --force was not given. */
  exists: 3,
  /** --dry-run: the import would succeed; nothing was written. */
  dryRun: 4,
} as const;

export const helpText = `Usage: npm run import -- <report.pdf | report.txt> [options]

Writes content/<start>--<end>/ from a report's PDF, or from its text as pdftotext writes it (.txt, UTF-8),
and prints what it left out, what to review (file:line) and what /changes/ will say.

Options:
  --out <folder>           the content folder to write into (default: content/)
  --force                  replace the period folder if it exists
  --dry-run                write nothing: print what the import would write
  --published YYYY-MM-DD   site.published, the day the site publishes the period (default: today)
  --document <kind>        report.yaml's document (default: "SOC 3 report")
  --help                   this text

Exit status (0 only when the folder was written):
  ${exitStatus.written}  the period folder was written
  ${exitStatus.failed}  nothing written: the input could not be imported (the error says why)
  ${exitStatus.usage}  nothing written: a usage mistake, or --help
  ${exitStatus.exists}  nothing written: the period folder exists (--force replaces it)
  ${exitStatus.dryRun}  nothing written: --dry-run, and the import would succeed
`;
