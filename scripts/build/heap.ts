/**
 * How much JavaScript heap `astro build` may use. Without a limit V8 lets the heap grow towards
 * its default ceiling (about 4 GiB on a large machine) before it collects in earnest: at 10,000
 * releases the Astro step then held 4.0 GiB of memory. With a limit it collects sooner; the
 * live data at 10,000 releases is about 1 GiB (a 1,024 MiB limit still built, but spent 70 %
 * more CPU collecting), so the limit is that estimate with half again as much room, and it grows
 * with the archive so that a larger archive does not run out of heap.
 * Measured in bench/RESULTS.md ("A heap limit for astro build").
 */
import { globSync } from 'node:fs';

/** The heap limit in MiB for an archive of `releases` releases: ~1.6 × the measured live data. */
export function astroHeapMiB(releases: number): number {
  return Math.max(1024, Math.ceil((160 + 0.144 * releases) / 64) * 64);
}

/** The release files in a content folder (drafts and embargoed ones are parsed by the build too). */
export function countReleaseFiles(contentDir: string): number {
  return globSync('releases/**/*.{md,mdx}', { cwd: contentDir }).length;
}

/** Whether NODE_OPTIONS already sets a heap limit, which then wins. */
export const setsHeapLimit = (nodeOptions: string | undefined): boolean =>
  /--max-old-space-size[=\s]/.test(nodeOptions ?? '');
