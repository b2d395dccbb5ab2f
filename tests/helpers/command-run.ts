/**
 * The commands of src/cli/ run in the test's process, as the publisher runs them from the project root, their
 * output captured: the heavy modules (the gazetteer, PDF.js) load once a worker, not once a run.
 */
import type { CommandIo } from '../../src/lib/command-io.ts';
import { projectRoot } from './paths.ts';

export interface CommandRun {
  status: number;
  stdout: string;
  stderr: string;
}

type Command<Status> = (args: string[], io: CommandIo) => Status;

/**
 * Runs a command's function (runImport, runNewPeriod) with `args` from `cwd` (the project root unless given): its
 * exit status and what it wrote to each stream.
 */
export function runCommand(command: Command<number>, args: string[], cwd?: string): CommandRun;
export function runCommand(command: Command<Promise<number>>, args: string[], cwd?: string): Promise<CommandRun>;
export function runCommand(
  command: Command<number | Promise<number>>,
  args: string[],
  cwd = projectRoot,
): CommandRun | Promise<CommandRun> {
  const output = { stdout: '', stderr: '' };
  const status = command(args, {
    stdout: { write: (text: string) => (output.stdout += text) },
    stderr: { write: (text: string) => (output.stderr += text) },
    cwd,
  });
  return typeof status === 'number' ? { status, ...output } : status.then((s) => ({ status: s, ...output }));
}
