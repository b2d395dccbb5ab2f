/**
 * The Pagefind integration with Pagefind's Node API mocked: what it asks Pagefind to do, what it logs,
 * that it fails on any error Pagefind reports, and that it always stops Pagefind. Plus the dev server's
 * serving of the last build's bundle.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const pagefind = vi.hoisted(() => ({ createIndex: vi.fn(), close: vi.fn() }));
vi.mock('pagefind', () => pagefind);

const { buildIndex, pagefindSearch, serveBundle, PagefindError } = await import('../../src/integrations/pagefind.ts');

function fakeIndex(overrides: Partial<Record<'addDirectory' | 'writeFiles', unknown>> = {}) {
  return {
    addDirectory: vi.fn().mockResolvedValue(overrides.addDirectory ?? { errors: [], page_count: 73 }),
    writeFiles: vi
      .fn()
      .mockImplementation(async ({ outputPath }: { outputPath: string }) => overrides.writeFiles ?? { errors: [], outputPath }),
  };
}
const logger = () => ({ info: vi.fn(), warn: vi.fn() });
/** The error a promise rejects with; a promise that resolves fails the test. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('expected the build to fail'),
    (error: Error) => error,
  );

beforeEach(() => {
  pagefind.createIndex.mockReset();
  pagefind.close.mockReset().mockResolvedValue(null);
});

describe('buildIndex', () => {
  it('indexes the built site, writes the bundle to <site>/pagefind, logs the page count and time, stops Pagefind', async () => {
    const index = fakeIndex();
    pagefind.createIndex.mockResolvedValue({ errors: [], index });
    const log = logger();
    await expect(buildIndex('/site/dist', log)).resolves.toEqual({ pageCount: 73, outputPath: join('/site/dist', 'pagefind') });
    expect(index.addDirectory).toHaveBeenCalledWith({ path: '/site/dist' });
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: join('/site/dist', 'pagefind') });
    expect(log.info).toHaveBeenCalledTimes(1);
    expect(log.info.mock.calls[0]![0]).toMatch(/^indexed 73 pages in \d+ ms into \/site\/dist\/pagefind$/);
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['createIndex', () => pagefind.createIndex.mockResolvedValue({ errors: ['bad config'] })],
    [
      'addDirectory',
      () =>
        pagefind.createIndex.mockResolvedValue({
          errors: [],
          index: fakeIndex({ addDirectory: { errors: ['unreadable file'], page_count: 3 } }),
        }),
    ],
    [
      'writeFiles',
      () =>
        pagefind.createIndex.mockResolvedValue({ errors: [], index: fakeIndex({ writeFiles: { errors: ['disk full'], outputPath: '' } }) }),
    ],
  ])('fails the build when %s reports an error, naming it, and still stops Pagefind', async (step, arrange) => {
    arrange();
    const error = await failure(buildIndex('/site/dist', logger()));
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(/^Pagefind could not index the site in \/site\/dist: /);
    expect(error.message).toContain(step);
    expect(error.cause).toBeInstanceOf(PagefindError);
    expect((error.cause as InstanceType<typeof PagefindError>).errors).toHaveLength(1);
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it('fails when no page was indexed (no data-pagefind-body anywhere)', async () => {
    pagefind.createIndex.mockResolvedValue({ errors: [], index: fakeIndex({ addDirectory: { errors: [], page_count: 0 } }) });
    await expect(buildIndex('/site/dist', logger())).rejects.toThrow(/no pages were indexed/);
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it('fails when Pagefind throws, keeping the original as the cause, and still stops it', async () => {
    const crash = new Error('binary exited');
    pagefind.createIndex.mockRejectedValue(crash);
    const error = await failure(buildIndex('/site/dist', logger()));
    expect(error.message).toContain('binary exited');
    expect(error.cause).toBe(crash);
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it('reports the failure that matters when stopping Pagefind fails too', async () => {
    pagefind.createIndex.mockResolvedValue({ errors: ['bad config'] });
    pagefind.close.mockRejectedValue(new Error('already gone'));
    const log = logger();
    await expect(buildIndex('/site/dist', log)).rejects.toThrow(/bad config/);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('already gone'));
  });

  it('fails a successful run whose Pagefind cannot be stopped', async () => {
    pagefind.createIndex.mockResolvedValue({ errors: [], index: fakeIndex() });
    pagefind.close.mockRejectedValue(new Error('already gone'));
    await expect(buildIndex('/site/dist', logger())).rejects.toThrow(/could not be stopped/);
  });
});

describe('the integration', () => {
  it('indexes in astro:build:done, in the directory Astro built', async () => {
    const index = fakeIndex();
    pagefind.createIndex.mockResolvedValue({ errors: [], index });
    const hook = pagefindSearch().hooks['astro:build:done'] as (options: object) => Promise<void>;
    await hook({ dir: pathToFileURL('/site/dist/'), logger: logger(), pages: [], assets: new Map() });
    expect(index.addDirectory).toHaveBeenCalledWith({ path: '/site/dist/' });
  });
});

describe('serving the bundle in astro dev', () => {
  let root: string;
  let server: Server;
  let origin: string;
  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'pagefind-'));
    mkdirSync(join(root, 'pagefind', 'index'), { recursive: true });
    writeFileSync(join(root, 'pagefind', 'pagefind.js'), 'export {}');
    writeFileSync(join(root, 'pagefind', 'index', 'en_1.pf_index'), 'binary');
    writeFileSync(join(root, 'secret.txt'), 'not for the browser');
    const serve = serveBundle(join(root, 'pagefind'));
    // Mounted as the integration mounts it: connect strips the /pagefind prefix.
    server = createServer((req, res) => {
      if (!req.url?.startsWith('/pagefind/')) return void res.writeHead(418).end();
      req.url = req.url.slice('/pagefind'.length);
      serve(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the files of the last build with their types', async () => {
    const js = await fetch(`${origin}/pagefind/pagefind.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    const index = await fetch(`${origin}/pagefind/index/en_1.pf_index`);
    expect(index.headers.get('content-type')).toBe('application/octet-stream');
    await expect(index.text()).resolves.toBe('binary');
  });

  it('answers a missing file with a 404 that says search needs a build', async () => {
    const missing = await fetch(`${origin}/pagefind/pagefind-component-ui.js`);
    expect(missing.status).toBe(404);
    await expect(missing.text()).resolves.toMatch(/Search needs a build: run npm run build/);
  });

  it('serves nothing outside the bundle', async () => {
    // Raw paths: fetch() would resolve the dots before sending.
    for (const path of ['/pagefind/..%2fsecret.txt', '/pagefind/%2e%2e/secret.txt', '/pagefind/../secret.txt']) {
      const status = await new Promise<number | undefined>((resolve, reject) =>
        get({ host: '127.0.0.1', port: new URL(origin).port, path }, (res) => resolve(res.resume().statusCode)).on('error', reject),
      );
      expect(status, path).toBe(404);
    }
  });
});
