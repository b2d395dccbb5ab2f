/**
 * Throw-away copies of the project, for builds over deliberately broken content.
^ * A copy holds its own astro.config.mjs, site.config.ts, package.json, tsconfig.json, src/, content/ and public/;
 * node_modules/ is a real folder of symlinks to the project's packages, so the copy's build caches
 * (node_modules/.astro, node_modules/.vite) stay in the copy and never touch the real project.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { projectRoot } from './paths.ts';

const copied = ['astro.config.mjs', 'site.config.ts', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];
/** Caches that must not be shared with the real project (Astro's content store, Vite's bundles); `.cache` is the copy's own folder. */
const ownCaches = new Set(['.astro', '.vite', '.cache']);
/**
 * Caches stored under a hash of their content, which a copy may reuse (a copy that must build cold, the bench's,
 * gets none). The precompressed files' cache is shared (linked): its entries appear whole (rename) and are checked
 * when read. The preview images' cache is copied as it is now: its entries are written in place, so a build
 * reading one while a build beside it writes it could copy half an image.
 */
const sharedCaches = ['precompressed'];
const copiedCaches = ['og-images'];

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
  /** The same, without blocking: for builds that run side by side; `env` adds to its environment. */
  buildAsync(env?: Record<string, string>): Promise<BuildResult>;
  dispose(): void;
}

export interface BuildResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** A copy at `root` (emptied first), or in a new temporary folder. */
/** `astro build` in a folder: one stream for both outputs keeps Astro's lines in the order it wrote them. */
function buildCommand(root: string, extraEnv: Record<string, string> = {}) {
  const { FORCE_COLOR: _, SITE_URL: __, ...env } = process.env;
  const options = {
    cwd: root,
    encoding: 'utf8' as const,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', CI: '1', ...extraEnv },
    maxBuffer: 64 * 1024 * 1024,
  };
  return ['/bin/sh', ['-c', `exec "${process.execPath}" node_modules/astro/bin/astro.mjs build 2>&1`], options] as const;
}

/** `astro build` in a project folder (a copy, or the project itself), without blocking; `env` adds to the environment (SITE_URL is never inherited). */
export function astroBuild(root: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve) => {
    const [command, args, options] = buildCommand(root, env);
    execFile(command, args, options, (error, stdout, stderr) => {
      const { code = 0, signal = null } = (error ?? {}) as { code?: number; signal?: NodeJS.Signals | null };
      resolve({ status: signal ? null : code, signal, output: stripVTControlCharacters(`${stdout}${stderr}`) });
    });
  });
}

/**
 * The folders under node_modules/ that `npm ci --omit=dev` installs, as paths relative to it (`astro`,
 * `@astrojs/mdx` …): the top of npm's production tree (`npm ls --omit=dev`), packages nested in them included.
 */
export function productionPackages(): string[] {
  const listed = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: projectRoot, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`npm ls --omit=dev failed (status ${listed.status}): ${listed.stderr}`);
  const top = join(projectRoot, 'node_modules') + '/';
  const tops = listed.stdout
    .split('\n')
    .filter((path) => path.startsWith(top))
    .map((path) => path.slice(top.length))
    .filter((rel) => !rel.includes('/node_modules/'));
  return [...new Set(tops)];
}

export function copyProject(
  root = mkdtempSync(join(tmpdir(), 'soc3-copy-')),
  { shareCaches = true, modules: which = 'all' }: { shareCaches?: boolean; modules?: 'all' | 'production' } = {},
): ProjectCopy {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const name of copied) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  const modules = join(projectRoot, 'node_modules');
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  const packages = which === 'production' ? productionPackages() : readdirSync(modules).filter((entry) => !ownCaches.has(entry));
  for (const entry of packages) {
    mkdirSync(dirname(join(root, 'node_modules', entry)), { recursive: true });
    symlinkSync(join(modules, entry), join(root, 'node_modules', entry));
  }
  for (const cache of shareCaches ? sharedCaches : []) {
    mkdirSync(join(modules, '.cache', cache), { recursive: true });
    symlinkSync(join(modules, '.cache', cache), join(root, 'node_modules', '.cache', cache));
  }
  for (const cache of shareCaches ? copiedCaches : []) {
    if (existsSync(join(modules, '.cache', cache)))
      cpSync(join(modules, '.cache', cache), join(root, 'node_modules', '.cache', cache), { recursive: true });
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
      const result = spawnSync(...buildCommand(root));
      return {
        status: result.status,
        signal: result.signal,
        output: stripVTControlCharacters(`${result.stdout ?? ''}${result.stderr ?? ''}`),
      };
    },
    buildAsync: (env) => astroBuild(root, env),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
  return copy;
}
