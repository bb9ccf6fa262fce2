import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discardPreviousOutput } from '../../scripts/build/previous-dist.ts';

function site(parent: string, name: string) {
  const dir = path.join(parent, name);
  mkdirSync(path.join(dir, 'pagefind', 'fragment'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<p>前回のビルド</p>');
  writeFileSync(path.join(dir, 'pagefind', 'fragment', 'a.pf_fragment'), 'x');
  return dir;
}

describe('the previous build output', () => {
  it('is out of the way before Astro starts, and gone once the returned promise settles', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'pressroom-previous-'));
    const dist = site(parent, 'dist');
    // Left by a build that was killed while it deleted; a neighbour that only looks alike stays.
    site(parent, 'dist.previous-1-2');
    const neighbour = site(parent, 'dist-preview');
    mkdirSync(path.join(parent, 'cache'));

    const removed = discardPreviousOutput(dist);
    // At once, before any deletion has run: Astro finds no output folder to empty.
    expect(existsSync(dist)).toBe(false);
    await removed;
    expect(readdirSync(parent).sort()).toEqual(['cache', 'dist-preview']);
    expect(existsSync(path.join(neighbour, 'index.html'))).toBe(true);
  });

  it('leaves a symbolic link where it points, for Astro to empty as before', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'pressroom-previous-'));
    const served = site(parent, 'www');
    const dist = path.join(parent, 'dist');
    symlinkSync(served, dist);
    await discardPreviousOutput(dist);
    expect(readdirSync(parent).sort()).toEqual(['dist', 'www']);
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
  });

  it('does nothing without a previous output', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'pressroom-previous-'));
    await discardPreviousOutput(path.join(parent, 'dist'));
    expect(readdirSync(parent)).toEqual([]);
    await discardPreviousOutput(path.join(parent, 'missing', 'dist'));
    expect(readdirSync(parent)).toEqual([]);
  });
});
