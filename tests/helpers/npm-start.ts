/**
 * `npm start` as a newcomer runs it (node src/server/start.ts: build for local preview, then serve), on a free
 * loopback port: the test run's one build of the real site is made this way, so the command the README promises
 * is the one the tests exercise. The server keeps running for the run's tests and stops at its end.
 */
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { projectRoot } from './paths.ts';
import { freePort } from './servers.ts';

export interface NpmStart {
  /** The origin the command printed it serves at. */
  origin: string;
  /** From the command's start to its first page answered. */
  firstPageSeconds: number;
  stop(): Promise<void>;
}

/** Runs `npm start` until it serves its first page; `env` adds to its environment. A failed build throws with its log's tail. */
export async function npmStart(env: Record<string, string>): Promise<NpmStart> {
  const started = performance.now();
  const port = await freePort();
  const { FORCE_COLOR: _, ...inherited } = process.env;
  const child = spawn(process.execPath, ['src/server/start.ts'], {
    cwd: projectRoot,
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', CI: '1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };
  const tail = () => stripVTControlCharacters(output).split('\n').slice(-40).join('\n');
  const serving = /Serving dist\/.* at (http:\/\/localhost:\d+)\//;
  // No time limit: the build is the run's work, not a test; the command ends or it serves.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start failed (exit ${child.exitCode}):\n${tail()}`);
    const origin = serving.exec(output)?.[1];
    if (origin) {
      const response = await fetch(`${origin}/`).catch((e: Error) => e);
      if (response instanceof Error || !response.ok) {
        await stop();
        throw new Error(
          `npm start said it serves at ${origin}/ but it answered ${response instanceof Error ? response.message : response.status}:\n${tail()}`,
        );
      }
      return { origin, firstPageSeconds: (performance.now() - started) / 1000, stop };
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 200))]);
  }
}
