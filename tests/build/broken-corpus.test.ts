/** A corpus with mistakes must fail both `npm run check` and `astro build`, naming file and field. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, projectRoot } from '../helpers/astro-build.ts';
import { copyCorpus } from '../helpers/corpus.ts';

function npmRunCheck(contentDir: string) {
  const r = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/check-content.ts'), contentDir], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

const release = (front: string) => `---
kind: original
title: 検証用の報道発表
lead: 検証用のリード文です。
publishers: [work-life-balance]
contacts:
  - organization: work-life-balance
    department: 広報
    email: media@work-life-b.com
${front}
---

検証用の本文です。
`;

describe('a broken corpus', () => {
  it('with a dangling reference: the build fails naming the file and the field', () => {
    const dir = copyCorpus({
      'releases/2026/dangling.mdx': release('published: 2026-06-16T10:00:00+09:00\ncities: [atlantis]'),
    });
    const build = astroBuild({ contentDir: dir });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      `${path.join(dir, 'releases/2026/dangling.mdx')}: cities.0: cities に "atlantis" がありません`,
    );
    expect(build.output).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m); // no stack trace
  });

  it('with three different mistakes in one file: check and build both list all three', () => {
    const file = 'releases/2026/three-mistakes.mdx';
    const dir = copyCorpus({
      [file]: release(
        [
          'published: 2026-06-16T10:00:00', // no offset
          'updated: 2026-06-17T10:00:00+09:00',
          'cities: [soma]',
          'topics: [no-such-topic]', // dangling reference
          'events:',
          '  - title: 講演会',
          '    start: 2026-06-24T15:00:00+09:00',
          '    end: 2026-06-24T13:00:00+09:00', // ends before it starts
        ].join('\n'),
      ),
    });
    const shown = path.join(dir, file);
    const wanted = [`${shown}: published: `, `${shown}: topics.0: `, `${shown}: events.0.end: `];

    const check = npmRunCheck(dir);
    expect(check.status).toBe(1);
    for (const w of wanted) expect(check.output).toContain(w);

    const build = astroBuild({ contentDir: dir });
    expect(build.status).not.toBe(0);
    for (const w of wanted) expect(build.output).toContain(w);
  });
});
