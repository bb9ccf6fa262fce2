import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  markOutput,
  pruneKeptOutput,
  snapshotOutput,
  takeKeptOutput,
} from '../../scripts/build/kept-dist.ts';

function folders() {
  const parent = mkdtempSync(path.join(tmpdir(), 'pressroom-kept-'));
  const dist = path.join(parent, 'dist');
  const cache = path.join(parent, 'cache');
  mkdirSync(dist);
  mkdirSync(cache);
  return { dist, cache };
}

describe('the previous output kept for an incremental build', () => {
  it('is kept only when a finished build with the same cache marked it, and only once', () => {
    const { dist, cache } = folders();
    expect(takeKeptOutput(dist, cache)).toBe(false);
    markOutput(dist, cache);
    expect(takeKeptOutput(path.join(path.dirname(dist), 'elsewhere'), cache)).toBe(false);
    // Taking it removes the mark: a build that fails after this leaves an output nobody keeps.
    markOutput(dist, cache);
    expect(takeKeptOutput(dist, cache)).toBe(true);
    expect(takeKeptOutput(dist, cache)).toBe(false);
    // Another folder at the same path (deleted and made again) is not the marked one.
    markOutput(dist, cache);
    rmSync(dist, { recursive: true });
    mkdirSync(dist);
    writeFileSync(path.join(dist, 'keep-the-inode-busy'), '');
    expect(takeKeptOutput(dist, cache)).toBe(false);
    expect(takeKeptOutput(path.join(dist, 'missing'), cache)).toBe(false);
  });

  it('is not kept when another build has rewritten the manifest of the cache since', () => {
    const { dist, cache } = folders();
    writeFileSync(path.join(cache, 'incremental-build.json'), '{"routes":{}}');
    markOutput(dist, cache);
    writeFileSync(path.join(cache, 'incremental-build.json'), '{"routes":{"other":{"paths":{}}}}');
    expect(takeKeptOutput(dist, cache)).toBe(false);
  });

  it('loses every file the new build left untouched that is not an unchanged page Astro kept', () => {
    const { dist, cache } = folders();
    const file = (rel: string, text = rel) => {
      const full = path.join(dist, rel);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
      return full;
    };
    const kept = file('kept/index.html');
    const rewritten = file('public-copy.txt');
    const withdrawn = file('withdrawn/deep/index.html');
    const oldAsset = file('_astro/old.css');
    const index = file('pagefind/pagefind-entry.json');
    const before = snapshotOutput(dist);
    expect([...before.keys()].sort()).not.toContain('pagefind/pagefind-entry.json');

    // The build: Astro keeps one page (its manifest), writes one file again and one new file.
    writeFileSync(
      path.join(cache, 'incremental-build.json'),
      JSON.stringify({
        routes: { 'src/pages/a.astro': { paths: { '/kept/': { outputFile: 'kept/index.html' } } } },
      }),
    );
    file('public-copy.txt', 'written again');
    const added = file('new/index.html');
    expect(pruneKeptOutput(dist, cache, before)).toBe(2);
    expect([kept, rewritten, added, index].map(existsSync)).toEqual([true, true, true, true]);
    expect([withdrawn, oldAsset].map(existsSync)).toEqual([false, false]);
    // Folders left empty go too.
    expect(existsSync(path.join(dist, 'withdrawn'))).toBe(false);
    expect(existsSync(path.join(dist, '_astro'))).toBe(false);
  });
});
