/**
 * In Chromium, one step each: cite a release (one selection copies the whole citation), share
 * it (plain links, nothing requested from another origin), read headings on a phone without a
 * word broken in two, and see that the signatory table scrolls. axe at both widths.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { viewports } from '../../src/lib/a11y-checks.ts';
import { servedSite } from '../helpers/served-site.ts';
import { axeFindings } from '../helpers/axe.ts';

const siteUrl = process.env.SITE_URL || 'https://pressroom.example.jp';
const soma = '/releases/2026/soma-three-declarations/';
const somaCitation =
  '地域プレスルーム「相馬市がワーク・ライフバランスの3宣言に賛同　働き方改革で『選ばれる地域』を目指す」' +
  '（株式会社ワーク・ライフバランスの報道発表の要約、2026年6月16日公開）' +
  `${siteUrl}${soma}`;

const site = servedSite();

async function open(
  urlPath: string,
  width: number,
): Promise<{ context: BrowserContext; page: Page; foreign: string[] }> {
  const context = await site.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(`${site.server.origin}/`) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.goto(`${site.server.origin}${urlPath}`);
  return { context, page, foreign };
}

const selection = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

describe('cite a release', () => {
  it('one click on the citation selects all of it, and only it', async () => {
    const { context, page } = await open(soma, 1280);
    await page.locator('p.citation').click();
    expect(await selection(page)).toBe(somaCitation);
    await context.close();
  });

  it('a triple-click, the usual way to take a paragraph, selects the same text', async () => {
    const { context, page } = await open(soma, 360);
    await page.locator('p.citation').click({ clickCount: 3 });
    expect((await selection(page)).trim()).toBe(somaCitation);
    await context.close();
  });
});

describe('share a release', () => {
  it('offers four plain links and requests nothing from another origin until one is clicked', async () => {
    const { context, page, foreign } = await open(soma, 1280);
    await page.waitForLoadState('networkidle');
    const links = page.locator('section.share a');
    expect(await links.count()).toBe(4);
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const url = `${siteUrl}${soma}`;
    expect(new URL(hrefs[0]!).searchParams.get('url')).toBe(url);
    expect(new URL(hrefs[1]!).host).toBe('x.com');
    expect(new URL(hrefs[1]!).searchParams.get('url')).toBe(url);
    expect(new URL(hrefs[2]!).searchParams.get('u')).toBe(url);
    expect(hrefs[3]!.startsWith('mailto:?subject=')).toBe(true);
    // The links are reachable by keyboard and named by their visible text.
    for (const name of ['LINEで送る', 'Facebookでシェアする', 'メールで送る'])
      expect(await page.getByRole('link', { name: new RegExp(name) }).count()).toBe(1);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

/** The text of each rendered line of the first element matching `selector`. */
function renderedLines(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const lines: string[] = [];
      let current = '';
      let top: number | undefined;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const rect = range.getClientRects()[0];
          if (rect && top !== undefined && rect.top > top + 2) {
            lines.push(current);
            current = '';
          }
          if (rect) top = rect.top;
          current += text[i];
        }
      }
      lines.push(current);
      return lines;
    });
}

describe('headings on a 360 px phone', () => {
  const cases: [string, string, string][] = [
    [soma, 'h1', '働き方改革'],
    [soma, 'h3:has-text("6月24日")', '6月24日'],
    ['/organizations/jmam/', 'h1', 'マネジメントセンター'],
    [soma, '#contacts', 'お問い合わせ先'],
  ];

  it.each(cases)('%s %s keeps 「%s」 on one line', async (urlPath, selector, word) => {
    const { context, page } = await open(urlPath, viewports.phone.width);
    const lines = await renderedLines(page, selector);
    // The heading does wrap at this width (else the check would prove nothing)…
    expect(lines.length, lines.join(' / ')).toBeGreaterThan(1);
    expect(lines.join('')).toContain(word);
    // …and the word is whole on one of its lines.
    expect(
      lines.some((l) => l.includes(word)),
      lines.join(' / '),
    ).toBe(true);
    await context.close();
  });
});

describe('the signatory table at 360 px', () => {
  const declaration = '/declarations/womens-reemployment/';

  it('scrolls inside a named, focusable region, with a visible hint; at 1280 px it fits', async () => {
    const { context, page } = await open(declaration, viewports.phone.width);
    const region = page.getByRole('region', { name: '宣言組織の表（横にスクロールできます）' });
    expect(await region.count()).toBe(1);
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(await page.locator('p.scroll-hint').isVisible()).toBe(true);
    // A shadow on the side where more of the table is hidden (the CSS scroll-shadow cue).
    expect(await region.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('radial-gradient');
    // Keyboard: focus the region, an arrow key scrolls it.
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await context.close();

    const wide = await open(declaration, viewports.desktop.width);
    expect(await wide.page.locator('p.scroll-hint').isVisible()).toBe(false);
    const fits = await wide.page
      .getByRole('region', { name: '宣言組織の表（横にスクロールできます）' })
      .evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    await wide.context.close();
  });
});

describe('axe on the pages this changes', () => {
  // The release, the declaration and the employer list are pages of tests/e2e/pages.test.ts, which
  // runs the same axe check on them at both widths; this organization page is not.
  const pages = ['/organizations/jmam/'];
  for (const [name, { width }] of Object.entries(viewports))
    it.each(pages)(`%s has no violation at ${name} width`, async (urlPath) => {
      const { context, page } = await open(urlPath, width);
      const found = await axeFindings(page);
      expect(found.violations).toEqual([]);
      expect(found.passes).toBeGreaterThan(10);
      await context.close();
    });
});
