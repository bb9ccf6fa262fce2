import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { HeavyFirst } from './tests/heavy-first.ts';

/** Lighthouse scores a page by the time its main thread takes: it runs on a quiet machine. */
const lighthouse = 'tests/e2e/search-lighthouse.test.ts';

/** Projects over the real site: one `astro build`, shared by every build and browser test. */
const overTheSite = {
  globalSetup: ['tests/scratch-setup.ts', 'tests/build/global-setup.ts'],
  testTimeout: 300_000,
  hookTimeout: 600_000,
};

export default defineConfig({
  test: {
    // The longest files start first (tests/heavy-first.ts).
    sequence: { sequencer: HeavyFirst },
    projects: [
      {
        test: {
          ...overTheSite,
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          exclude: [lighthouse],
          // Two workers more than cores: a worker spends much of its time waiting on a child
          // process (an `astro build`, Chromium, nginx). The suite is CPU-bound all the same, so
          // this bought little (4 min 13 s against 4 min 22 s with two; bench/RESULTS.md). Test
          // files run in parallel, and so do their own `astro build`s: each worker builds in a
          // copy of the project of its own (tests/helpers/astro-build.ts).
          maxWorkers: availableParallelism() + 2,
          // Concurrent tests (the page checks of one width) three at a time, not Vitest's five:
          // with five of two files at once beside two suites, page loads passed Playwright's 30 s.
          maxConcurrency: 3,
          sequence: { groupOrder: 0 },
        },
      },
      {
        // After the site files, with the unit tests beside it: with four workers busy, the
        // search page's Lighthouse score fell to 0.5–0.8 (the page's main-thread work is what it
        // measures), and the unit tests are light.
        test: {
          ...overTheSite,
          name: 'lighthouse',
          include: [lighthouse],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Scratch files in one folder of the run, removed at its end.
          globalSetup: ['tests/scratch-setup.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
