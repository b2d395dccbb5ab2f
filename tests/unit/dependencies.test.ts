/**
 * The README's promise that a deploy pipeline builds with `npm ci --omit=dev && npm run build`: every package
 * that the build's code loads (an import that is not type-only, or a file of a package it reads, such as a font
 * or a topology) is in `dependencies`, never only in `devDependencies`, which `--omit=dev` leaves out.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The code `npm run build` and `npm start` run: the config files and src/ (the browser's scripts are bundled from it). */
const buildCode = [
  'astro.config.mjs',
  'site.config.ts',
  ...readdirSync(join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mjs|js|astro)$/.test(f))
    .map((f) => join('src', f)),
];

/** `import type` and `export type` (over several lines, too) load nothing. */
const typeOnly = /^\s*(?:import|export) type\b[\s\S]*?\bfrom\s*['"][^'"]+['"];?/gm;
/** `import x from '…'`, `import '…'`, `import('…')`, `export … from '…'`. */
const imports = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"./][^'"]*)['"]/g;
/** A file inside a package, named by the package: `'us-atlas/states-10m.json'`, `'@fontsource/inter/files/….woff'`. */
const packageFiles = /['"]((?:@[\w.-]+\/)?\w[\w.-]*)\/[^'"\s]+\.(?:json|woff2?|ttf|wasm)['"]/g;

/** The package a specifier names: `csv-stringify/sync` → `csv-stringify`, `@astrojs/mdx` → itself. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const builtIn = (name: string) => name.startsWith('node:') || builtinModules.includes(name);
/** Astro's virtual modules (`astro:content`): provided by the astro package itself. */
const virtual = (name: string) => /^astro:/.test(name);

function loadedPackages(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of buildCode) {
    const text = readFileSync(join(projectRoot, file), 'utf8').replace(typeOnly, '');
    const specifiers = [...text.matchAll(imports)]
      .map((m) => m[1]!)
      .concat(
        [...text.matchAll(packageFiles)]
          .map((m) => m[1]!)
          .filter((name) => existsSync(join(projectRoot, 'node_modules', name, 'package.json'))),
      );
    for (const name of specifiers.map(packageOf).filter((n) => !builtIn(n) && !virtual(n))) {
      found.set(name, [...(found.get(name) ?? []), file]);
    }
  }
  return found;
}

describe('npm ci --omit=dev installs everything the build loads', () => {
  const loaded = loadedPackages();

  it('finds the packages the build loads (the scan itself works)', () => {
    expect([...loaded.keys()]).toEqual(expect.arrayContaining(['astro', 'pagefind', 'sirv', 'd3-geo', 'us-atlas', '@fontsource/inter']));
    // Types only: these are imported with `import type` and must not count.
    expect(loaded.has('mdast')).toBe(false);
    expect(loaded.has('vfile')).toBe(false);
    expect(loaded.has('topojson-specification')).toBe(false);
  });

  it('every one is a dependency, not a devDependency', () => {
    const missing = [...loaded]
      .filter(([name]) => !(name in pkg.dependencies))
      .map(([name, files]) => `${name} (${[...new Set(files)].join(', ')})`);
    expect(missing).toEqual([]);
  });
});
