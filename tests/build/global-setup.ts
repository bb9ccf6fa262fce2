import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild } from '../helpers/astro-build.ts';

/** The build instant of the test site, so the publishing gate gives the same answer every run. */
export const TEST_BUILD_TIME = '2026-11-01T00:00:00+09:00';

/**
 * The build and the run's folder, made by the first project that asks and given to the others:
 * Vitest runs every project's global setup in its main process, one after the other, and each
 * project imports this module anew, so the memo lives on globalThis.
 */
type Shared = { distDir: string; runDir: string };
const memo = Symbol.for('pressroom.test-site');
const shared = globalThis as typeof globalThis & { [memo]?: Shared };

export default function setup(project: TestProject) {
  shared[memo] ??= buildSite();
  project.provide('distDir', shared[memo].distDir);
  project.provide('runDir', shared[memo].runDir);
  // Forgotten when the run ends (its files go with the run's folder), for a watch-mode rerun.
  return () => {
    delete shared[memo];
  };
}

function buildSite(): Shared {
  const build = astroBuild({ env: { BUILD_TIME: TEST_BUILD_TIME } });
  if (build.status !== 0)
    throw new Error(`astro build failed (exit ${build.status}):\n${build.output.slice(-4000)}`);
  return {
    distDir: build.outDir,
    // Where sharedBuild() records the variants built in this run (see helpers/astro-build.ts).
    // Inside the run's temp folder (tests/scratch-setup.ts), removed with it.
    runDir: mkdtempSync(path.join(tmpdir(), 'pressroom-run-')),
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    runDir: string;
  }
}
