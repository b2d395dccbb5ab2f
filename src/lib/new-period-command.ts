/**
 * `npm run new-period -- START END [--published YYYY-MM-DD] [--content <folder>]` (src/cli/new-period.ts): makes
 * the folder of a new report period, `content/<START>--<END>/`, from the latest period's (./new-period.ts), and
 * prints the next steps. Exit status 0 only when the folder was made; a refusal is one line saying what to do.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot, shownPath, type CommandIo } from './command-io.ts';
import { contentDir } from './content-layout.ts';
import { makeNewPeriod, NewPeriodError, nextSteps } from './new-period.ts';

const usage =
  'npm run new-period -- START END (the first and last day of the period, YYYY-MM-DD), e.g. npm run new-period -- 2017-10-01 2018-03-31';

/**
 * Runs the command with its arguments (without `node` and the script), writing to `io`'s streams; resolves to
 * its exit status. A mistake the user can fix is one line on stderr; anything else is a bug, thrown in full.
 */
export function runNewPeriod(args: string[], { stdout, stderr, cwd }: CommandIo): number {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        content: { type: 'string', default: join(projectRoot, contentDir) },
        published: { type: 'string' },
      },
    });
    if (positionals.length !== 2) throw new NewPeriodError(`give the period's two dates: ${usage}`);
    const content = resolve(cwd, values.content);
    const made = makeNewPeriod(content, positionals[0], positionals[1], { published: values.published, label: shownPath(content, cwd) });
    stdout.write(`${nextSteps(made, values.published).join('\n')}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof NewPeriodError) && !(error instanceof TypeError && 'code' in error)) throw error;
    stderr.write(`new-period: error: ${error.message}\n`);
    return 1;
  }
}
