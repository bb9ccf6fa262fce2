/**
 * The previous build's output, moved out of Astro's way and deleted while Astro works.
 *
 * Why: `astro build` empties its output folder (Vite's `emptyOutDir`) synchronously, before it
 * logs "Building static entrypoints", on the one thread that then runs the whole build. A
 * 10,000-release site is about 39,000 files (17,000 of them the search index's parts), and
 * deleting them held the build for 5 s on an idle machine, 13 s at load 7 (a V8 profile of a
 * rebuild: `emptyDir` → `rmSync`), every build. Renaming the folder takes no time; the files are
 * then deleted by a child process at the lowest CPU priority, in the time Astro's start-up and
 * content sync leave the second core idle. (Deleted on this process's own threads, at Astro's
 * priority, they slowed Astro's one busy thread: a rebuild's start-up took 5.9 s against a first
 * build's 3.3 s.) Astro still starts from an empty output folder, as before: nothing of the
 * previous build can be served by mistake.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, renameSync } from 'node:fs';
import { setPriority } from 'node:os';
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
  if (doomed.length > 0) await deleteQuietly(doomed);
}

/** Deletes folders in a child process of the lowest CPU priority; rejects if it fails. */
function deleteQuietly(dirs: string[]): Promise<void> {
  const script = `for (const d of JSON.parse(process.argv[1])) require('node:fs').rmSync(d, { recursive: true, force: true });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script, JSON.stringify(dirs)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('spawn', () => {
      try {
        setPriority(child.pid!, 19);
      } catch {
        // Not allowed here: it deletes at the normal priority.
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(stderr.trim() || `exit ${code}`))));
  });
}
