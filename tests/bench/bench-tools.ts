/**
 * Tools only `npm run bench` uses, installed on first use into a cache folder rather than by `npm install`
 * (Lighthouse and its dependencies are ~150 MB that neither the site nor its tests need). Versions are
 * pinned here, so every bench run measures with the same tools.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../helpers/paths.ts';

export const benchTools = { lighthouse: '13.5.0', 'chrome-launcher': '1.2.1' } as const;
type Tool = keyof typeof benchTools;

const prefix = join(projectRoot, 'node_modules', '.cache', 'bench-tools');

/** Installs the bench tools (once per version) and imports one. */
export async function importBenchTool<T>(tool: Tool): Promise<T> {
  const specs = Object.entries(benchTools).map(([name, version]) => `${name}@${version}`);
  const installed = Object.entries(benchTools).every(([name, version]) => {
    const manifest = join(prefix, 'node_modules', name, 'package.json');
    return existsSync(manifest) && (createRequire(import.meta.url)(manifest) as { version: string }).version === version;
  });
  if (!installed) {
    console.log(`bench: installing ${specs.join(', ')} into ${prefix} (first run only)`);
    execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', ...specs], {
      stdio: 'inherit',
    });
  }
  const entry = createRequire(join(prefix, 'package.json')).resolve(tool);
  return (await import(pathToFileURL(entry).href)) as T;
}
