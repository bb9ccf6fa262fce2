/**
 * Keyboard-only journeys (Tab and Enter, nothing else), one per audience:
 * a journalist reaches a release's press contact from the home page; a citizen reaches a
 * city's timeline; a job seeker reaches an employer's own site from the employers list.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { focused, tabUntil } from '../helpers/keyboard.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';
import { employerFixtureSite, fixtureEmployer } from '../helpers/employer-fixture.ts';

let browser: Browser;
let site: StaticServer;
let fixture: StaticServer;

beforeAll(async () => {
  site = await serveDist(inject('distDir'));
  fixture = await serveDist(employerFixtureSite().outDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await fixture?.close();
});

async function open(origin: string, urlPath: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${origin}${urlPath}`);
  return page;
}

describe('keyboard-only journeys', () => {
  it('journalist: home → newest Soma release → its press contact block', async () => {
    const page = await open(site.origin, '/');
    const { el: link } = await tabUntil(page, (f) => f.href === '/releases/2026/soma-three-declarations/');
    // The focused link is visibly marked.
    expect(link.outline).toBe('solid 4px');
    await Promise.all([
      page.waitForURL(/\/releases\/2026\/soma-three-declarations\/$/),
      page.keyboard.press('Enter'),
    ]);
    await tabUntil(page, (f) => f.href === '#contacts');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#contacts');
    // The next Tab continues inside the contact block: the press office's phone number.
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f.within).toContain('contacts');
    expect(f.href).toBe('tel:03-5730-3081');
    await page.close();
  });

  it('citizen: home → Kamaishi → its timeline of initiatives', async () => {
    const page = await open(site.origin, '/');
    await tabUntil(page, (f) => f.href === '/cities/kamaishi/');
    await Promise.all([page.waitForURL(/\/cities\/kamaishi\/$/), page.keyboard.press('Enter')]);
    await tabUntil(page, (f) => f.href === '#timeline');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f.within).toContain('timeline');
    // Newest first: the release announcing the agreement.
    expect(f.href).toBe('/releases/2020/kamaishi-jmam-workation-agreement/');
    await page.close();
  });

  it('job seeker: employers list → filter by city → the employer’s own website', async () => {
    const page = await open(fixture.origin, '/employers/');
    await tabUntil(page, (f) => f.href === '/employers/cities/soma/');
    await Promise.all([page.waitForURL(/\/employers\/cities\/soma\/$/), page.keyboard.press('Enter')]);
    const { el } = await tabUntil(page, (f) => f.href === fixtureEmployer.website);
    // Focused, not followed: the test never leaves the origin.
    expect(el.text).toContain(fixtureEmployer.name);
    expect(new URL(page.url()).pathname).toBe('/employers/cities/soma/');
    await page.close();
  });
});

describe('an employer with a website, hiring page and workplace facts (fixture build)', () => {
  const load = async (urlPath: string) => {
    const page = await open(fixture.origin, urlPath);
    return page;
  };

  it('shows each workplace fact with its date and source, and links the employer’s own pages', async () => {
    const page = await load('/employers/cities/soma/');
    const card = page.locator('li', {
      has: page.locator(`h3 a[href="/organizations/${fixtureEmployer.id}/"]`),
    });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(`${fixtureEmployer.fact.label}: ${fixtureEmployer.fact.value}`);
    expect(text).toContain('2026年4月1日（水）時点');
    expect(await card.locator(`a[href="${fixtureEmployer.sourceUrl}"]`).count()).toBe(1);
    expect(await card.locator(`a[href="${fixtureEmployer.hiringPage}"]`).count()).toBe(1);
    expect(await card.locator(`a[href="${fixtureEmployer.website}"]`).count()).toBe(1);
    await page.close();
  });

  it('lists an event that has not happened yet at the build instant as upcoming, on the events and home pages', async () => {
    const page = await load('/events/');
    const upcoming = (await page.locator('section[aria-labelledby="upcoming"]').textContent()) ?? '';
    const past = (await page.locator('section[aria-labelledby="past"]').textContent()) ?? '';
    expect(upcoming).toContain('キックオフ講演会');
    expect(upcoming).not.toContain('記者会見');
    expect(past).toContain('記者会見');
    await page.goto(`${fixture.origin}/`);
    expect(await page.locator('section[aria-labelledby="upcoming"]').textContent()).toContain(
      'キックオフ講演会',
    );
    await page.close();
  });
});
