/** Runs a real `astro build` in a child process, as `npm run build` would. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

type BuildOptions = { contentDir?: string; outDir?: string; env?: Record<string, string> };

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * One `astro build` of this project at a time, across Vitest's worker processes. Every build
 * rewrites the project's own `.astro/` folder (content-modules.mjs lists the MDX files of the
 * corpus being built), so two builds of different corpora at once would mix them up. Test files
 * run in parallel; their builds queue here. A lock left by a process that died is taken over.
 */
const lockDir = path.join(
  tmpdir(),
  `pressroom-astro-build-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 12)}.lock`,
);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function withBuildLock<T>(run: () => T): T {
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

export function astroBuild(options: BuildOptions = {}): BuildResult {
  return withBuildLock(() => build(options));
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
  return withBuildLock(() => {
    if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as BuildResult;
    const result = build(prepare());
    writeFileSync(record, JSON.stringify(result));
    return result;
  });
}

function build(options: BuildOptions): BuildResult {
  const scratch = mkdtempSync(path.join(tmpdir(), 'pressroom-build-'));
  const outDir = options.outDir ?? path.join(scratch, 'dist');
  // process.execPath is the project's pinned Node (npm test runs under it), not the host's.
  const result = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: projectRoot,
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
