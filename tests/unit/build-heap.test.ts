import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroHeapMiB, countReleaseFiles, setsHeapLimit } from '../../scripts/build/heap.ts';

describe('the heap limit of astro build', () => {
  it('is at least 1 GiB, about 1.5 GiB at 10,000 releases, and grows with the archive', () => {
    expect(astroHeapMiB(0)).toBe(1024);
    expect(astroHeapMiB(2)).toBe(1024);
    // 160 + 0.144 × 10,000 = 1,600 MiB: the measured ~1 GiB of live data and half again.
    expect(astroHeapMiB(10_000)).toBe(1600);
    expect(astroHeapMiB(20_000)).toBeGreaterThanOrEqual(3040);
    expect(astroHeapMiB(10_001) % 64).toBe(0);
  });

  it('counts .md and .mdx releases in every year folder, nothing else', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pressroom-heap-'));
    for (const [file, text] of [
      ['releases/2020/a.md', ''],
      ['releases/2026/b.mdx', ''],
      ['releases/2026/notes.txt', ''],
      ['cities/soma.yaml', ''],
    ] as const) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    expect(countReleaseFiles(dir)).toBe(2);
  });

  it('leaves a limit set in NODE_OPTIONS alone', () => {
    expect(setsHeapLimit('--max-old-space-size=4096')).toBe(true);
    expect(setsHeapLimit('--enable-source-maps --max-old-space-size 2048')).toBe(true);
    expect(setsHeapLimit('--enable-source-maps')).toBe(false);
    expect(setsHeapLimit(undefined)).toBe(false);
  });
});
