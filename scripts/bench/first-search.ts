/**
 * The bytes a first-time visitor's browser fetches to get search results: the search page, its
 * CSS and JS, Pagefind's entry file, WebAssembly, index chunks and the result fragments it
 * shows. Measured in headless Chromium with an empty cache over a local static server; each
 * response body is gzip-compressed as a host would serve it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../tests/helpers/browser.ts';
import { serveDist } from '../../tests/helpers/serve.ts';
import { gzipSize } from './budgets.ts';

export interface FirstSearch {
  url: string;
  responses: { url: string; status: number; raw: number; gzip: number }[];
  rawBytes: number;
  gzipBytes: number;
  /** Responses from another origin (there should be none). */
  foreign: string[];
}

export const searchPageFile = (distDir: string) => path.join(distDir, 'search', 'index.html');
export const FIRST_SEARCH_QUERY = '相馬';

/** Undefined when the build has no search page. */
export async function measureFirstSearch(
  distDir: string,
  query = FIRST_SEARCH_QUERY,
): Promise<FirstSearch | undefined> {
  if (!existsSync(searchPageFile(distDir))) return undefined;
  const server = await serveDist(distDir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext(); // a fresh profile: nothing cached
    const page = await context.newPage();
    const pending: Promise<FirstSearch['responses'][number] | undefined>[] = [];
    const foreign: string[] = [];
    page.on('response', (response) => {
      const url = response.url();
      if (url.startsWith('data:')) return;
      if (!url.startsWith(server.origin)) foreign.push(url);
      pending.push(
        response
          .body()
          .then((body) => ({ url, status: response.status(), raw: body.length, gzip: gzipSize(body) }))
          .catch(() => undefined), // redirects have no body
      );
    });
    const url = `${server.origin}/search/?q=${encodeURIComponent(query)}`;
    await page.goto(url, { waitUntil: 'networkidle' });
    // The network can fall quiet while Pagefind decodes its metadata (a large archive, a busy
    // machine): wait until the page shows its results (or says there are none) before the
    // fragments' requests are over. Pages without that status line fall back to the timeout.
    await page
      .waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '', null, {
        timeout: 120_000,
      })
      .catch(() => undefined);
    // Results may be fetched after a debounce; wait until the network has been quiet again.
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');
    const responses = (await Promise.all(pending)).filter((r) => r !== undefined);
    await context.close();
    return {
      url: url.replace(server.origin, ''),
      responses: responses.map((r) => ({ ...r, url: r.url.replace(server.origin, '') })),
      rawBytes: responses.reduce((a, r) => a + r.raw, 0),
      gzipBytes: responses.reduce((a, r) => a + r.gzip, 0),
      foreign,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
