/**
 * npm run build: `astro build`, then the search index in a process of its own.
 *
 * 1. `astro build` with PRESSROOM_SEARCH_INDEX=separate: the site, and the search records left in
 *    the build cache. Its heap is limited (scripts/build/heap.ts) unless NODE_OPTIONS sets a limit.
 *    The previous output is kept in place when it is the finished output of the build the cache
 *    describes, so that Astro keeps its unchanged pages instead of copying them back, and what
 *    the new build did not produce is pruned afterwards (scripts/build/kept-dist.ts); otherwise
 *    it is moved aside and deleted while Astro starts (scripts/build/previous-dist.ts).
 * 2. scripts/search-index.ts: the Pagefind index, part by part, after Astro has exited, so that
 *    Astro's and Pagefind's memory never add up. Then the output is marked as finished.
 *
 * PRESSROOM_ASTRO_NODE_ARGS adds Node options to step 1 only (the benchmark's --cpu-prof).
 * Arguments are passed to `astro build`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { cacheDirFromEnv, contentDirFromEnv } from '../src/lib/corpus/layout.ts';
import { astroHeapMiB, countReleaseFiles, setsHeapLimit } from './build/heap.ts';
import { markOutput, pruneKeptOutput, snapshotOutput, takeKeptOutput } from './build/kept-dist.ts';
import { discardPreviousOutput } from './build/previous-dist.ts';

const root = path.resolve(import.meta.dirname, '..');
const releases = countReleaseFiles(path.resolve(root, contentDirFromEnv()));
const heap = setsHeapLimit(process.env.NODE_OPTIONS)
  ? []
  : [`--max-old-space-size=${astroHeapMiB(releases)}`];
const extra = (process.env.PRESSROOM_ASTRO_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);

/** Runs the project's pinned Node (npm runs this script under it); resolves with the exit status. */
function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env })
      .on('error', reject)
      .on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

// The same folders astro.config.mjs and scripts/search-index.ts build into and cache in.
const outDir = path.resolve(root, process.env.PRESSROOM_OUT_DIR || 'dist');
const cacheDir = path.resolve(root, cacheDirFromEnv());
// The previous output stays when it is the finished build this cache describes, else it goes.
// Not when `astro build` is told where to build or with which config: the marker would not apply.
const ownArgs = process.argv.slice(2);
const keep = !ownArgs.some((a) => /^--(outDir|config|root)\b/.test(a)) && takeKeptOutput(outDir, cacheDir);
// The new site does not depend on it: a folder that cannot be deleted is reported, not fatal.
const removed = keep
  ? Promise.resolve()
  : discardPreviousOutput(outDir).catch((error: unknown) =>
      console.warn(
        `前回のビルド結果（${path.dirname(outDir)} の ${path.basename(outDir)}.previous-…）を削除できませんでした: ${String(error)}。手で削除してください。`,
      ),
    );
// The kept files as they are, to tell afterwards which ones the build left untouched.
const before = keep ? snapshotOutput(outDir) : undefined;
/** Exits with a failed step's status; a kept output is not left looking finished (withdrawn pages in it). */
async function fail(status: number): Promise<never> {
  if (keep) await discardPreviousOutput(outDir).catch(() => {});
  process.exit(status);
}
const built = await run(
  [...heap, ...extra, 'node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)],
  {
    ...process.env,
    PRESSROOM_SEARCH_INDEX: 'separate',
    // Set either way, so that a value inherited from the shell never keeps an output by mistake.
    PRESSROOM_KEEP_OUTPUT: keep ? '1' : '0',
  },
);
await removed;
if (built !== 0) await fail(built);
if (before) pruneKeptOutput(outDir, cacheDir, before);
const indexed = await run(['scripts/search-index.ts']);
if (indexed !== 0) await fail(indexed);
markOutput(outDir, cacheDir);
