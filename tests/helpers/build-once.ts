/**
 * Vitest global setup for the build and browser layers: builds the site once, so every test reads the
 * same dist/, however many layers ask for it in one run. Set SKIP_BUILD=1 to test an existing dist/
 * (e.g. right after `npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { distDir, projectRoot } from './paths.ts';

/** Both layers' setups run in vitest's main process: the second finds the first's build done. */
let built = false;

export default function setup(): void {
  if (built || (process.env['SKIP_BUILD'] === '1' && existsSync(distDir))) return;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  built = true;
}
