/**
 * Rebuilding with Astro's content cache after an editor moves a file. Astro's glob loader keeps a
 * cached entry whose text is unchanged even when its file was renamed; for a release turned from
 * .mdx into .md that meant every later build failed on the deleted .mdx module.
 */
import { existsSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { copyCorpus } from '../helpers/corpus.ts';

describe('a rebuild with the content cache', () => {
  it('follows a release renamed from .mdx to .md with the same text', () => {
    const md = 'releases/2026/soma-three-declarations.md';
    const mdx = md.replace(/\.md$/, '.mdx');
    const contentDir = copyCorpus();
    renameSync(path.join(contentDir, md), path.join(contentDir, mdx));
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'pressroom-cache-')), 'cache');
    const env = { BUILD_TIME: '2026-11-01T00:00:00+09:00', PRESSROOM_CACHE_DIR: cache };
    const page = 'releases/2026/soma-three-declarations/index.html';

    const first = astroBuild({ contentDir, env });
    expect(first.status, first.output.slice(-2000)).toBe(0);
    renameSync(path.join(contentDir, mdx), path.join(contentDir, md));
    const second = astroBuild({ contentDir, env });
    expect(second.status, second.output.slice(-2000)).toBe(0);
    expect(existsSync(path.join(second.outDir, page))).toBe(true);
    expect(readFileSync(path.join(second.outDir, page), 'utf8')).toContain('市が動いた理由');
  });
});
