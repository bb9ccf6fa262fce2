import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markOutput, pruneKeptOutput, takeKeptOutput } from '../../scripts/build/kept-dist.ts';

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

  it('loses every file the new build neither wrote nor kept as an unchanged page', () => {
    const { dist, cache } = folders();
    const file = (rel: string, old: boolean) => {
      const full = path.join(dist, rel);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, rel);
      if (old) utimesSync(full, new Date(1_000), new Date(1_000));
      return full;
    };
    // Astro's manifest: the pages of this build, rendered or kept.
    writeFileSync(
      path.join(cache, 'incremental-build.json'),
      JSON.stringify({
        routes: { 'src/pages/a.astro': { paths: { '/kept/': { outputFile: 'kept/index.html' } } } },
      }),
    );
    const kept = file('kept/index.html', true);
    const written = file('new/index.html', false);
    const withdrawn = file('withdrawn/index.html', true);
    const oldAsset = file('_astro/old.css', true);
    const index = file('pagefind/pagefind-entry.json', true);
    const since = Date.now() - 60_000;
    expect(pruneKeptOutput(dist, cache, since)).toBe(2);
    expect([kept, written, index].map(existsSync)).toEqual([true, true, true]);
    expect([withdrawn, oldAsset].map(existsSync)).toEqual([false, false]);
    // Folders left empty go too.
    expect(existsSync(path.join(dist, 'withdrawn'))).toBe(false);
    expect(existsSync(path.join(dist, '_astro'))).toBe(false);
  });
});
