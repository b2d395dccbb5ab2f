/**
 * `npm test`'s checks that read the source only: types (`astro check`), ESLint and Prettier (`npm run lint` runs the
 * last two one after the other). Each uses one core for most of its run, so they run side by side (these machines
 * have two); each one's output is printed whole when it ends, and the command fails if any of them fails.
 */
import { spawn } from 'node:child_process';

const checks = [
  ['types (astro check)', 'node_modules/astro/bin/astro.mjs', 'check'],
  ['ESLint', 'node_modules/eslint/bin/eslint.js', '.'],
  ['Prettier', 'node_modules/prettier/bin/prettier.cjs', '--check', '.'],
] as const;

function run([name, script, ...args]: readonly string[]): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script!, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (error) => {
      console.log(`✗ ${name}: could not start: ${error.message}`);
      resolve(false);
    });
    child.on('close', (code, signal) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      const ok = code === 0;
      console.log(`\n${ok ? '✓' : '✗'} ${name} (${seconds} s)${ok ? '' : `: failed (${signal ?? `exit ${code}`})`}\n${output.trimEnd()}`);
      resolve(ok);
    });
  });
}

const results = await Promise.all(checks.map(run));
if (results.includes(false)) process.exit(1);
