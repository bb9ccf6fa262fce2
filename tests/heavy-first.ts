/**
 * The order Vitest starts test files in: the longest site files first, then Vitest's own order.
 *
 * Why: the suite is CPU-bound on two workers, so it ends soonest when no long file starts last.
 * Vitest orders by the durations of the previous run, which a fresh clone (CI) does not have:
 * it then starts the larger files first, and the two longest (Chromium over every page type,
 * Lighthouse) are short files that started last, with the other worker idle at the end.
 * `e2e/search-archive` shares the 1,000-release build with `budgets-at-scale`, so it is not
 * listed: started together, one would wait on the other's build.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Longest first, from the per-file durations of full runs (about 50–90 s each). */
const heavy = [
  'tests/e2e/pages.test.ts',
  'tests/build/budgets-at-scale.test.ts',
  'tests/build/incremental.test.ts',
  'tests/e2e/english.test.ts',
  'tests/e2e/share.test.ts',
];

export class HeavyFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const i = heavy.findIndex((file) => spec.moduleId.endsWith(file));
      return i < 0 ? heavy.length : i;
    };
    // Array.prototype.sort is stable: the files not listed keep Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
