/** The precompression thread's body (src/lib/serving/in-thread.ts): one run, its totals sent back. */
import { parentPort, workerData } from 'node:worker_threads';
import { precompress } from './precompress.ts';
import type { PrecompressJob } from './in-thread.ts';

const { dir, cache } = workerData as PrecompressJob;
parentPort!.postMessage(await precompress(dir, cache === undefined ? {} : { cache }));
