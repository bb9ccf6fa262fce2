/** The built site in a real browser: pages render and no request leaves the origin. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDist(inject('distDir'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('in Chromium', () => {
  it('opens a release from the home page and shows its press contact, requesting nothing off-origin', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await page.goto(`${server.origin}/`);
    expect(await page.locator('h1').textContent()).toBe('地域プレスルーム');
    await page
      .getByRole('link', { name: /相馬市/ })
      .first()
      .click();
    await page.waitForURL(/\/releases\/2026\/soma-three-declarations\/$/);
    expect(await page.locator('#contacts').textContent()).toContain('報道関係者お問い合わせ先');
    expect(foreign).toEqual([]);
    await page.close();
  });
});
