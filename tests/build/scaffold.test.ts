/**
 * `npm run new` without a terminal: each kind is scaffolded from flags into a copy of the
 * corpus, the result passes the corpus check at once and builds, and nothing is ever
 * overwritten or written when an answer is wrong.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/corpus/validate.ts';
import { formatProblem } from '../../src/lib/corpus/problem.ts';
import { astroBuild, projectRoot } from '../helpers/astro-build.ts';
import { copyCorpus } from '../helpers/corpus.ts';

function npmRunNew(args: string[], env: Record<string, string> = {}) {
  // stdin is not a terminal here, as in CI: the command must not wait for answers.
  const r = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/new.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, ...env },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** One valid invocation per kind, and the file it must write. */
const kinds = {
  organization: {
    file: 'organizations/soma-test-works.yaml',
    args: [
      '--slug',
      'soma-test-works',
      '--name',
      '相馬テスト工業株式会社',
      '--kind',
      'company',
      '--summary',
      '相馬市の工業団地にある検証用の製造業者です。',
      '--city',
      'soma',
    ],
  },
  city: {
    file: 'cities/sapporo.mdx',
    args: [
      '--slug',
      'sapporo',
      '--name',
      '札幌市',
      '--reading',
      'さっぽろし',
      '--name-en',
      'Sapporo City',
      '--prefecture',
      '北海道',
      '--code',
      '011002',
      '--summary',
      '北海道の道庁所在地です。',
    ],
  },
  declaration: {
    file: 'declarations/test-declaration.mdx',
    args: [
      '--slug',
      'test-declaration',
      '--name',
      '検証用の宣言',
      '--sponsor',
      'soma-test-works',
      '--purpose',
      '足場を確かめるための宣言です。',
    ],
  },
  agreement: {
    file: 'agreements/soma-test-agreement.mdx',
    args: [
      '--slug',
      'soma-test-agreement',
      '--title',
      '相馬市と相馬テスト工業の連携協定',
      '--kind',
      '連携協定',
      '--summary',
      '検証用の協定です。',
      '--party',
      'soma-city,soma-test-works',
      '--signed',
      '2026-07-01',
      '--method',
      'in-person',
      '--city',
      'soma',
      '--scope',
      '人材育成',
      '--scope',
      '働き方改革',
    ],
  },
  release: {
    file: 'releases/2026/soma-test-release.md',
    args: [
      '--slug',
      'soma-test-release',
      '--title',
      '相馬市と相馬テスト工業が連携協定を締結',
      '--lead',
      '検証用のリード文です。',
      '--published',
      '2026-07-01T10:00:00+09:00',
      '--publisher',
      'soma-city',
      '--publisher',
      'soma-test-works',
      '--city',
      'soma',
      '--department',
      '秘書課',
      '--phone',
      '0000-00-0000',
      '--no-draft',
    ],
  },
} as const;

describe('npm run new with flags', () => {
  // In order: later kinds refer to the organization and city created before them.
  const dir = copyCorpus();

  it.each(Object.entries(kinds))(
    '%s: writes the file, which passes the corpus check at once',
    (kind, { file, args }) => {
      const r = npmRunNew([kind, '--content-dir', dir, ...args]);
      expect(r.status, r.output).toBe(0);
      expect(r.output).toContain(`${path.join(dir, file)} を作りました`);
      const { problems } = checkCorpus(dir);
      expect(problems.map(formatProblem)).toEqual([]);
    },
  );

  it.each(Object.entries(kinds))(
    '%s: run again, refuses to overwrite and leaves the file as it was',
    (kind, { file, args }) => {
      const before = readFileSync(path.join(dir, file), 'utf8');
      const r = npmRunNew([kind, '--content-dir', dir, ...args]);
      expect(r.status).not.toBe(0);
      expect(r.output).toContain('既にあります。上書きはしません');
      expect(readFileSync(path.join(dir, file), 'utf8')).toBe(before);
    },
  );

  it('a release is a draft unless --no-draft is given', () => {
    const r = npmRunNew([
      'release',
      '--content-dir',
      dir,
      ...kinds.release.args
        .filter((a) => a !== '--no-draft')
        .map((a) => (a === 'soma-test-release' ? 'soma-draft-release' : a)),
    ]);
    expect(r.status, r.output).toBe(0);
    expect(readFileSync(path.join(dir, 'releases/2026/soma-draft-release.md'), 'utf8')).toMatch(
      /^draft: true/m,
    );
    expect(readFileSync(path.join(dir, kinds.release.file), 'utf8')).not.toMatch(/^draft:/m);
  });

  it('refuses an id that exists under another extension (.md beside .mdx)', () => {
    // A release that needed a component is .mdx; `new` writes .md, which would give a second
    // file with the same id.
    copyFileSync(
      path.join(dir, 'releases/2026/soma-three-declarations.md'),
      path.join(dir, 'releases/2026/with-component.mdx'),
    );
    const r = npmRunNew([
      'release',
      '--content-dir',
      dir,
      ...kinds.release.args.map((a) => (a === 'soma-test-release' ? 'with-component' : a)),
    ]);
    rmSync(path.join(dir, 'releases/2026/with-component.mdx'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('既に使われています（拡張子の違うファイル）');
  });

  it('the scaffolded corpus builds, with a page for each new entry', () => {
    const build = astroBuild({ contentDir: dir, env: { BUILD_TIME: '2026-11-01T00:00:00+09:00' } });
    expect(build.status, build.output.slice(-2000)).toBe(0);
    for (const page of [
      'organizations/soma-test-works',
      'cities/sapporo',
      'declarations/test-declaration',
      'agreements/soma-test-agreement',
      'releases/2026/soma-test-release',
    ])
      expect(existsSync(path.join(build.outDir, page, 'index.html')), page).toBe(true);
    // The draft is not published.
    expect(existsSync(path.join(build.outDir, 'releases/2026/soma-draft-release'))).toBe(false);
  });
});

describe('npm run new with a wrong or missing answer', () => {
  it('names the flag and the fix, and writes nothing', () => {
    const dir = copyCorpus();
    const args = [...kinds.city.args].map((a) => (a === '011002' ? '011003' : a));
    const r = npmRunNew(['city', '--content-dir', dir, ...args]);
    expect(r.status).toBe(1);
    expect(r.output).toContain('--code 011003: 全国地方公共団体コードの検査数字');
    expect(existsSync(path.join(dir, kinds.city.file))).toBe(false);
  });

  it('rejects an unknown reference with the check’s message', () => {
    const dir = copyCorpus();
    const r = npmRunNew(['declaration', '--content-dir', dir, ...kinds.declaration.args]);
    expect(r.status).toBe(1);
    expect(r.output).toContain('--sponsor soma-test-works: organizations に "soma-test-works" がありません');
  });

  it('lists the missing flags instead of waiting for input', () => {
    const r = npmRunNew(['release', '--content-dir', copyCorpus(), '--title', '題']);
    expect(r.status).toBe(2);
    expect(r.output).toMatch(
      /足りない項目があります: --slug.*--lead.*--published.*--publisher.*--department/,
    );
  });

  it('refuses a release without any press contact channel, writing nothing', () => {
    const dir = copyCorpus();
    // Without --phone (and the publisher created earlier in the other corpus).
    const drop = new Set(['--phone', '0000-00-0000', 'soma-test-works']);
    const args = kinds.release.args.filter(
      (a, k, all) => !drop.has(a) && !(a === '--publisher' && drop.has(all[k + 1]!)),
    );
    const r = npmRunNew(['release', '--content-dir', dir, ...args]);
    expect(r.status).toBe(1);
    expect(r.output).toContain('contacts.0: 問い合わせ先には email か phone の少なくとも一方が必要です');
    expect(existsSync(path.join(dir, kinds.release.file))).toBe(false);
  });

  it('takes the content folder from PRESSROOM_CONTENT_DIR too, and never writes into content/ in tests', () => {
    const dir = copyCorpus();
    const r = npmRunNew(['organization', ...kinds.organization.args], { PRESSROOM_CONTENT_DIR: dir });
    expect(r.status, r.output).toBe(0);
    expect(existsSync(path.join(dir, kinds.organization.file))).toBe(true);
    expect(existsSync(path.join(projectRoot, 'content', kinds.organization.file))).toBe(false);
  });

  it('explains the kinds and flags with --help', () => {
    const r = npmRunNew(['--help']);
    expect(r.status).toBe(0);
    for (const kind of Object.keys(kinds)) expect(r.output).toContain(`  ${kind}（`);
  });
});
