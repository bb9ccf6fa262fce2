/**
 * Every malformed fixture (tests/fixtures/bad/, one mistake each, `# expect: field`) fails
 * `npm run check` and `astro build` with `file: field: message` and nothing that looks like a
 * stack trace. All of them go into one corpus, built once (the content guard stops the build
 * before Astro loads anything); a few kinds that fail in different code paths are also built
 * alone, so a build that only fails because of another file cannot hide one.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, projectRoot } from '../helpers/astro-build.ts';
import { badFixtures, copyCorpus } from '../helpers/corpus.ts';
import { testRelease } from '../helpers/test-release.ts';

const fixtures = badFixtures();

/** A line of a JavaScript stack trace, or an uncaught error's header. */
const stackTrace = /^\s+at .+(:\d+:\d+\)?|\(native\)|\(node:.+\))$|^(\w*Error|node:internal)\b.*$/m;

function npmRunCheck(contentDir: string) {
  const r = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/check-content.ts'), contentDir], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('all malformed fixtures in one corpus', () => {
  const dir = copyCorpus(Object.fromEntries(fixtures.map((f) => [f.rel, f.text])));
  const wanted = fixtures.map((f) => `${path.join(dir, f.rel)}: ${f.expectField}: `);

  it('npm run check exits 1 and prints only `file: field: message` lines and a summary', () => {
    const check = npmRunCheck(dir);
    expect(check.status).toBe(1);
    for (const w of wanted) expect(check.stderr).toContain(w);
    const lines = check.stderr.split('\n').filter((l) => l.trim() !== '');
    const summary = lines.pop();
    expect(summary).toMatch(/^\d+ 件の問題があります/);
    for (const l of lines)
      expect(l).toMatch(new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/\\S+: [^:]+: \\S`));
    expect(check.stdout).toBe('');
  });

  it('astro build exits non-zero naming every file and field, with no stack trace', () => {
    const build = astroBuild({ contentDir: dir });
    expect(build.status).not.toBe(0);
    const missing = wanted.filter((w) => !build.output.includes(w));
    expect(missing).toEqual([]);
    expect(build.output).not.toMatch(stackTrace);
    expect(build.output).toContain('npm run check で再確認できます');
  });
});

describe('malformed fixtures built one at a time', () => {
  const kinds = [
    'releases/2026/broken-yaml.mdx', // YAML parser
    'releases/2026/no-front-matter.mdx', // front-matter split
    'releases/2026/Bad_Name.mdx', // file name
    'releases/2026/soma-three-declarations.mdx', // duplicate id across extensions
    'releases/2026/markup-br-in-title.mdx', // formatting markup in a plain-text field
    'organizations/broken-yaml.yaml', // data collection YAML
  ];

  it.each(kinds)('%s fails the build on its own, naming file and field', (rel) => {
    const fixture = fixtures.find((f) => f.rel === rel);
    expect(fixture, rel).toBeDefined();
    const dir = copyCorpus({ [rel]: fixture!.text });
    const build = astroBuild({ contentDir: dir });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`${path.join(dir, rel)}: ${fixture!.expectField}: `);
    expect(build.output).not.toMatch(stackTrace);
  });

  it('a malformed BUILD_TIME fails the build with a message, not a stack trace', () => {
    const build = astroBuild({ env: { BUILD_TIME: '2026-06-16 10:00' } });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('BUILD_TIME="2026-06-16 10:00" は時差付きのISO 8601ではありません');
    expect(build.output).not.toMatch(stackTrace);
  });
});

describe('the stack-trace detector', () => {
  it('recognises a Node stack trace, and not a content problem line', () => {
    const trace = 'Error: boom\n    at check (/work/src/lib/x.ts:10:5)\n    at node:internal/main:1:1';
    expect(trace).toMatch(stackTrace);
    expect('content/releases/2026/a.mdx: title: 空にはできません').not.toMatch(stackTrace);
  });
});

describe('bodies and bytes the schemas cannot see', () => {
  const front = testRelease('', '');
  const dir = copyCorpus({
    'releases/2026/mdx-syntax.mdx': `${front}\n本文です。\n\n<Box>\n`,
    'releases/2026/missing-component.mdx': `${front}\nimport Chart from './chart.astro';\n\n<Chart />\n`,
  });
  writeFileSync(
    path.join(dir, 'releases/2026/shift-jis.md'),
    Buffer.concat([Buffer.from(`${front}\n`), Buffer.from([0x93, 0xfa, 0x96, 0x7b])]),
  );
  const wanted = [
    `${path.join(dir, 'releases/2026/mdx-syntax.mdx')}:15: MDXとして読めません`,
    `${path.join(dir, 'releases/2026/missing-component.mdx')}:13: 読み込むファイル "./chart.astro" が見つかりません`,
    `${path.join(dir, 'releases/2026/shift-jis.md')}:13: UTF-8 で保存されていません`,
  ];

  it('npm run check lists each as file:line in Japanese, with no stack trace', () => {
    const check = npmRunCheck(dir);
    expect(check.status).toBe(1);
    for (const w of wanted) expect(check.stderr).toContain(w);
    expect(check.stderr).not.toMatch(stackTrace);
  });

  it('astro build stops before Astro’s own MDX compile, with the same lines and no stack trace', () => {
    const build = astroBuild({ contentDir: dir });
    expect(build.status).not.toBe(0);
    for (const w of wanted) expect(build.output).toContain(w);
    expect(build.output).not.toMatch(stackTrace);
    expect(build.output).not.toContain('MDXError');
  });
});
