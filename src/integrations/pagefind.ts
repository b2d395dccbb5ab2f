import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import sirv from 'sirv';
import { searchBundle } from '../lib/urls.ts';

type Logger = Pick<AstroIntegrationLogger, 'info' | 'warn'>;

/**
 * Site search with Pagefind, inside `astro build` and nowhere else: no second command, nothing in `public/`.
 *
 * - `astro:build:done` indexes the built HTML through Pagefind's Node API and writes the bundle (search
 *   engine, index, Component UI, highlight script) to `<outDir>/pagefind/`. It logs the page count and the
 *   time taken, and fails the build on any error Pagefind reports.
 * - `astro:server:setup` serves the last build's `dist/pagefind/` at `/pagefind/` in `astro dev`, and warns
 *   when there is none (the search dialog then says that search needs a build).
 *
 * What is indexed, its filters, metadata and weights are decided in the markup (`data-pagefind-*` in
 * src/layouts and src/components), never here.
 */
export function pagefindSearch(): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'soc3:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = join(outDir ?? resolve('dist'), searchBundle.dir);
        if (!existsSync(join(root, 'pagefind.js'))) {
          logger.warn(`no search index in ${root}: search needs a build, run npm run build`);
        }
        server.middlewares.use(searchBundle.url, serveBundle(root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildIndex(fileURLToPath(dir), logger);
      },
    },
  };
}

/** Pagefind reported one or more errors for a step of the indexing. */
export class PagefindError extends Error {
  constructor(
    readonly step: string,
    readonly errors: readonly string[],
  ) {
    super(`${step}: ${errors.join('; ')}`);
    this.name = 'PagefindError';
  }
}

/** Throws when a Pagefind call answered with errors: it reports failures in `errors`, not by rejecting. */
function assertNoErrors(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) throw new PagefindError(step, errors);
}

/**
 * Indexes every HTML page under `siteDir` and writes the bundle to `siteDir/pagefind/`. Always stops the
 * Pagefind service, and rethrows any failure with the original as its `cause`.
 */
export async function buildIndex(siteDir: string, logger: Logger): Promise<{ pageCount: number; outputPath: string }> {
  let indexed: { pageCount: number; outputPath: string } | undefined;
  let failure: unknown;
  try {
    indexed = await indexSite(siteDir, logger);
  } catch (error) {
    failure = error;
  }
  const stopped = await pagefind.close().then(
    () => undefined,
    (error: unknown) => error ?? new Error('unknown error'),
  );
  if (failure !== undefined) {
    // A failed close must not hide the failure that got us here; on success it is a failure of its own.
    if (stopped) logger.warn(`Pagefind could not be stopped: ${stopped instanceof Error ? stopped.message : String(stopped)}`);
    const reason = failure instanceof Error ? failure.message : String(failure);
    throw new Error(`Pagefind could not index the site in ${siteDir}: ${reason}`, { cause: failure });
  }
  if (stopped) throw new Error('Pagefind could not be stopped', { cause: stopped });
  return indexed!;
}

async function indexSite(siteDir: string, logger: Logger): Promise<{ pageCount: number; outputPath: string }> {
  const started = performance.now();
  const created = await pagefind.createIndex({});
  assertNoErrors('createIndex', created.errors);
  const index = created.index;
  if (!index) throw new PagefindError('createIndex', ['no index was returned']);

  const added = await index.addDirectory({ path: siteDir });
  assertNoErrors(`addDirectory ${siteDir}`, added.errors);
  if (added.page_count === 0) {
    throw new PagefindError(`addDirectory ${siteDir}`, ['no pages were indexed: is data-pagefind-body missing from every page?']);
  }

  const written = await index.writeFiles({ outputPath: join(siteDir, searchBundle.dir) });
  assertNoErrors('writeFiles', written.errors);

  const ms = Math.round(performance.now() - started);
  logger.info(`indexed ${added.page_count} pages in ${ms} ms into ${written.outputPath}`);
  return { pageCount: added.page_count, outputPath: written.outputPath };
}

/**
 * A connect middleware (mounted at the bundle's URL path) serving the files of a built bundle with sirv,
 * read afresh on each request so a new build shows at once. A missing file, or a missing bundle, is a
 * plain 404 that says what to do.
 */
export function serveBundle(root: string) {
  const serve = sirv(root, {
    dev: true,
    // Pagefind's index files have extensions of their own (.pagefind, .pf_index …), unknown to sirv.
    setHeaders: (res, pathname) =>
      void (/\.(pagefind|pf_\w+)$/.test(pathname) && res.setHeader('Content-Type', 'application/octet-stream')),
    onNoMatch: (_req, res) => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`Not in the search index at ${root}. Search needs a build: run npm run build`);
    },
  });
  // Called without `next`, so that sirv answers a miss with onNoMatch instead of passing it on to Vite.
  return (req: IncomingMessage, res: ServerResponse): void => serve(req, res);
}
