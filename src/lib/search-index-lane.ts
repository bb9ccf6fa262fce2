/**
 * A worker thread that indexes a lane of search parts (src/lib/search-index.ts,
 * `writeSearchIndex`) with a Pagefind service of its own, beside the lane of the thread that
 * started it, and posts back what it did.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { indexParts, type PartJob } from './search-index.ts';

export interface LaneJob {
  outDir: string;
  parts: readonly { order: number; job: PartJob }[];
  cacheDir: string | undefined;
}

const { outDir, parts, cacheDir } = workerData as LaneJob;
parentPort!.postMessage(await indexParts(outDir, parts, cacheDir));
