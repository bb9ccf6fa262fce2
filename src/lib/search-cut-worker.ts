/**
 * The worker thread of `startCuttingAhead` (src/lib/search-cut.ts): files the cut <main> of each
 * page it is sent into the spool. Messages are handled in order, so the answer to `null` (the
 * build is done) means every page sent before it is filed.
 */
import { mkdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { fileCut } from './search-cut.ts';

/** What `startCuttingAhead` starts the worker with. */
export interface CutWorkerData {
  spool: string;
}

const { spool } = workerData as CutWorkerData;
mkdirSync(spool, { recursive: true });
parentPort!.on('message', (html: string | null) => {
  if (html === null) parentPort!.postMessage('filed');
  else fileCut(spool, html);
});
