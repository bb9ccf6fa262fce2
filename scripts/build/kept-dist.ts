/**
 * The previous build's output kept in place for an incremental build, and what it no longer
 * holds pruned afterwards.
 *
 * Why: on a rebuild Astro restores each unchanged page by copying it from its cache into the
 * emptied output folder (21,510 copies at 10,000 releases), and the previous output, ~39,000
 * files, is deleted. Astro keeps a page that is already in the output folder instead of copying
 * it (`existsInDist` in its generate step), so when the folder is exactly the output of the
 * build its cache describes, `npm run build` leaves it in place (`vite.build.emptyOutDir` off)
 * and afterwards deletes every file the new build neither wrote nor kept as an unchanged page.
 *
 * "Exactly the output of the build its cache describes" is a marker in the cache folder, written
 * when a whole `npm run build` (site and search index) has succeeded, naming the output folder
 * (its path, inode and time of birth: a folder deleted and made again is another one), and
 * removed before the next build starts. It is not in the output folder, which is published. Without a valid marker
 * (a first build, a build that failed or was stopped, another output folder, a plain
 * `astro build`), the previous output is discarded as before (scripts/build/previous-dist.ts).
 * A page that was withdrawn (a release set back to draft, an entry deleted) is neither written
 * nor kept, so it is deleted.
 */
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

const markerFile = (cacheDir: string) => path.join(cacheDir, 'pressroom-finished-output.json');

/** What the marker says of an output folder: where it is and which folder it is. */
function identity(outDir: string): string {
  // A folder deleted and made again may get the same inode, never the same time of birth.
  const stat = statSync(outDir, { bigint: true });
  return JSON.stringify({
    outDir: path.resolve(outDir),
    dev: String(stat.dev),
    ino: String(stat.ino),
    born: String(stat.birthtimeNs),
  });
}

/** Whether `outDir` is the finished output of the last build with this cache; the marker is removed. */
export function takeKeptOutput(outDir: string, cacheDir: string): boolean {
  const marker = markerFile(cacheDir);
  if (!existsSync(marker)) return false;
  const said = readFileSync(marker, 'utf8');
  // From here on the folder is not a finished build: a failed build must not be kept next time.
  rmSync(marker, { force: true });
  return existsSync(outDir) && lstatSync(outDir).isDirectory() && said === identity(outDir);
}

/** Marks `outDir` as the finished output of a build with `cacheDir` (see takeKeptOutput). */
export function markOutput(outDir: string, cacheDir: string): void {
  writeFileSync(markerFile(cacheDir), identity(outDir));
}

/** Output files of the pages Astro's incremental manifest lists for the build just finished. */
function manifestOutputs(cacheDir: string): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(cacheDir, 'incremental-build.json'), 'utf8')) as {
    routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
  };
  return new Set(
    Object.values(manifest.routes).flatMap((route) => Object.values(route.paths).map((p) => p.outputFile)),
  );
}

/**
 * Deletes from a kept `outDir` every file that the build which started at `since` (ms) neither
 * wrote (older) nor kept as an unchanged page (not in Astro's manifest), and folders left empty.
 * The search index's folders are left to the index step, which rewrites each part and removes
 * parts no longer wanted. Returns how many files were deleted.
 */
export function pruneKeptOutput(outDir: string, cacheDir: string, since: number): number {
  const kept = manifestOutputs(cacheDir);
  let deleted = 0;
  const walk = (dir: string, rel: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relPath = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const full = path.join(dir, entry.name);
      if (rel === '' && /^pagefind(-archive-\d+)?$/.test(entry.name)) {
        empty = false;
        continue;
      }
      if (entry.isDirectory()) {
        if (walk(full, relPath)) rmdirSync(full);
        else empty = false;
      } else if (statSync(full).mtimeMs < since && !kept.has(relPath)) {
        rmSync(full, { force: true });
        deleted++;
      } else empty = false;
    }
    return empty;
  };
  walk(outDir, '');
  return deleted;
}
