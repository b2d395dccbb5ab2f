import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, page } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';
import type { ServiceRecord } from '../../src/lib/service-exports.ts';

const services = JSON.parse(readFileSync(join(distDir, 'services.json'), 'utf8')) as ServiceRecord[];
const pages = builtPages();
const bodies = (path: string) => Array.from(page(path).querySelectorAll('[data-pagefind-body]'));

/** Pagefind's `key[attr], key:value` attribute syntax, read against the element that carries it. */
function pagefindPairs(el: Element, attribute: 'data-pagefind-filter' | 'data-pagefind-meta'): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const part of (el.getAttribute(attribute) ?? '').split(/,\s*/)) {
    const fromAttribute = /^(\w+)\[([\w-]+)\]$/.exec(part);
    const inline = /^(\w+):(.+)$/.exec(part);
    if (fromAttribute) pairs[fromAttribute[1]!] = el.getAttribute(fromAttribute[2]!) ?? '';
    else if (inline) pairs[inline[1]!] = inline[2]!;
  }
  return pairs;
}

describe('the search index', () => {
  it('is written by the build into dist/pagefind/, with the Component UI and the highlighter', () => {
    for (const file of [
      'pagefind.js',
      'pagefind-entry.json',
      'pagefind-component-ui.js',
      'pagefind-component-ui.css',
      'pagefind-highlight.js',
      'pagefind-worker.js',
    ]) {
      expect(existsSync(join(distDir, 'pagefind', file)), file).toBe(true);
    }
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const indexable = pages.filter((p) => bodies(p).length > 0);
    expect(indexed).toBe(indexable.length);
    expect(readdirSync(join(distDir, 'pagefind', 'fragment')).length).toBe(indexable.length);
  });

  it('puts nothing of its own into public/', () => {
    expect(existsSync(join(distDir, '..', 'public', 'pagefind'))).toBe(false);
  });

  it('indexes each service page, section and category, and no other page', () => {
    const indexable = pages.filter((p) => bodies(p).length > 0).sort();
    const expected = [
      ...services.map((s) => new URL(s.url).pathname),
      ...pages.filter((p) => /^\/(sections|categories)\/[^/]+\/$/.test(p)),
      ...pages.filter((p) => p === '/locations/'),
    ].sort();
    expect(indexable).toEqual(expected);
    for (const path of ['/', '/services/', '/search/', '/report/']) expect(bodies(path), path).toEqual([]);
  });

  it('indexes a service page by its article: its name (the h1 in it) and its description, each once', () => {
    for (const { url, name } of services) {
      const path = new URL(url).pathname;
      const body = bodies(path);
      expect(
        body.map((el) => el.tagName),
        path,
      ).toEqual(['ARTICLE']);
      const h1 = body[0]!.querySelector('h1');
      expect(h1?.textContent?.trim(), path).toBe(name);
      expect(h1?.closest('[data-pagefind-ignore]'), path).toBeNull();
    }
  });

  it('indexes a category page by its title only: its descriptions are indexed on the service pages', () => {
    const doc = page('/categories/storage/');
    expect(bodies('/categories/storage/').map((el) => el.tagName)).toEqual(['H1']);
    expect(doc.querySelector('article.report-text')?.hasAttribute('data-pagefind-body')).toBe(false);
    expect(doc.querySelector('article.report-text [data-pagefind-body]:not(h1)')).toBeNull();
  });

  it('indexes a section page by its article, with its h1 only where the report prints it', () => {
    expect(bodies('/sections/data/').map((el) => el.tagName)).toEqual(['ARTICLE']);
    expect(page('/sections/data/').querySelector('article h1')?.closest('[data-pagefind-ignore]')).toBeNull();
    expect(bodies('/sections/management-assertion/').map((el) => el.tagName)).toEqual(['ARTICLE']);
    const added = page('/sections/management-assertion/').querySelector('article h1');
    expect(added?.getAttribute('data-pagefind-meta')).toBe('title');
    expect(added?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  it('gives every service page its filters and metadata: category, kind, abbreviation, short name, aliases', () => {
    for (const s of services) {
      const path = new URL(s.url).pathname;
      const article = page(path).querySelector('article[data-pagefind-body]')!;
      expect(pagefindPairs(article, 'data-pagefind-filter'), path).toEqual({
        period: '2017-04-01--2017-09-30',
        category: s.category,
        kind: 'Service',
      });
      const meta = pagefindPairs(article, 'data-pagefind-meta');
      expect(meta['category'], path).toBe(s.category);
      expect(meta['kind'], path).toBe('Service');
    }
    const ec2 = pagefindPairs(page('/services/amazon-elastic-compute-cloud-ec2/').querySelector('article')!, 'data-pagefind-meta');
    // Aliases (content/<period>/search-aliases.yaml) are searchable metadata that no result shows.
    expect(ec2).toEqual({
      category: 'Compute',
      abbreviation: 'EC2',
      short_name: 'Amazon EC2',
      aliases: expect.stringContaining('virtual machines'),
      kind: 'Service',
    });
    const lambda = pagefindPairs(page('/services/aws-lambda/').querySelector('article')!, 'data-pagefind-meta');
    expect(lambda).toEqual({ category: 'Compute', aliases: expect.stringContaining('serverless functions'), kind: 'Service' });
  });

  it('gives sections and categories their kind, and categories their category', () => {
    const filtersOf = (path: string) => pagefindPairs(page(path).querySelector('article.report-text')!, 'data-pagefind-filter');
    expect(filtersOf('/sections/people/')).toEqual({ period: '2017-04-01--2017-09-30', kind: 'Report section' });
    expect(filtersOf('/categories/security-and-identity/')).toEqual({
      period: '2017-04-01--2017-09-30',
      category: 'Security & Identity',
      kind: 'Service category',
    });
  });

  it('keeps what the site adds out of the indexed text', () => {
    for (const path of ['/services/amazon-simple-queue-service-sqs/', '/sections/aws-background/', '/categories/compute/']) {
      for (const body of bodies(path)) {
        for (const el of body.querySelectorAll('.site-note, nav, .heading-anchor, .service-link, button')) {
          expect(el.closest('[data-pagefind-ignore]'), `${path}: ${el.outerHTML.slice(0, 80)}`).not.toBeNull();
        }
      }
    }
  });
});

/** The text Pagefind indexed for a page: its fragment (gzip, a signature, then JSON) whose url is the page's. */
function indexedText(path: string): string {
  const folder = join(distDir, 'pagefind', 'fragment');
  for (const file of readdirSync(folder)) {
    const bytes = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
    const fragment = JSON.parse(bytes.slice(bytes.indexOf('{'))) as { url: string; content: string };
    if (fragment.url === path) return fragment.content;
  }
  throw new Error(`no search fragment for ${path}`);
}

describe('the locations table in the index', () => {
  const table = page('/locations/').querySelector('[data-pagefind-body] table')!;
  const content = indexedText('/locations/');
  /** The indexed cells' texts, in order: what the index must keep apart. */
  const cells = [...table.querySelectorAll('caption, th, td')]
    .filter((cell) => !cell.closest('[data-pagefind-ignore]'))
    .map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);

  it('indexes the places, countries and continents', () => {
    for (const word of ['Paris, France', 'Germany', 'South America', 'us-east-1']) expect(content).toContain(word);
  });

  it('keeps the words of neighbouring cells apart (no header cells run together)', () => {
    expect(cells.length).toBeGreaterThan(60);
    const glued = cells.slice(1).flatMap((cell, i) => {
      const before = cells[i]!;
      return /[\p{L}\p{N})]$/u.test(before) && content.includes(`${before}${cell}`) ? [`${before}|${cell}`] : [];
    });
    expect(glued).toEqual([]);
    expect(content).not.toMatch(/LocationKind|KindRegion/);
  });
});

describe('the search control', () => {
  it('is in the header of every page, a link to the services catalog until the script upgrades it', () => {
    for (const path of pages) {
      const control = page(path).querySelectorAll('header.site-header a[data-search-control]');
      expect(control.length, path).toBe(1);
      expect(control[0]!.getAttribute('href'), path).toMatch(/\/services\/$/);
    }
  });
});
