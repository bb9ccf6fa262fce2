/**
 * Lighthouse's mobile performance of the search page, served by the real nginx with the site's
 * headers and compression (tests/helpers/nginx.ts), as a reader on a phone opens a shared search
 * (/search/?q=相馬: the page, Pagefind, the index and the first results) and the empty page.
 * Performance at least 90, and the results arriving move nothing (CLS under 0.02).
 *
 * The median of three runs: the machine is shared, and Lighthouse advises several runs.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lighthouseMedian } from '../helpers/lighthouse.ts';
import { startNginx, type NginxServer } from '../helpers/nginx.ts';

let server: NginxServer;
beforeAll(async () => {
  server = await startNginx(inject('distDir'));
});
afterAll(async () => {
  await server?.close();
});

describe('the search page in Lighthouse (mobile)', () => {
  for (const [what, urlPath] of [
    ['a shared search, results loading', `/search/?q=${encodeURIComponent('相馬')}`],
    ['the empty search page', '/search/'],
  ] as const)
    it(`${what}: performance ≥ 90, CLS < 0.02`, async () => {
      const { median, all } = await lighthouseMedian(`${server.origin}${urlPath}`, 3);
      const runs = JSON.stringify(all);
      expect(median.performance, runs).toBeGreaterThanOrEqual(0.9);
      expect(median.cls, runs).toBeLessThan(0.02);
      // Every run, not only the median: a layout shift is no matter of machine load.
      for (const run of all) expect(run.cls, runs).toBeLessThan(0.02);
    });
});
