import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles, pageFileOf, pagePathOf } from '../../src/lib/built-files.ts';

describe("a build output's pages and their URL paths", () => {
  it('lists the HTML pages, none of the search bundle’s files, and gives each its URL path and back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soc3-built-files-'));
    try {
      for (const file of [
        'index.html',
        '404.html',
        'services/amazon-s3/index.html',
        'notes/reindex.html',
        'pagefind/fragment/x.html',
        'services.json',
      ]) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), '');
      }
      const files = (await builtHtmlFiles(dir)).sort();
      expect(files.map(pagePathOf)).toEqual(['/404.html', '/', '/notes/reindex.html', '/services/amazon-s3/']);
      expect(files.map(pagePathOf).map(pageFileOf)).toEqual([
        '/404.html',
        '/index.html',
        '/notes/reindex.html',
        '/services/amazon-s3/index.html',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
