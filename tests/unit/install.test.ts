/**
 * Installing fetches nothing from outside the package registry: npm runs no package's install script here
 * (vnu-jar's would download a Java runtime), and CI provides the Java the Nu Html Checker needs before it
 * installs the packages.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';

describe('installing', () => {
  it('runs no install script in this project (npm reads ignore-scripts=true from .npmrc)', () => {
    const npm = spawnSync('npm', ['config', 'get', 'ignore-scripts'], { cwd: projectRoot, encoding: 'utf8' });
    expect(npm.error, 'npm is not on PATH').toBeUndefined();
    expect(npm.stdout.trim()).toBe('true');
  });

  it('.ci/run installs Java 11 or newer, where it is missing or older, before npm ci', () => {
    const run = readFileSync(join(projectRoot, '.ci/run'), 'utf8');
    const check = run.indexOf('java_ok || need+=(default-jre-headless)');
    expect(check).toBeGreaterThan(0);
    expect(run).toMatch(/java -version .* >= 11/);
    expect(run.indexOf('apt-get install -y -q "${need[@]}"')).toBeGreaterThan(check);
    expect(run.search(/^npm ci\b/m)).toBeGreaterThan(run.indexOf('apt-get install -y -q "${need[@]}"'));
  });
});
