/**
 * `npm run new-period -- START END [--published YYYY-MM-DD] [--content <folder>]`: makes the folder of a new
 * report period, `content/<START>--<END>/`, from the latest period's (src/lib/new-period.ts), and prints the
 * next steps. Exit status 0 only when the folder was made; a refusal is one line saying what to do.
 */
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content-layout.ts';
import { makeNewPeriod, NewPeriodError, nextSteps } from '../lib/new-period.ts';

const usage =
  'npm run new-period -- START END (the first and last day of the period, YYYY-MM-DD), e.g. npm run new-period -- 2017-10-01 2018-03-31';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      content: { type: 'string', default: join(resolve(import.meta.dirname, '../..'), contentDir) },
      published: { type: 'string' },
    },
  });
  if (positionals.length !== 2) throw new NewPeriodError(`give the period's two dates: ${usage}`);
  // The content folder as the user can type it: relative to where the command runs when below it.
  const label = relative(process.cwd(), values.content);
  const made = makeNewPeriod(values.content, positionals[0], positionals[1], {
    published: values.published,
    label: label && !label.startsWith('..') ? label : values.content,
  });
  console.log(nextSteps(made, values.published).join('\n'));
} catch (error) {
  // One line, never a stack trace, for a mistake the user can fix; anything else is a bug, shown in full.
  if (!(error instanceof NewPeriodError) && !(error instanceof TypeError && 'code' in error)) throw error;
  console.error(`new-period: error: ${error.message}`);
  process.exitCode = 1;
}
