/** `npm run new-period`: the command of src/lib/new-period-command.ts, run with this process's arguments and streams. */
import { processIo } from '../lib/command-io.ts';
import { runNewPeriod } from '../lib/new-period-command.ts';

process.exitCode = runNewPeriod(process.argv.slice(2), processIo());
