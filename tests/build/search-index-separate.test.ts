/**
 * `npm run build` makes the search index in its own process after `astro build` has exited
 * (scripts/search-index.ts), so that Astro's and Pagefind's memory do not add up. That index must
 * be the one a plain `astro build` makes inside the build: the same files, byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_BUILD_TIME } from './global-setup.ts';
import { astroBuild, projectRoot, type BuildResult } from '../helpers/astro-build.ts';
import { cutSpool } from '../../src/lib/search-cut.ts';
import { loadRecords, recordsFile, saveRecords } from '../../src/lib/search-index.ts';

const indexFiles = (dist: string) =>
  globSync('pagefind/**/*', { cwd: dist, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dist, path.join(d.parentPath, d.name)))
    .sort();

/** Runs scripts/search-index.ts over `outDir` with the records `cacheDir` holds. */
function searchIndex(outDir: string, cacheDir: string, env: Record<string, string> = {}) {
  const index = spawnSync(process.execPath, ['scripts/search-index.ts', outDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    // The records (and the instant they were computed at) come from the build, through its
    // cache folder (astroBuild's scratch folder), not from the environment.
    env: { ...process.env, BUILD_TIME: '', PRESSROOM_CACHE_DIR: cacheDir, ...env },
  });
  expect(index.status, `${index.stdout}\n${index.stderr}`).toBe(0);
  return index.stdout;
}

/**
 * The fragments of a Pagefind bundle, decompressed: the text and metadata of each page, without
 * the spaces the index puts between Japanese words (src/lib/search-segment.ts).
 */
const indexedText = (bundle: string) =>
  globSync('fragment/*.pf_fragment', { cwd: bundle })
    .map((f) =>
      gunzipSync(readFileSync(path.join(bundle, f)))
        .toString('utf8')
        .replaceAll(' ', ''),
    )
    .join('\n');

/** The URLs of the pages a Pagefind bundle holds, from its fragments. */
function indexedUrls(bundle: string): string[] {
  return globSync('fragment/*.pf_fragment', { cwd: bundle })
    .map((f) => gunzipSync(readFileSync(path.join(bundle, f))).toString('utf8'))
    .map((text) => (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url)
    .sort();
}

describe('the search index made after astro build', () => {
  let build: BuildResult;
  let cacheDir: string;
  beforeAll(() => {
    build = astroBuild({ env: { BUILD_TIME: TEST_BUILD_TIME, PRESSROOM_SEARCH_INDEX: 'separate' } });
    cacheDir = path.join(path.dirname(build.outDir), 'cache');
  });

  it('is the index astro build makes itself', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(existsSync(path.join(build.outDir, 'pagefind'))).toBe(false);
    const index = { stdout: searchIndex(build.outDir, cacheDir) };
    expect(index.stdout).toMatch(/検索インデックス: jpn \d+ ページ/);
    // Every entry page's text was cut while Astro rendered it (src/lib/search-cut.ts): all the
    // documents but the events', which have no page of their own.
    const records = loadRecords(recordsFile(cacheDir));
    const pages = records.filter((r) => r.kind !== 'events').length;
    expect(pages).toBeGreaterThan(20);
    expect(index.stdout).toContain(`jpn ${records.length} ページ（ビルド中に分かち書き済み ${pages} ページ`);
    // The spool keeps one cut per entry page for the next build, and nothing else.
    expect(readdirSync(cutSpool(cacheDir))).toHaveLength(pages);

    const inside = inject('distDir');
    const files = indexFiles(build.outDir);
    expect(files.some((f) => f.endsWith('.pf_meta'))).toBe(true);
    expect(files).toEqual(indexFiles(inside));
    for (const f of files)
      expect(readFileSync(path.join(build.outDir, f)).equals(readFileSync(path.join(inside, f))), f).toBe(
        true,
      );
  });

  it('in parts by year: older releases in an archive part, a part reused while its pages are unchanged', () => {
    // A copy, so the shared build above stays as it was. One release per part: the real
    // releases are of 2020 and 2026.
    const dist = path.join(mkdtempSync(path.join(tmpdir(), 'pressroom-parts-')), 'dist');
    cpSync(build.outDir, dist, { recursive: true });
    const parts = { PRESSROOM_SEARCH_PART_RELEASES: '1' };
    const recentRelease = '/releases/2026/soma-three-declarations/';
    const oldRelease = '/releases/2020/kamaishi-jmam-workation-agreement/';

    const first = searchIndex(dist, cacheDir, parts);
    expect(first).toMatch(
      /部分: \/pagefind\/ 2026〜2026年 \d+件、\/pagefind-archive-1\/ 2020〜2020年 \d+件$/m,
    );
    // The two parts were indexed side by side, in two lanes, with the pages' text the build cut
    // ahead; one lane, cutting every page itself (a cache folder with the records alone), makes
    // the same files.
    const alone = path.join(mkdtempSync(path.join(tmpdir(), 'pressroom-lane-')), 'dist');
    cpSync(dist, alone, { recursive: true });
    const bare = mkdtempSync(path.join(tmpdir(), 'pressroom-bare-cache-'));
    saveRecords(recordsFile(bare), loadRecords(recordsFile(cacheDir)));
    expect(searchIndex(alone, bare, { ...parts, PRESSROOM_SEARCH_LANES: '1' })).toMatch(
      /ビルド中に分かち書き済み 0 ページ/,
    );
    expect(indexFiles(alone)).toEqual(indexFiles(dist));
    for (const f of indexFiles(dist))
      expect(readFileSync(path.join(alone, f)).equals(readFileSync(path.join(dist, f))), f).toBe(true);
    const recent = indexedUrls(path.join(dist, 'pagefind'));
    const archive = indexedUrls(path.join(dist, 'pagefind-archive-1'));
    expect(recent).toContain(recentRelease);
    expect(recent).not.toContain(oldRelease);
    expect(recent).toContain('/cities/soma/');
    expect(archive).toContain(oldRelease);
    // The old release's events, if any, are with it; nothing else is.
    expect(archive.every((u) => u.startsWith(oldRelease))).toBe(true);

    // Nothing changed: both parts come from the cache, the same files.
    const before = indexFiles(dist);
    expect(searchIndex(dist, cacheDir, parts)).toMatch(
      /2026〜2026年 \d+件（前回のまま）、.*2020〜2020年 \d+件（前回のまま）/,
    );
    expect(indexFiles(dist)).toEqual(before);

    // An edit to the recent release's page: its part is indexed again, the archive is reused.
    const page = path.join(dist, recentRelease, 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<p>追記のテストです。</p></main>'));
    const third = searchIndex(dist, cacheDir, parts);
    expect(third).toMatch(/\/pagefind\/ 2026〜2026年 \d+件、/);
    expect(third).toMatch(/\/pagefind-archive-1\/ 2020〜2020年 \d+件（前回のまま）/);
    const fragments = globSync('pagefind/fragment/*.pf_fragment', { cwd: dist }).map((f) =>
      gunzipSync(readFileSync(path.join(dist, f))).toString('utf8'),
    );
    expect(fragments.some((f) => f.includes(recentRelease) && f.includes('追記'))).toBe(true);

    // An edit to the archive release's page: its part is indexed again, the recent one reused.
    const oldPage = path.join(dist, oldRelease, 'index.html');
    writeFileSync(
      oldPage,
      readFileSync(oldPage, 'utf8').replace('</main>', '<p>古い発表への追記です。</p></main>'),
    );
    const fourth = searchIndex(dist, cacheDir, parts);
    expect(fourth).toMatch(/\/pagefind\/ 2026〜2026年 \d+件（前回のまま）/);
    expect(fourth).toMatch(/\/pagefind-archive-1\/ 2020〜2020年 \d+件$/m);
    expect(indexedText(path.join(dist, 'pagefind-archive-1'))).toContain('古い発表への追記です');

    // A change to a record alone, its page unchanged (what the corpus says of the entry: here a
    // term a reader may type): the part is indexed again, not reused by its pages' bytes.
    const file = recordsFile(cacheDir);
    const records = loadRecords(file);
    const old = records.find((r) => r.url === oldRelease)!;
    old.terms = [...old.terms, '記録だけの変更語'];
    saveRecords(file, records);
    const fifth = searchIndex(dist, cacheDir, parts);
    expect(fifth).toMatch(/\/pagefind\/ 2026〜2026年 \d+件（前回のまま）/);
    expect(fifth).toMatch(/\/pagefind-archive-1\/ 2020〜2020年 \d+件$/m);
    expect(indexedText(path.join(dist, 'pagefind-archive-1'))).toContain('記録だけの変更語');

    // One part again: the archive folder of the earlier build is not left to be served.
    expect(searchIndex(dist, cacheDir)).not.toMatch(/pagefind-archive/);
    expect(existsSync(path.join(dist, 'pagefind-archive-1'))).toBe(false);
  });
});
