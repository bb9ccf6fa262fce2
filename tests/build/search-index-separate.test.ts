/**
 * `npm run build` makes the search index in its own process after `astro build` has exited
 * (scripts/search-index.ts), so that Astro's and Pagefind's memory do not add up. That index must
 * be the one a plain `astro build` makes inside the build: the same files, byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { TEST_BUILD_TIME } from './global-setup.ts';
import { astroBuild, projectRoot } from '../helpers/astro-build.ts';

const indexFiles = (dist: string) =>
  globSync('pagefind/**/*', { cwd: dist, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dist, path.join(d.parentPath, d.name)))
    .sort();

describe('the search index made after astro build', () => {
  it('is the index astro build makes itself', () => {
    const build = astroBuild({ env: { BUILD_TIME: TEST_BUILD_TIME, PRESSROOM_SEARCH_INDEX: 'separate' } });
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(existsSync(path.join(build.outDir, 'pagefind'))).toBe(false);

    const index = spawnSync(process.execPath, ['scripts/search-index.ts', build.outDir], {
      cwd: projectRoot,
      encoding: 'utf8',
      // The records (and the instant they were computed at) come from the build, through its
      // cache folder (astroBuild's scratch folder), not from the environment.
      env: {
        ...process.env,
        BUILD_TIME: '',
        PRESSROOM_CACHE_DIR: path.join(path.dirname(build.outDir), 'cache'),
      },
    });
    expect(index.status, `${index.stdout}\n${index.stderr}`).toBe(0);
    expect(index.stdout).toMatch(/検索インデックス: jpn \d+ ページ/);

    const inside = inject('distDir');
    const files = indexFiles(build.outDir);
    expect(files.some((f) => f.endsWith('.pf_meta'))).toBe(true);
    expect(files).toEqual(indexFiles(inside));
    for (const f of files)
      expect(readFileSync(path.join(build.outDir, f)).equals(readFileSync(path.join(inside, f))), f).toBe(
        true,
      );
  });
});
