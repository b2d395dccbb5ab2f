import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/** Where the search bundle lives, under the build output and as a URL path (`/pagefind/`). */
export const bundleDir = 'pagefind';

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
        const root = join(outDir ?? resolve('dist'), bundleDir);
        if (!existsSync(join(root, 'pagefind.js'))) {
          logger.warn(`no search index in ${root}: search needs a build, run npm run build`);
        }
        server.middlewares.use(`/${bundleDir}`, serveBundle(root));
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
  const started = performance.now();
  let failure: unknown;
  try {
    const created = await pagefind.createIndex({});
    assertNoErrors('createIndex', created.errors);
    const index = created.index;
    if (!index) throw new PagefindError('createIndex', ['no index was returned']);

    const added = await index.addDirectory({ path: siteDir });
    assertNoErrors(`addDirectory ${siteDir}`, added.errors);
    if (added.page_count === 0) {
      throw new PagefindError(`addDirectory ${siteDir}`, ['no pages were indexed: is data-pagefind-body missing from every page?']);
    }

    const written = await index.writeFiles({ outputPath: join(siteDir, bundleDir) });
    assertNoErrors('writeFiles', written.errors);

    const ms = Math.round(performance.now() - started);
    logger.info(`indexed ${added.page_count} pages in ${ms} ms into ${written.outputPath}`);
    return { pageCount: added.page_count, outputPath: written.outputPath };
  } catch (error) {
    failure = error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Pagefind could not index the site in ${siteDir}: ${reason}`, { cause: error });
  } finally {
    try {
      await pagefind.close();
    } catch (error) {
      // A failed close must not hide the failure that got us here; on success it is a failure of its own.
      if (failure === undefined) throw new Error('Pagefind could not be stopped', { cause: error });
      logger.warn(`Pagefind could not be stopped: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

/**
 * A connect middleware (mounted at `/pagefind`) serving the files of a built bundle. A missing file, or a
 * missing bundle, is a plain 404 that says what to do.
 */
export function serveBundle(root: string) {
  return (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
      const file = resolve(root, `.${path}`);
      if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(`Not in the search index at ${root}. Search needs a build: run npm run build`);
        return;
      }
      res.statusCode = 200;
      res.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
      res.setHeader('Cache-Control', 'no-cache');
      createReadStream(file).on('error', next).pipe(res);
    } catch (error) {
      next(error);
    }
  };
}
