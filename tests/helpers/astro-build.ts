/** Runs a real `astro build` in a child process, as `npm run build` would. */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

type BuildOptions = {
  contentDir?: string;
  outDir?: string;
  env?: Record<string, string>;
  /** Run what `npm run build` runs (scripts/build.ts: the site, then the index) instead of `astro build`. */
  npmBuild?: boolean;
};

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Builds run two at a time (one per Vitest worker) in copies of the project. Astro writes the
 * corpus it builds into the `.astro/` folder of its root (content-modules.mjs lists the corpus's
 * MDX files), and there is no setting to move that folder: two builds of different corpora in one
 * root would mix them up. So each worker builds in a root of its own inside the run's temp folder:
 * a copy of the files Astro compiles (`src/`, `public/`, the config) and links to the rest
 * (content, deploy, each package in node_modules …). Astro follows a symlinked `src/` to its real
 * path and then fails to match the modules it compiled, hence copies; they take milliseconds. A
 * worker's root keeps its path for the whole run, so a test's incremental rebuilds find the cache
 * they wrote.
 * The project's own `.astro/` is left to `astro check`, which `npm test` runs at the same time.
 */
const compiled = new Set(['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']);
const skipped = new Set(['.git', '.astro', 'dist', 'test-results', '.cache', '.scratch']);

let mainRoot: string | undefined;

function buildRoot(): string {
  // In a worker, inside the run's folder (the global setup's); in Vitest's main process (the
  // global setup's own build, before any worker starts), a folder of this process.
  const worker = process.env.VITEST_POOL_ID;
  const runDir: string | undefined = worker ? inject('runDir') : undefined;
  const root =
    worker && runDir
      ? path.join(runDir, `root-${worker}`)
      : (mainRoot ??= mkdtempSync(path.join(tmpdir(), 'pressroom-root-')));
  mkdirSync(root, { recursive: true });
  for (const name of readdirSync(projectRoot)) {
    if (skipped.has(name)) continue;
    const source = path.join(projectRoot, name);
    const target = path.join(root, name);
    if (name === 'node_modules') {
      // Linked package by package: Vite writes its dependency cache into node_modules/.vite of
      // the root, which must not be shared by two builds at once.
      mkdirSync(target, { recursive: true });
      for (const dep of readdirSync(source))
        if (!dep.startsWith('.vite') && dep !== '.astro' && dep !== '.cache')
          linkOnce(path.join(source, dep), path.join(target, dep));
    } else if (compiled.has(name)) {
      // A fresh copy each build (the sources may have changed since the last run), with the
      // files' own times, so that Astro's incremental cache sees the same code as unchanged.
      rmSync(target, { recursive: true, force: true });
      cpSync(source, target, { recursive: true, preserveTimestamps: true });
    } else linkOnce(source, target);
  }
  return root;
}

function linkOnce(source: string, target: string) {
  try {
    symlinkSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * A lock across Vitest's worker processes, as a folder: `sharedBuild` takes one per corpus
 * variant so that it is built once. A lock left by a process that died is taken over.
 */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function withLock<T>(lockDir: string, run: () => T): T {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = NaN;
      try {
        holder = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
      } catch {
        // Taken a moment ago and the pid not written yet: wait.
      }
      if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
        // Rename first, so that of several waiters only one clears it.
        const stale = `${lockDir}.stale-${process.pid}`;
        try {
          renameSync(lockDir, stale);
          rmSync(stale, { recursive: true, force: true });
        } catch {
          // Another waiter cleared it.
        }
      } else Atomics.wait(pause, 0, 0, 100);
    }
  }
  try {
    return run();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

const builtHere = new Map<string, BuildResult>();

/**
 * A corpus variant built once per test run and shared by every test file, in any worker, that
 * asks for it by the same `name`: the first caller runs `prepare` (which writes the content
 * copy; it must not build) and the build; later callers get the same result. Use it when two
 * test files need the same non-default corpus or instant.
 */
export function sharedBuild(name: string, prepare: () => BuildOptions): BuildResult {
  // The site project's global setup makes one folder per run; outside it, one per process.
  const runDir: string | undefined = inject('runDir');
  if (!runDir) {
    if (!builtHere.has(name)) builtHere.set(name, astroBuild(prepare()));
    return builtHere.get(name)!;
  }
  const record = path.join(runDir, `${name.replace(/[^\w-]/g, '_')}.json`);
  return withLock(record.replace(/\.json$/, '.lock'), () => {
    if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as BuildResult;
    const result = astroBuild(prepare());
    writeFileSync(record, JSON.stringify(result));
    return result;
  });
}

/** A private build of `options` into a scratch folder, in this worker's root (`buildRoot`). */
export function astroBuild(options: BuildOptions = {}): BuildResult {
  const scratch = mkdtempSync(path.join(tmpdir(), 'pressroom-build-'));
  const outDir = options.outDir ?? path.join(scratch, 'dist');
  // process.execPath is the project's pinned Node (npm test runs under it), not the host's.
  const command = options.npmBuild ? [path.join(buildRoot(), 'scripts/build.ts')] : [astroBin, 'build'];
  const result = spawnSync(process.execPath, command, {
    cwd: buildRoot(),
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PRESSROOM_OUT_DIR: outDir,
      PRESSROOM_CACHE_DIR: path.join(scratch, 'cache'),
      ...(options.contentDir ? { PRESSROOM_CONTENT_DIR: options.contentDir } : {}),
      ...options.env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
