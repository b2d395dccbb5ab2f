/**
 * The list of exports (src/lib/exports.ts) drives the README's table, the servers' content types and the links:
 * each must say what the list says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, exportLink, periodExports, siteFiles } from '../../src/lib/exports.ts';
import { contentTypeOf as servedType } from '../../src/lib/serving/policy.ts';
import { projectRoot } from '../helpers/paths.ts';

describe('the list of exports', () => {
  it('is the README’s table, row for row', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const rows = readme
      .split('\n')
      .filter((line) => /^\s*\| `\/[^`]+`\s+\|/.test(line))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    expect(rows).toEqual(Object.values(periodExports).map((e) => [`\`/${e.file}\``, e.format, e.holds]));
  });

  it('gives the servers each export’s and site file’s content type, at the root and under a period', () => {
    for (const e of Object.values(periodExports)) {
      expect(servedType(`/${e.file}`), e.file).toBe(contentTypeOf(e.mediaType));
      expect(servedType(`/2017-04-01--2017-09-30/${e.file}`), e.file).toBe(contentTypeOf(e.mediaType));
    }
    for (const f of Object.values(siteFiles)) expect(servedType(f.url), f.url).toBe(contentTypeOf(f.mediaType));
    expect(servedType('/services.csv')).toBe('text/csv; charset=utf-8');
  });

  it('links an export beside the page: at the root for a root page, pinned for a pinned one', () => {
    expect(exportLink('servicesCsv', '2017-04-01--2017-09-30', 'root')).toEqual({ href: '/services.csv', type: 'text/csv' });
    expect(exportLink('changesJson', '2017-04-01--2017-09-30', 'pinned')).toEqual({
      href: '/2017-04-01--2017-09-30/changes.json',
      type: 'application/json',
    });
  });
});
