/**
 * The incremental build (`experimental.incrementalBuild`, keys in src/lib/cache-keys.ts) restores
 * pages from the previous build's cache; a wrong key would leave a stale page on the site. This
 * edits the corpus between builds that share Astro's cache and compares every output file with a
 * build of the same content made from scratch: after a body edit most pages must be restored and
 * the edited page re-rendered; after renaming a release and an organization, every page that
 * shows either name must show the new one, which is what a fresh build shows.
 */
import { existsSync, globSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { copyCorpus } from '../helpers/corpus.ts';

const BUILD_TIME = '2026-11-01T00:00:00+09:00';
const release = 'releases/2026/soma-three-declarations.md';
const releasePage = 'releases/2026/soma-three-declarations/index.html';
const organization = 'organizations/work-life-balance.yaml';
const oldTitle = 'title: 相馬市がワーク・ライフバランスの3宣言に賛同　働き方改革で「選ばれる地域」を目指す';
// Test-only names, never published: they only have to be unique in the built site.
const newTitle = '増分ビルド検証用の改題タイトル';
const oldName = 'name: 株式会社ワーク・ライフバランス';
const newName = '増分ビルド検証用の改名組織';
const bodyMarker = '増分ビルド検証用に追記した一文です。';

/** Every output file but the search index (Pagefind's file names carry hashes), as text. */
function outputs(dir: string): Map<string, string> {
  return new Map(
    globSync('**/*', { cwd: dir, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
      .filter((rel) => !rel.startsWith('pagefind/'))
      .sort()
      .map((rel) => [rel, readFileSync(path.join(dir, rel), 'utf8')]),
  );
}

const restoredPages = (b: BuildResult) => (b.output.match(/\((?:restored|cached)\)/g) ?? []).length;

function edit(contentDir: string, rel: string, from: string, to: string) {
  const file = path.join(contentDir, rel);
  const text = readFileSync(file, 'utf8');
  expect(text, `${rel} no longer contains ${from}`).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

function expectSameAsFresh(incremental: BuildResult, contentDir: string) {
  const fresh = astroBuild({ contentDir, env: { BUILD_TIME } });
  expect(fresh.status, fresh.output.slice(-2000)).toBe(0);
  const want = outputs(fresh.outDir);
  const got = outputs(incremental.outDir);
  expect([...got.keys()]).toEqual([...want.keys()]);
  const stale = [...want].filter(([rel, text]) => got.get(rel) !== text).map(([rel]) => rel);
  expect(stale, 'files that differ from a fresh build').toEqual([]);
  return want;
}

describe('incremental rebuild', () => {
  let contentDir: string;
  let env: Record<string, string>;
  let first: BuildResult;

  beforeAll(() => {
    contentDir = copyCorpus();
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'pressroom-incremental-')), 'cache');
    env = { BUILD_TIME, PRESSROOM_CACHE_DIR: cache };
    first = astroBuild({ contentDir, env });
    expect(first.status, first.output.slice(-2000)).toBe(0);
    expect(restoredPages(first)).toBe(0);
  });

  it('re-renders only the page of a release whose body changed', () => {
    const file = path.join(contentDir, release);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${bodyMarker}\n`);
    const rebuilt = astroBuild({ contentDir, env });
    expect(rebuilt.status, rebuilt.output.slice(-2000)).toBe(0);
    const pages = globSync('**/index.html', { cwd: rebuilt.outDir }).length;
    // Every page but the release itself, the event list (it shows the build instant) and the
    // pages that are not keyed (home, search, static pages) comes from the cache.
    expect(restoredPages(rebuilt)).toBeGreaterThan(pages * 0.7);
    expect(readFileSync(path.join(rebuilt.outDir, releasePage), 'utf8')).toContain(bodyMarker);
    expectSameAsFresh(rebuilt, contentDir);
  });

  it('shows a new release title and a new organization name on every page that shows them', () => {
    edit(contentDir, release, oldTitle, `title: ${newTitle}`);
    edit(contentDir, organization, oldName, `name: ${newName}`);
    const rebuilt = astroBuild({ contentDir, env });
    expect(rebuilt.status, rebuilt.output.slice(-2000)).toBe(0);
    const files = expectSameAsFresh(rebuilt, contentDir);

    // Headings carry BudouX's <wbr> phrase breaks (src/middleware.ts); a reader sees the text without them.
    const showing = (needle: string) =>
      [...files].filter(([, t]) => t.replaceAll('<wbr>', '').includes(needle)).map(([r]) => r);
    // The pages a reader would look at: the lists that show the title and the pages that name
    // the organization (fresh build and incremental build are equal, so this is both).
    expect(showing(newTitle)).toEqual(
      expect.arrayContaining([
        'index.html',
        'releases/index.html',
        releasePage,
        'cities/soma/index.html',
        'topics/work-style-reform/index.html',
        'organizations/work-life-balance/index.html',
        'feeds/releases.xml',
      ]),
    );
    expect(showing(newName)).toEqual(
      expect.arrayContaining([
        releasePage,
        'organizations/index.html',
        'organizations/work-life-balance/index.html',
        'declarations/work-style-reform-acceleration/index.html',
      ]),
    );
    expect(showing(oldTitle.replace('title: ', ''))).toEqual([]);
  });

  it('npm run build keeps its finished output in place, and prunes what the new build withdrew', () => {
    // Its own corpus and folders: the site and the index, as `npm run build` makes them.
    const corpus = copyCorpus();
    const work = mkdtempSync(path.join(tmpdir(), 'pressroom-kept-'));
    const outDir = path.join(work, 'dist');
    const npmEnv = { BUILD_TIME, PRESSROOM_CACHE_DIR: path.join(work, 'cache') };
    const once = astroBuild({ contentDir: corpus, outDir, env: npmEnv, npmBuild: true });
    expect(once.status, once.output.slice(-2000)).toBe(0);
    // Marked as finished in the cache folder, not in the published folder.
    expect(existsSync(path.join(work, 'cache', 'pressroom-finished-output.json'))).toBe(true);
    expect(globSync('.*', { cwd: outDir })).toEqual([]);
    const unchanged = path.join(outDir, 'about/index.html');
    const inode = statSync(unchanged).ino;
    const englishPage = path.join(outDir, 'en/releases/2026/soma-three-declarations/index.html');
    expect(existsSync(englishPage)).toBe(true);

    // A body edit, and an English summary withdrawn: its page must go.
    const file = path.join(corpus, release);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${bodyMarker}\n`);
    rmSync(path.join(corpus, 'en/releases/2026/soma-three-declarations.md'));
    const again = astroBuild({ contentDir: corpus, outDir, env: npmEnv, npmBuild: true });
    expect(again.status, again.output.slice(-2000)).toBe(0);
    // An unchanged page was kept where it was, not written or copied again.
    expect(statSync(unchanged).ino).toBe(inode);
    expect(existsSync(englishPage)).toBe(false);
    expect(readFileSync(path.join(outDir, releasePage), 'utf8')).toContain(bodyMarker);
    expectSameAsFresh(again, corpus);
  });

  it('drops the English link from a Japanese page whose English summary was removed', () => {
    // Every page's layout links its counterpart in the other edition (hreflang, switcher).
    const before = readFileSync(path.join(first.outDir, releasePage), 'utf8');
    expect(before).toContain('rel="alternate" hreflang="en"');
    rmSync(path.join(contentDir, 'en/releases/2026/soma-three-declarations.md'));
    const rebuilt = astroBuild({ contentDir, env });
    expect(rebuilt.status, rebuilt.output.slice(-2000)).toBe(0);
    expect(readFileSync(path.join(rebuilt.outDir, releasePage), 'utf8')).not.toContain(
      'rel="alternate" hreflang="en"',
    );
    expectSameAsFresh(rebuilt, contentDir);
  });
});
