/**
 * `npm start`: builds the site for local preview (its public URL http://localhost:4321/, unless SITE_URL says
 * another), then serves dist/ as production serves it: the production headers and redirects. It skips the
 * precompressed files, which a preview on this machine does not need and which would double a first build.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { precompressSwitch } from '../lib/serving/precompress.ts';
import { startStaticServer } from './static-server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const port = Number(process.env['PORT'] ?? 4321);
const site = process.env['SITE_URL'] || `http://localhost:${port}/`;

console.log(`npm start: building for local preview at ${site} (set SITE_URL to build for your public URL: npm run build)`);
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  cwd: root,
  stdio: 'inherit',
  // The tests build the site this way and ask for the precompressed files, which they check (SOC3_PRECOMPRESS=on).
  env: { ...process.env, SITE_URL: site, [precompressSwitch]: process.env[precompressSwitch] ?? 'off' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startStaticServer(`${root}dist`, { host: 'localhost', port });
console.log(`\nServing dist/ with the production headers at ${server.origin}/ (Ctrl+C to stop)`);
