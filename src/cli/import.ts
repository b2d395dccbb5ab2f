/** `npm run import`: the command of src/lib/import/command.ts, run with this process's arguments and streams. */
import { processIo } from '../lib/command-io.ts';
import { runImport } from '../lib/import/command.ts';

process.exitCode = await runImport(process.argv.slice(2), processIo());
