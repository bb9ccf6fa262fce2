/**
 * npm run build: `astro build`, then the search index in a process of its own.
 *
 * 1. `astro build` with PRESSROOM_SEARCH_INDEX=separate: the site, and the search records left in
 *    the build cache. Its heap is limited (scripts/build/heap.ts) unless NODE_OPTIONS sets a limit.
 * 2. scripts/search-index.ts: the Pagefind index, part by part, after Astro has exited, so that
 *    Astro's and Pagefind's memory never add up.
 *
 * PRESSROOM_ASTRO_NODE_ARGS adds Node options to step 1 only (the benchmark's --cpu-prof).
 * Arguments are passed to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { contentDirFromEnv } from '../src/lib/corpus/layout.ts';
import { astroHeapMiB, countReleaseFiles, setsHeapLimit } from './build/heap.ts';

const root = path.resolve(import.meta.dirname, '..');
const releases = countReleaseFiles(path.resolve(root, contentDirFromEnv()));
const heap = setsHeapLimit(process.env.NODE_OPTIONS) ? [] : [`--max-old-space-size=${astroHeapMiB(releases)}`];
const extra = (process.env.PRESSROOM_ASTRO_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);

function run(args: string[], env: NodeJS.ProcessEnv = process.env) {
  // process.execPath is the project's pinned Node (npm runs this script under it).
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run([...heap, ...extra, 'node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], {
  ...process.env,
  PRESSROOM_SEARCH_INDEX: 'separate',
});
run(['scripts/search-index.ts']);
