/**
 * One temporary folder per test run, removed when the run ends. Test files and the builds they
 * start write their scratch files (content copies, built sites, caches, nginx and Chromium
 * profiles) through `os.tmpdir()`, which reads TMPDIR: set here, before Vitest starts its
 * workers, it sends all of them into this folder. Without it a run left about half a gigabyte
 * in the system's temp folder. `PRESSROOM_KEEP_TEST_FILES=1` keeps the folder (to look at a
 * failed build) and prints where it is.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Every project of the run lists this setup, and Vitest runs each project's in its main process
// (importing this module anew for each): the first makes the folder, the others find it here.
// One folder, not one inside the other: Chromium's socket path must stay under 108 bytes.
const made = Symbol.for('pressroom.test-scratch');
const run = globalThis as typeof globalThis & { [made]?: string };

export default function setup() {
  if (run[made]) return;
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(path.join(tmpdir(), 'pressroom-test-'));
  process.env.TMPDIR = dir;
  run[made] = dir;
  return () => {
    delete run[made];
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (process.env.PRESSROOM_KEEP_TEST_FILES) console.log(`The test run's files are kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };
}
