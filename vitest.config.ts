import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { HeavyFirst } from './tests/heavy-first.ts';

export default defineConfig({
  test: {
    // At least two workers even on a two-core machine: while one test file waits on an
    // `astro build` (a child process), another drives Chromium over an existing dist/.
    maxWorkers: Math.max(2, availableParallelism()),
    // The longest files start first (tests/heavy-first.ts).
    sequence: { sequencer: HeavyFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Scratch files in one folder of the run, removed at its end.
          globalSetup: ['tests/scratch-setup.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // One real `astro build` of the site, shared by every build and browser test.
          globalSetup: ['tests/scratch-setup.ts', 'tests/build/global-setup.ts'],
          // Test files run in parallel, and so do their own `astro build`s: each worker builds in
          // a copy of the project of its own (tests/helpers/astro-build.ts).
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
