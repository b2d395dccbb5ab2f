/**
 * The README's promise that a deploy pipeline builds with `npm ci --omit=dev && npm run build`: every package
 * that the build's code loads (an import that is not type-only, or a file of a package it reads, such as a font
 * or a topology) is in `dependencies`, never only in `devDependencies`, which `--omit=dev` leaves out.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import ts from 'typescript';
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

/**
 * The module specifiers a file loads, read by TypeScript's own parser (text that only looks like an import, in a
 * string or a comment, is not one): `import x from '…'`, `import '…'`, `import('…')`, `export … from '…'`, but
 * not `import type` or `export type`. An .astro file's frontmatter and scripts are TypeScript.
 */
function specifiersIn(file: string, text: string): string[] {
  const code = file.endsWith('.astro')
    ? [/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '', ...[...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)].join(
        '\n',
      )
    : text;
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier))
      found.push(node.moduleSpecifier.text);
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
      found.push(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]!))
      found.push((node.arguments[0] as ts.StringLiteral).text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  return found.filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/'));
}
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
    const text = readFileSync(join(projectRoot, file), 'utf8');
    const specifiers = specifiersIn(file, text).concat(
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
