/**
 * The previous build's output kept in place for an incremental build, and what it no longer
 * holds pruned afterwards.
 *
 * Why: on a rebuild Astro restores each unchanged page by copying it from its cache into the
 * emptied output folder (21,510 copies at 10,000 releases), and the previous output, ~39,000
 * files, is deleted. Astro keeps a page that is already in the output folder instead of copying
 * it (`existsInDist` in its generate step), so when the folder is exactly the output of the
 * build its cache describes, `npm run build` leaves it in place (`vite.build.emptyOutDir` off)
 * and afterwards deletes every file the new build left untouched that is not an unchanged page
 * Astro kept (a snapshot of the files' inodes, times and sizes before the build; no clock).
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
import { createHash } from 'node:crypto';
import path from 'node:path';

const markerFile = (cacheDir: string) => path.join(cacheDir, 'pressroom-finished-output.json');
const manifestFile = (cacheDir: string) => path.join(cacheDir, 'incremental-build.json');

/**
 * What the marker says of an output folder and its cache: where the folder is, which folder it is
 * (a folder deleted and made again may get the same inode, never the same time of birth), and
 * which incremental manifest of Astro's describes it (another build with the same cache, a plain
 * `astro build` into another folder, rewrites the manifest).
 */
function identity(outDir: string, cacheDir: string): string {
  const stat = statSync(outDir, { bigint: true });
  const manifest = existsSync(manifestFile(cacheDir))
    ? createHash('sha256')
        .update(readFileSync(manifestFile(cacheDir)))
        .digest('base64url')
    : '';
  return JSON.stringify({
    outDir: path.resolve(outDir),
    dev: String(stat.dev),
    ino: String(stat.ino),
    born: String(stat.birthtimeNs),
    manifest,
  });
}

/** Whether `outDir` is the finished output of the last build with this cache; the marker is removed. */
export function takeKeptOutput(outDir: string, cacheDir: string): boolean {
  const marker = markerFile(cacheDir);
  if (!existsSync(marker)) return false;
  const said = readFileSync(marker, 'utf8');
  // From here on the folder is not a finished build: a failed build must not be kept next time.
  rmSync(marker, { force: true });
  return existsSync(outDir) && lstatSync(outDir).isDirectory() && said === identity(outDir, cacheDir);
}

/** Marks `outDir` as the finished output of a build with `cacheDir` (see takeKeptOutput). */
export function markOutput(outDir: string, cacheDir: string): void {
  writeFileSync(markerFile(cacheDir), identity(outDir, cacheDir));
}

/** Output files of the pages Astro's incremental manifest lists for the build just finished. */
function manifestOutputs(cacheDir: string): Set<string> {
  const manifest = JSON.parse(readFileSync(manifestFile(cacheDir), 'utf8')) as {
    routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
  };
  // Astro takes them from URLs: a path outside ASCII is percent-encoded there.
  return new Set(
    Object.values(manifest.routes).flatMap((route) =>
      Object.values(route.paths).map((p) => decodeURIComponent(p.outputFile)),
    ),
  );
}

// The search index's folders, left to the index step, which rewrites each part and removes the
// parts no longer wanted.
const indexFolder = /^pagefind(-archive-\d+)?$/;

/** A file as it was: a file this build writes or copies over gets another inode, time or size. */
type FileState = string;
const fileState = (file: string): FileState => {
  const s = statSync(file, { bigint: true });
  return `${s.ino}:${s.mtimeNs}:${s.ctimeNs}:${s.size}`;
};

/** Every file of a kept output and its state, before the build (the index's folders left out). */
export function snapshotOutput(outDir: string): Map<string, FileState> {
  const files = new Map<string, FileState>();
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relPath = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (rel === '' && indexFolder.test(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, relPath);
      else files.set(relPath, fileState(full));
    }
  };
  walk(outDir, '');
  return files;
}

/**
 * Deletes from a kept `outDir` every file of the `before` snapshot that the build left untouched
 * (same inode, times and size) and that is not a page Astro kept as unchanged (its manifest),
 * and folders left empty: a withdrawn page, an old asset. No clock is compared. Files the build
 * wrote, and files it made that the snapshot does not know, stay. Returns how many were deleted.
 */
export function pruneKeptOutput(outDir: string, cacheDir: string, before: Map<string, FileState>): number {
  const kept = manifestOutputs(cacheDir);
  let deleted = 0;
  for (const [rel, state] of before) {
    if (kept.has(rel)) continue;
    const full = path.join(outDir, ...rel.split('/'));
    if (!existsSync(full) || fileState(full) !== state) continue;
    rmSync(full, { force: true });
    deleted++;
    // Up through the folders this left empty.
    for (
      let dir = path.dirname(full);
      dir !== outDir && readdirSync(dir).length === 0;
      dir = path.dirname(dir)
    )
      rmdirSync(dir);
  }
  return deleted;
}
