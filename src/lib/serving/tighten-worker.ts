/** The page pass's thread (src/lib/serving/in-thread.ts): one run, its result sent back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { TightenJob } from './in-thread.ts';
import { tightenPages } from './tightened-pages.ts';

const { dir, cache } = workerData as TightenJob;
parentPort!.postMessage(await tightenPages(dir, cache));
