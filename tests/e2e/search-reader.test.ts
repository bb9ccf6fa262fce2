/**
 * Searching as a reader does: typing into the real search page in Chromium, under the site's
 * CSP, and reading what it shows. The ways Japanese is typed (full-width letters), words that
 * used to match only filler (報道発表, 育休 on empty organization pages), entries of the same
 * name, date words and events, the excerpts, sorting by date, and what the page suggests when
 * nothing is found (issue 12).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ja } from '../../src/i18n/ja.ts';
import { headerPolicy } from '../../src/lib/security/headers.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';

const csp = headerPolicy();
let browser: Browser;
let server: StaticServer;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = await serveDist(inject('distDir'));
  browser = await launchChromium();
  const context = await browser.newContext();
  page = await context.newPage();
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Shown {
  url: string;
  title: string;
  meta: string;
  excerpt: string;
  marks: string[];
}

const release2026 = '/releases/2026/soma-three-declarations/';
const kickoff = `${release2026}#event-2`;

/** Types a query into the search page as a reader does and returns what the page shows. */
async function search(query: string, params = ''): Promise<{ status: string; results: Shown[] }> {
  await page.goto(`${server.origin}/search/${params}`);
  const input = page.getByRole('searchbox', { name: ja.search.ui.searchLabel });
  await input.click();
  await input.pressSequentially(query, { delay: 20 });
  const status = page.locator('#search-status');
  await expect
    .poll(() => status.textContent(), { timeout: 30_000 })
    .toMatch(new RegExp(`^「${query}」(の検索結果 \\d+ 件|に一致する情報は見つかりませんでした)`));
  const results = await page.locator('#search-results > li').evaluateAll((items) =>
    items.map((li) => ({
      url: new URL(li.querySelector('a')!.href).pathname + new URL(li.querySelector('a')!.href).hash,
      title: li.querySelector('.search-result-title')?.textContent ?? '',
      meta: li.querySelector('.search-result-meta')?.textContent ?? '',
      excerpt: li.querySelector('.search-result-excerpt')?.textContent ?? '',
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    })),
  );
  return { status: (await status.textContent()) ?? '', results };
}

describe('searching as a reader types', () => {
  it('finds with full-width letters what it finds with half-width ones (ＪＭＡＭ)', async () => {
    const half = await search('JMAM');
    const full = await search('ＪＭＡＭ');
    expect(half.results.length).toBeGreaterThan(3);
    expect(full.results.map((r) => r.url)).toEqual(half.results.map((r) => r.url));
    expect(full.results.map((r) => r.url)).toContain('/organizations/jmam/');
    // What the reader typed stays as typed, in the box, the URL and the summary.
    expect(await page.locator('#search-q').inputValue()).toBe('ＪＭＡＭ');
    expect(new URL(page.url()).searchParams.get('q')).toBe('ＪＭＡＭ');
    expect(full.status).toContain('「ＪＭＡＭ」の検索結果');
  });

  it('finds half-width katakana and a dash typed for the long vowel (ﾜｰｹｰｼｮﾝ, ワ―ケ―ション)', async () => {
    const plain = await search('ワーケーション');
    expect(plain.results.length).toBeGreaterThan(1);
    for (const variant of ['ﾜｰｹｰｼｮﾝ', 'ワ―ケ―ション'])
      expect((await search(variant)).results.map((r) => r.url), variant).toEqual(
        plain.results.map((r) => r.url),
      );
  });

  it('finds releases for 報道発表, not the organization pages whose only match was filler', async () => {
    const { results } = await search('報道発表');
    expect(results.length).toBeGreaterThan(0);
    expect(results.map((r) => r.url).every((u) => u.startsWith('/releases/')), JSON.stringify(results)).toBe(true);
  });

  it('finds the declaration and the release for 育休, not empty organization pages', async () => {
    const { results } = await search('育休');
    expect(results[0]?.url).toBe('/declarations/paternity-leave-100/');
    expect(results.slice(0, 3).map((r) => r.url)).toContain(release2026);
    for (const r of results) {
      expect(r.excerpt, r.url).not.toContain('まだありません');
      expect(r.excerpt, r.url).not.toContain('育休取得率などの職場のデータ');
    }
  });

  it('tells apart entries of the same name (相馬市 the city and the city government)', async () => {
    const { results } = await search('相馬市');
    const titles = results.map((r) => r.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).toContain('相馬市（市区町村）');
    expect(titles).toContain('相馬市（組織）');
    expect(results.find((r) => r.title === '相馬市（市区町村）')?.url).toBe('/cities/soma/');
    expect(results.find((r) => r.title === '相馬市（組織）')?.url).toBe('/organizations/soma-city/');
  });

  it('finds the event by its Japanese date (6月24日) and by a word of its title (キックオフ)', async () => {
    for (const q of ['6月24日', 'キックオフ']) {
      const { results } = await search(q);
      const urls = results.map((r) => r.url);
      expect(urls, q).toContain(kickoff);
      expect(urls, q).toContain(release2026);
      const event = results.find((r) => r.url === kickoff)!;
      expect(event.meta).toMatch(/^イベント\u30002026年6月24日/);
      expect(event.title).toMatch(/^キックオフ講演会/);
    }
    // The link takes the reader to the event on the release page.
    await page.locator(`#search-results a[href="${kickoff}"]`).click();
    await page.waitForURL(`**${kickoff}`);
    expect(await page.locator('#event-2').count()).toBe(1);
  });

  it('shows excerpts as sentences: no glue across blocks, no spaces inside Japanese, the word marked', async () => {
    for (const q of ['相馬', '育休', 'ワーケーション', '6月24日', '釜石市']) {
      const { results } = await search(q);
      expect(results.length, q).toBeGreaterThan(0);
      for (const r of results) {
        const where = `${q}: ${r.url} 「${r.excerpt}」`;
        expect(r.excerpt, where).not.toBe('');
        // Pagefind's block glue, and a block's added '.', never shown.
        expect(r.excerpt, where).not.toMatch(/\. |\.$|[^\p{ASCII}]\./u);
        // No space between two Japanese characters (pre-segmented text carries them).
        expect(r.excerpt, where).not.toMatch(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}] +[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
        // Definition lists are not excerpted as one run of cells.
        expect(r.excerpt, where).not.toMatch(/よみそうまし|都道府県福島県|コード\d{6}/);
        // An excerpt starts where a sentence or a word starts: at the start of a block, or
        // after '…' where a long sentence was cut.
        expect(r.excerpt.length, where).toBeLessThanOrEqual(200);
      }
      // The words found are marked in at least one excerpt.
      expect(results.some((r) => r.marks.length > 0), q).toBe(true);
    }
    // The city page's excerpt is its own sentence with the word found, not its heading.
    const soma = (await search('相馬')).results.find((r) => r.url === '/cities/soma/');
    expect(soma?.excerpt).toMatch(/^相馬市は福島県の市です。/);
    expect(soma?.marks).toContain('相馬');
  });

  it('puts undated entries last when sorted by newest', async () => {
    const { results } = await search('相馬市', '?sort=newest');
    expect(await page.locator('#search-sort').inputValue()).toBe('newest');
    const dated = results.map((r) => /\d{4}年\d{1,2}月\d{1,2}日/.test(r.meta));
    expect(dated.filter(Boolean).length).toBeGreaterThan(1);
    expect(dated.filter((d) => !d).length).toBeGreaterThan(1);
    // Every dated result before every undated one, and the dated ones newest first.
    expect(dated).toEqual([...dated].sort((a, b) => Number(b) - Number(a)));
    const days = results
      .filter((_, i) => dated[i])
      .map((r) => r.meta.match(/(\d{4})年(\d{1,2})月(\d{1,2})日/)!.slice(1).map(Number))
      .map(([y, m, d]) => y! * 10000 + m! * 100 + d!);
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });

  it('suggests fewer words, another spelling and the city and topic lists when nothing is found', async () => {
    // Both words are in the index, on different pages: together they find nothing.
    const { status, results } = await search('釜石 育休');
    expect(results).toEqual([]);
    expect(status).toBe('「釜石 育休」に一致する情報は見つかりませんでした。');
    const help = page.locator('#search-empty');
    await expect.poll(() => help.textContent()).toContain(ja.search.ui.tryFewerWords);
    expect(await help.textContent()).toContain(ja.search.ui.tryOtherSpelling);
    // Each word as a search of its own, and the lists to browse.
    for (const word of ['釜石', '育休'])
      expect(await help.getByRole('link', { name: word, exact: true }).getAttribute('href')).toBe(
        `/search/?q=${encodeURIComponent(word)}`,
      );
    expect(await help.getByRole('link', { name: ja.search.ui.browseCities }).getAttribute('href')).toBe('/cities/');
    expect(await help.getByRole('link', { name: ja.search.ui.browseTopics }).getAttribute('href')).toBe('/topics/');
    // Fewer words find something.
    await help.getByRole('link', { name: '育休', exact: true }).click();
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 30_000 })
      .toMatch(/^「育休」の検索結果 \d+ 件$/);
    expect(await page.locator('#search-empty').textContent()).toBe('');
  });

  it('has shown no error along the way', () => {
    expect(problems).toEqual([]);
  });
});
