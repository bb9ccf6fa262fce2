/**
 * The site built by the global setup, served over HTTP, and a Chromium to read it with: started
 * before a test file's tests and closed after them. Use the returned object's fields inside tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveDist, type StaticServer } from './serve.ts';

export function servedSite(): { readonly browser: Browser; readonly server: StaticServer } {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    site.server = await serveDist(inject('distDir'));
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
