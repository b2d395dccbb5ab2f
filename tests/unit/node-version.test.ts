/**
 * The Node floor: package.json's engines and the README name the same one, every npm script that starts a .ts
 * file with node checks the Node first (and so does every other script but lint and format), and that check tells a Node without type stripping which Node to install.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';

const pkg = JSON.parse(readFileSync(`${projectRoot}package.json`, 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};
const check = 'node src/server/require-node.mjs';
const run = (flags: string[]) =>
  spawnSync(process.execPath, [...flags, 'src/server/require-node.mjs'], { cwd: projectRoot, encoding: 'utf8' });

describe('the Node floor', () => {
  it('is the first Node 22 that runs .ts files without a flag (22.18), and the README says so', () => {
    expect(pkg.engines.node).toMatch(/^\^22\.18\.0 \|\| /);
    expect(readFileSync(`${projectRoot}README.md`, 'utf8')).toContain('Requires Node.js 22.18 or newer');
  });

  it('is checked before every script that runs a .ts file with node', () => {
    const tsScripts = Object.entries(pkg.scripts).filter(([, command]) => /\bnode [^&]*\.ts\b/.test(command));
    expect(tsScripts.map(([name]) => name).sort()).toEqual([
      'bench',
      'import',
      'new-period',
      'preview',
      'schema',
      'start',
      'test',
      'urls:update',
    ]);
    for (const [name, command] of tsScripts) expect(command, name).toMatch(new RegExp(`^${check} && node `));
  });

  it('is checked before every other script too (a build or a test run starts .ts files of its own), lint and format aside', () => {
    const others = Object.entries(pkg.scripts).filter(([name]) => !['lint', 'format'].includes(name));
    for (const [name, command] of others) expect(command, name).toMatch(new RegExp(`^${check} && `));
  });

  it('lets a Node that strips types through', () => {
    const ok = run([]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
  });

  it('stops a Node that cannot run .ts files with the version to install, not ERR_UNKNOWN_FILE_EXTENSION', () => {
    // Node 24 with type stripping turned off stands in for Node 22.12–22.17, where it is off by default.
    const old = run(['--no-experimental-strip-types']);
    expect(old.status).toBe(1);
    expect(old.stderr).toContain(`This project needs Node.js ${pkg.engines.node}`);
    expect(old.stderr).toContain('Install Node.js 24');
    expect(old.stderr).not.toContain('ERR_');
  });
});
