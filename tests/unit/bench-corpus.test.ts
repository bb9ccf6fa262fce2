/** The benchmark's corpus generator: deterministic, valid under the real corpus check, N releases. */
import { globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { formatProblem } from '../../src/lib/corpus/problem.ts';
import { checkCorpus } from '../../src/lib/corpus/validate.ts';
import { isValidMunicipalCode } from '../../src/lib/municipal-code.ts';

// Every corpus this file writes, removed when it ends (they were left in the temp folder).
const scratches: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pressroom-bench-test-'));
  scratches.push(dir);
  return path.join(dir, 'content');
};
afterAll(() => {
  for (const dir of scratches) rmSync(dir, { recursive: true, force: true });
});
const snapshot = (dir: string) =>
  new Map(
    globSync('**/*', { cwd: dir, withFileTypes: false })
      .sort()
      .flatMap((f) => {
        const file = path.join(dir, f);
        try {
          return [[f, readFileSync(file, 'utf8')] as const];
        } catch {
          return []; // a folder
        }
      }),
  );

describe('benchmark corpus generator', () => {
  const dir = scratch();
  const summary = generateCorpus(dir, { releases: 50, seed: 7 });
  const { entries, problems } = checkCorpus(dir);
  const releases = entries.filter((e) => e.collection === 'releases');

  it('writes exactly the requested number of releases, as a mix of .md and .mdx', () => {
    const files = globSync('releases/**/*.{md,mdx}', { cwd: dir });
    expect(files).toHaveLength(50);
    expect(summary.md + summary.mdx).toBe(50);
    expect(files.filter((f) => f.endsWith('.mdx')).length).toBe(summary.mdx);
    expect(summary.md).toBeGreaterThan(0);
    expect(summary.mdx).toBeGreaterThan(0);
  });

  it('passes the same corpus check the build runs first', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(releases).toHaveLength(50);
    for (const c of ['cities', 'organizations', 'agreements', 'declarations', 'topics'])
      expect(entries.filter((e) => e.collection === c).length, c).toBeGreaterThan(0);
  });

  it('gives every city a valid, unique 全国地方公共団体コード', () => {
    const codes = entries.filter((e) => e.collection === 'cities').map((e) => String(e.data.code));
    expect(codes.every(isValidMunicipalCode)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('writes Japanese bodies with headings, lists, tables and links', () => {
    const bodies = globSync('releases/**/*.{md,mdx}', { cwd: dir }).map(
      (f) => readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[2] ?? '',
    );
    const all = bodies.join('\n');
    expect(all).toMatch(/^## /m);
    expect(all).toMatch(/^- /m);
    expect(all).toMatch(/^\| --- \|/m);
    expect(all).toMatch(/\]\(\/cities\/[a-z-]+\/\)/);
    expect(all).toMatch(/\]\(https:\/\//);
    // A realistic release is a page or more of Japanese text.
    const lengths = bodies.map((b) => b.length).sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThan(1000);
    // MDX would read braces and angle brackets as code.
    expect(all).not.toMatch(/[{}<>]/);
  });

  it('is deterministic: the same seed gives the same files, another seed other files', () => {
    const again = scratch();
    generateCorpus(again, { releases: 50, seed: 7 });
    expect(snapshot(again)).toEqual(snapshot(dir));
    const other = scratch();
    generateCorpus(other, { releases: 50, seed: 8 });
    expect(snapshot(other)).not.toEqual(snapshot(dir));
  });

  it('names a public release to edit for the incremental rebuild', () => {
    const id = summary.editTarget.replace(/^releases\//, '').replace(/\.mdx?$/, '');
    const entry = releases.find((e) => e.id === id);
    expect(entry).toBeDefined();
    expect(entry?.data.draft).toBe(false);
  });
});
