/**
 * Runs `astro build` in a project folder under GNU time: wall and CPU seconds and peak memory; a failed build throws
 * with its log's tail. CPU time (user + system, the build and its children) is what the machine's load changes least.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPhases, type BuildPhases } from './build-log.ts';

export interface TimedBuild {
  seconds: number;
  /** User and system CPU seconds of the build and the processes it waited for. */
  cpuSeconds: number;
  /** Peak resident memory of the build's largest process (GNU time's %M), in MB. */
  peakMB: number;
  phases: BuildPhases;
}

export function timedBuild(root: string, env: Record<string, string> = {}): TimedBuild {
  const scratch = mkdtempSync(join(tmpdir(), 'soc3-bench-time-'));
  const timeFile = join(scratch, 'time');
  try {
    const result = spawnSync(
      '/usr/bin/time',
      ['-f', '%e %M %U %S', '-o', timeFile, process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    if (result.error) throw result.error;
    if (result.status !== 0)
      throw new Error(`astro build failed in ${root} (exit ${result.status}):\n${output.split('\n').slice(-40).join('\n')}`);
    const [seconds, rssKB, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    return { seconds: seconds!, cpuSeconds: user! + system!, peakMB: rssKB! / 1024, phases: buildPhases(output) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
