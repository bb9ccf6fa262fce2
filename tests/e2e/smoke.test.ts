/** The built site in a real browser: pages render and no request leaves the origin. */
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';


const site = servedSite();

describe('in Chromium', () => {
  it('opens a release from the home page and shows its press contact, requesting nothing off-origin', async () => {
    const page = await site.browser.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.server.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await page.goto(`${site.server.origin}/`);
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
