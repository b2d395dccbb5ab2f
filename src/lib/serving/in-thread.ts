/**
 * The build's passes over every file (src/integrations/serving.ts) each run in a worker thread of its own. Astro's
 * process holds every page it rendered (2 GB at 20 periods): in it, the garbage collector walks that heap again and
 * again while a pass's strings and buffers come and go. Precompression that reused every cached file spent 25 s of
 * CPU on 4984 files beside that heap; in a thread with its own small heap the same work costs a third of that
 * (measured over 356 files: 0.56 s of CPU, against 1.3–2.3 s beside a 0.9 GB heap). Parsing every page for its
 * policy cost 28.5 s of CPU in the build's heap, against 16.2 s in a process of its own.
 */
import { Worker } from 'node:worker_threads';
import type { Precompressed } from './precompress.ts';
import type { TightenedPages } from './tightened-pages.ts';

/** Runs the worker module `worker` once with `data`: resolves with the one message it sends, or fails with its error. */
function inThread<Result>(worker: URL, data: unknown, what: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const thread = new Worker(worker, { workerData: data });
    let result: { value: Result } | undefined;
    thread.once('message', (message: Result) => (result = { value: message }));
    thread.once('error', reject);
    thread.once('exit', (code) =>
      result ? resolve(result.value) : reject(new Error(`the ${what} thread stopped (exit ${code}) without a result`)),
    );
  });
}

export interface PrecompressJob {
  dir: string;
  cache: string | undefined;
}

/** src/lib/serving/precompress.ts's precompress, in a thread. */
export const precompressInThread = (job: PrecompressJob): Promise<Precompressed> =>
  inThread(new URL('./precompress-worker.ts', import.meta.url), job, 'precompression');

export interface TightenJob {
  dir: string;
  cache: string;
}

/** src/lib/serving/tightened-pages.ts's tightenPages, in a thread. */
export const tightenPagesInThread = (job: TightenJob): Promise<TightenedPages> =>
  inThread(new URL('./tighten-worker.ts', import.meta.url), job, 'page pass');
