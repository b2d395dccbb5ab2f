/**
 * What a command of src/cli/ runs with: where it writes, and the folder its relative paths start from. The entry
 * gives the process's own; the unit tests run the command in their own process, with a capture of each stream.
 */
import { relative, resolve } from 'node:path';

/** The project's folder: the commands' defaults (content/, src/data/) are there, wherever they run from. */
export const projectRoot = resolve(import.meta.dirname, '../..');

export interface CommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** The folder the command runs from: relative paths in its arguments start there. */
  cwd: string;
}

/** The process's own streams and folder: how the command runs as a command. */
export const processIo = (): CommandIo => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });

/** A path as the user can type it: relative to where the command runs when below it, absolute otherwise. */
export function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
