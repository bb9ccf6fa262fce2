/**
 * The previous build's output, moved out of Astro's way and deleted while Astro works.
 *
 * Why: `astro build` empties its output folder (Vite's `emptyOutDir`) synchronously, before it
 * logs "Building static entrypoints", on the one thread that then runs the whole build. A
 * 10,000-release site is about 39,000 files (17,000 of them the search index's parts), and
 * deleting them held the build for 5 s on an idle machine, 13 s at load 7 (a V8 profile of a
 * rebuild: `emptyDir` → `rmSync`), every build. Renaming the folder takes no time; the files are
 * then deleted on libuv's threads next to Astro's start-up and content sync, which leave the
 * second core mostly idle. Astro still starts from an empty output folder, as before: nothing
 * of the previous build can be served by mistake.
 */
import { existsSync, lstatSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

/** The folder the previous output goes to: beside it, so the rename stays on one file system. */
const asidePrefix = (outDir: string) => `${path.basename(outDir)}.previous-`;

/**
 * Moves `outDir` aside at once (before the first await) and starts deleting it; resolves when it
 * is gone. Folders left by an
 * earlier build that was killed before it finished deleting are deleted too. Does nothing when
 * there is no previous output; when it is a symbolic link or the rename fails (permissions, a
 * mount point), it stays where it is and Astro empties it as it always did.
 */
export async function discardPreviousOutput(outDir: string): Promise<void> {
  const parent = path.dirname(outDir);
  const prefix = asidePrefix(outDir);
  const doomed = existsSync(parent)
    ? readdirSync(parent)
        .filter((name) => name.startsWith(prefix))
        .map((name) => path.join(parent, name))
    : [];
  // Only a real folder: a symbolic link (dist/ → a web server's root) must stay where it points,
  // and Astro empties its target as before.
  if (existsSync(outDir) && lstatSync(outDir).isDirectory()) {
    const aside = path.join(parent, `${prefix}${process.pid}-${Date.now()}`);
    try {
      renameSync(outDir, aside);
      doomed.push(aside);
    } catch {
      // Left in place: Astro deletes its contents itself.
    }
  }
  await Promise.all(doomed.map((dir) => rm(dir, { recursive: true, force: true })));
}
