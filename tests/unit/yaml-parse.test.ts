/**
 * parseYaml takes a fast path (js-yaml, core schema) and falls back to `yaml` for messages.
 * Both must agree on every value the corpus can hold, so the speed-up changes no result.
 */
import { globSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { parseYaml, splitFrontMatter } from '../../src/lib/corpus/front-matter.ts';
import { badFixturesDir, realContentDir } from '../helpers/corpus.ts';

/** What parseYaml returned before the fast path: `yaml`'s document parser alone. */
function reference(text: string): { ok: boolean; value?: unknown } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) return { ok: false };
  try {
    return { ok: true, value: doc.toJS() };
  } catch {
    return { ok: false }; // e.g. an alias to an anchor that does not exist
  }
}

function yamlTexts(dir: string): [string, string][] {
  return globSync('**/*.{md,mdx,yaml,yml}', { cwd: dir }).flatMap((f) => {
    const text = readFileSync(path.join(dir, f), 'utf8');
    if (/\.ya?ml$/.test(f)) return [[f, text] as [string, string]];
    const split = splitFrontMatter(text);
    return split ? [[f, split.frontMatter] as [string, string]] : [];
  });
}

const generated = path.join(mkdtempSync(path.join(tmpdir(), 'pressroom-yaml-')), 'content');
generateCorpus(generated, { releases: 30, seed: 3 });

describe('parseYaml', () => {
  it.each([
    ['the real corpus', realContentDir],
    ['the bad fixtures', badFixturesDir],
    ['a generated corpus', generated],
  ])('gives the same values and the same failures as `yaml` on %s', (_label, dir) => {
    const texts = yamlTexts(dir);
    expect(texts.length).toBeGreaterThan(10);
    for (const [file, text] of texts) {
      const fast = parseYaml(text);
      const ref = reference(text);
      expect(fast.ok, file).toBe(ref.ok);
      if (fast.ok && ref.ok) expect(fast.value, file).toEqual(ref.value);
    }
  });

  it.each([
    'code: 072095',
    'code: "072095"',
    'published: 2026-06-16T10:00:00+09:00',
    'day: 2026-06-16',
    'month: 2026-06',
    'flag: yes',
    'n: 0o17',
    'a: 1\na: 2',
    'a: b: c',
    'a:\n\tb: 1',
    'title: "unclosed',
    'a: @reserved',
    'a: &x 1\nb: *x',
    'a: !!timestamp 2020-01-01',
    'a: !custom x',
    'text: |\n  line\n  line',
    '- id: x\n  name: y',
  ])('agrees with `yaml` on %j', (text) => {
    const fast = parseYaml(text);
    const ref = reference(text);
    expect(fast.ok).toBe(ref.ok);
    if (fast.ok && ref.ok) expect(fast.value).toEqual(ref.value);
    if (!fast.ok) expect(fast.message).toMatch(/^YAMLとして読めません/);
  });
});
