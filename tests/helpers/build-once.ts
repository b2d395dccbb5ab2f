/**
 * Vitest global setup for the build and browser layers: builds the site once, so every test
 * reads the same dist/. Set SKIP_BUILD=1 to test an existing dist/ (e.g. right after `npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { distDir, projectRoot } from './paths.ts';

export default function setup(): void {
  if (process.env['SKIP_BUILD'] === '1' && existsSync(distDir)) return;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
