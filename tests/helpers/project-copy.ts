/**
 * Throw-away copies of the project, for builds over deliberately broken content.
 * A copy holds its own astro.config.mjs, package.json, tsconfig.json, src/, content/ and public/;
 * node_modules/ is a real folder of symlinks to the project's packages, so the copy's build caches
 * (node_modules/.astro, node_modules/.vite) stay in the copy and never touch the real project.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { projectRoot } from './paths.ts';

const copied = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];
/** Caches that must not be shared with the real project. */
const ownCaches = new Set(['.astro', '.vite', '.cache']);

export interface ProjectCopy {
  root: string;
  /** Reads a file of the copy, by its path relative to the copy's root. */
  read(path: string): string;
  write(path: string, text: string): void;
  /** Replaces exactly one occurrence of `from` in a file; throws if it occurs zero or several times. */
  replace(path: string, from: string | RegExp, to: string): void;
  remove(path: string): void;
  /** Runs `astro build` in the copy; `output` is stdout and stderr interleaved as written, ANSI colours stripped. */
  build(): BuildResult;
  dispose(): void;
}

export interface BuildResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

export function copyProject(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'soc3-bad-input-'));
  for (const name of copied) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  const modules = join(projectRoot, 'node_modules');
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (!ownCaches.has(entry)) symlinkSync(join(modules, entry), join(root, 'node_modules', entry));
  }
  const at = (path: string) => join(root, path);
  const copy: ProjectCopy = {
    root,
    read: (path) => readFileSync(at(path), 'utf8'),
    write: (path, text) => writeFileSync(at(path), text),
    replace(path, from, to) {
      const text = copy.read(path);
      const count =
        typeof from === 'string'
          ? text.split(from).length - 1
          : (text.match(new RegExp(from.source, `${from.flags.replace('g', '')}g`)) ?? []).length;
      if (count !== 1) throw new Error(`expected exactly one ${String(from)} in ${path}, found ${count}`);
      copy.write(path, text.replace(from, to));
    },
    remove: (path) => rmSync(at(path)),
    build() {
      // One stream for both outputs keeps Astro's lines in the order it wrote them.
      const { FORCE_COLOR: _, ...env } = process.env;
      const result = spawnSync('/bin/sh', ['-c', `exec "${process.execPath}" node_modules/astro/bin/astro.mjs build 2>&1`], {
        cwd: root,
        encoding: 'utf8',
        env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', CI: '1' },
        timeout: 120_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      const output = stripVTControlCharacters(`${result.stdout ?? ''}${result.stderr ?? ''}`);
      return { status: result.status, signal: result.signal, output };
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
  return copy;
}
