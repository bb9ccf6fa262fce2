import { describe, expect, it } from 'vitest';
import { collectionNames } from '../../src/schemas/primitives.ts';
import { formatProblem } from '../../src/lib/corpus/problem.ts';
import { checkCorpus } from '../../src/lib/corpus/validate.ts';
import { badFixtures, copyCorpus, realContentDir } from '../helpers/corpus.ts';

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('the real corpus', () => {
  const { entries, problems } = checkCorpus(realContentDir);

  it('passes every schema and reference check', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has entries in every collection', () => {
    for (const c of collectionNames)
      expect(entries.filter((e) => e.collection === c).length, c).toBeGreaterThan(0);
  });
});

describe('bad fixtures', () => {
  const fixtures = badFixtures();

  it('cover at least 25 distinct mistakes', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  it.each(fixtures.map((f) => [f.rel, f] as const))(
    '%s is rejected with its field named',
    (_rel, fixture) => {
      const dir = copyCorpus({ [fixture.rel]: fixture.text });
      const { problems } = checkCorpus(dir);
      const own = problems.filter((p) => p.file.endsWith(fixture.rel));
      expect(own.map((p) => p.field)).toContain(fixture.expectField);
      // The message is the project's own, in Japanese, not Zod's generic English.
      for (const p of own) expect(p.message).toMatch(japanese);
      for (const p of own) expect(p.message).not.toContain('Invalid input');
      // Nothing else in the real corpus is blamed, except the entry a duplicate collides with.
      const others = problems.filter((p) => !p.file.endsWith(fixture.rel));
      expect(others.every((p) => p.message.includes(fixture.rel))).toBe(true);
    },
  );

  it('are all reported in one run, one line each as file: field: message', () => {
    const dir = copyCorpus(Object.fromEntries(fixtures.map((f) => [f.rel, f.text])));
    const lines = checkCorpus(dir).problems.map(formatProblem);
    for (const f of fixtures)
      expect(
        lines.some((l) => l.includes(`${f.rel}: ${f.expectField}: `)),
        f.rel,
      ).toBe(true);
    for (const l of lines) expect(l).not.toContain('\n');
  });
});
