import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild } from '../helpers/astro-build.ts';

/** The build instant of the test site, so the publishing gate gives the same answer every run. */
export const TEST_BUILD_TIME = '2026-11-01T00:00:00+09:00';

export default function setup(project: TestProject) {
  const build = astroBuild({ env: { BUILD_TIME: TEST_BUILD_TIME } });
  if (build.status !== 0)
    throw new Error(`astro build failed (exit ${build.status}):\n${build.output.slice(-4000)}`);
  project.provide('distDir', build.outDir);
  // Where sharedBuild() records the variants built in this run (see helpers/astro-build.ts).
  // Inside the run's temp folder (tests/scratch-setup.ts), removed with it.
  project.provide('runDir', mkdtempSync(path.join(tmpdir(), 'pressroom-run-')));
}

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    runDir: string;
  }
}
