/**
 * `npm run check` on inputs the schemas cannot see: MDX that does not compile, imports of files
 * that do not exist, files that are not UTF-8; and that each message gives the advice for the
 * mistake actually made. Each problem names its file (and line, where it has one).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/corpus/problem.ts';
import { checkCorpus } from '../../src/lib/corpus/validate.ts';
import { copyCorpus } from '../helpers/corpus.ts';
import { testRelease } from '../helpers/test-release.ts';

const release = testRelease;

function problemsOf(files: Record<string, string>) {
  const dir = copyCorpus(files);
  return checkCorpus(dir).problems.map(formatProblem);
}

describe('npm run check compiles MDX bodies with the compiler Astro uses', () => {
  it('reports a syntax error as file:line in Japanese, pointing into the file', () => {
    // The closing --- is line 11, so the body starts on line 12 and <Box> (its 4th line) is line 15.
    const lines = problemsOf({
      'releases/2026/broken-tag.mdx': release('', '\n本文です。\n\n<Box>\n\n閉じていません。\n'),
    }).filter((l) => l.includes('broken-tag.mdx'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/releases\/2026\/broken-tag\.mdx:15: MDXとして読めません/);
    expect(lines[0]).not.toMatch(/\n|at .*\(/); // one line, no stack trace
  });

  it('reports an unbalanced expression', () => {
    const lines = problemsOf({ 'releases/2026/brace.mdx': release('', '\n本文 {1 + } です。\n') });
    expect(lines.some((l) => /brace\.mdx:13: MDXとして読めません/.test(l))).toBe(true);
  });

  it('reports an import of a component that does not exist, on the line of the import', () => {
    const lines = problemsOf({
      'releases/2026/missing-import.mdx': release(
        '',
        "\nimport Chart from '../../../src/components/NoSuchChart.astro';\n\n本文です。\n\n<Chart />\n",
      ),
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /missing-import\.mdx:13: 読み込むファイル "\.\.\/\.\.\/\.\.\/src\/components\/NoSuchChart\.astro" が見つかりません/,
      ),
    );
  });

  it('accepts an import that resolves, and plain Markdown that MDX would reject', () => {
    const dir = copyCorpus({
      'releases/2026/good-import.mdx': release('', "\nimport Box from './box.mjs';\n\n<Box />\n"),
      'releases/2026/box.mjs': 'export default () => null;\n',
      // A .md body is Markdown, not MDX: a bare < is text there.
      'releases/2026/plain.md': release('', '\n3 < 5 です。<Box>\n'),
    });
    expect(checkCorpus(dir).problems.map(formatProblem)).toEqual([]);
  });
});

describe('npm run check rejects bytes and addresses the build would publish wrongly', () => {
  it('rejects a file that is not UTF-8, naming the line where it stops being UTF-8', () => {
    const dir = copyCorpus({});
    const text = release('', '\n一行目です。\n二行目に Shift_JIS: ');
    const sjis = Buffer.from([0x93, 0xfa, 0x96, 0x7b]); // 日本 in Shift_JIS
    writeFileSync(path.join(dir, 'releases/2026/sjis.md'), Buffer.concat([Buffer.from(text), sjis]));
    const lines = checkCorpus(dir).problems.map(formatProblem);
    expect(lines).toContainEqual(expect.stringMatching(/releases\/2026\/sjis\.md:14: UTF-8 で保存されていません/));
  });

  it('tells the editor how to write a URL with a space or Japanese characters', () => {
    const lines = problemsOf({
      'releases/2026/space.md': release(
        'kind: digest\nsource:\n  publisher: work-life-balance\n  url: https://example.jp/a b.html\n',
        '\n本文です。\n',
      ).replace('kind: original\n', ''),
      'releases/2026/japanese.md': release(
        'source:\n  publisher: work-life-balance\n  url: https://example.jp/ニュース/\n',
        '\n本文です。\n',
      ),
    });
    expect(lines).toContainEqual(expect.stringMatching(/space\.md: source\.url: URLに空白が含まれています/));
    expect(lines).toContainEqual(
      expect.stringMatching(
        /japanese\.md: source\.url: URLに「ニ」が含まれています。パーセントエンコードした形（https:\/\/example\.jp\/%E3%83%8B/,
      ),
    );
  });

  it('rejects a release filed in a year folder other than its year of publication in Japan', () => {
    const lines = problemsOf({
      // 2025-12-31T20:00 in UTC is already 2026-01-01 in Japan: the folder is right.
      'releases/2026/new-year.md': release('', '\n本文です。\n').replace(
        'published: 2026-06-16',
        'published: 2025-12-31T20:00:00Z',
      ),
      'releases/2025/wrong-folder.md': release('', '\n本文です。\n'),
    });
    expect(lines.filter((l) => l.includes('new-year'))).toEqual([]);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /releases\/2025\/wrong-folder\.md: published: 公開日（2026年）とフォルダー（releases\/2025\/）が合いません。ファイルを releases\/2026\/ に移す/,
      ),
    );
  });
});

describe('each date message gives the advice for the mistake made', () => {
  const lines = problemsOf({
    'releases/2026/no-offset-event.md': release(
      'events:\n  - title: 講演会\n    start: 2026-06-24T14:00:00\n',
      '\n本文です。\n',
    ),
    'releases/2026/impossible-day.md': release('', '\n本文です。\n').replace(
      'published: 2026-06-16',
      'published: 2026-02-30T10:00:00+09:00',
    ),
    'releases/2026/impossible-day-only.md': release('', '\n本文です。\n').replace(
      'published: 2026-06-16',
      'published: 2026-02-30',
    ),
    'releases/2026/embargo-day.md': release('embargo: 2026-06-20\n', '\n本文です。\n'),
  });
  const of = (file: string) => lines.filter((l) => l.includes(file));

  it('an event time without an offset is told to add the offset, not to write a day', () => {
    expect(of('no-offset-event')).toEqual([
      expect.stringMatching(/events\.0\.start: 時差（\+09:00）がありません。2026-06-24T14:00:00\+09:00 のように/),
    ]);
  });

  it('an impossible day is called impossible, whether or not it carries an offset', () => {
    expect(of('impossible-day.md')).toEqual([expect.stringMatching(/published: 2026-02-30 は存在しない日付です/)]);
    expect(of('impossible-day-only')).toEqual([
      expect.stringMatching(/published: 2026-02-30 は存在しない日付です/),
    ]);
  });

  it('an embargo, which is an instant, asks for the time as well as the day', () => {
    expect(of('embargo-day')).toEqual([
      expect.stringMatching(/embargo: 時刻と時差も書いてください（例: 2026-06-20T10:00:00\+09:00）/),
    ]);
  });
});
