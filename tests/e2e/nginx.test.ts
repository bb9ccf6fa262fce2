/**
 * The built site behind a real nginx with the repository's snippet: the security and caching
 * headers arrive on pages, assets, Pagefind's files and error pages, and pages and Pagefind's
 * WebAssembly search work in Chromium under them with no CSP violation and no console message.
 */
import * as cheerio from 'cheerio';
import { existsSync, globSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cacheControl, headerPolicy, securityHeaders } from '../../src/lib/security/headers.ts';
import { hostConfigFiles } from '../../src/lib/security/host-config.ts';
import { projectRoot } from '../helpers/astro-build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { startNginx, type NginxServer } from '../helpers/nginx.ts';

const dist = inject('distDir');
const sohmaRelease = '/releases/2026/soma-three-declarations/';

let site: string;
let server: NginxServer;
let browser: Browser;

beforeAll(async () => {
  // The build writes the Pagefind index; a site without one would make the search checks moot.
  if (!existsSync(path.join(dist, 'pagefind/pagefind.js'))) throw new Error('dist/ has no Pagefind index');
  site = dist;
  server = await startNginx(site);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const get = (urlPath: string, init?: RequestInit) => fetch(`${server.origin}${urlPath}`, init);

function expectSecurityHeaders(res: Response, what: string) {
  for (const [name, value] of securityHeaders())
    expect(res.headers.get(name), `${what}: ${name}`).toBe(value);
}

describe('headers from nginx with deploy/nginx/pressroom.conf', () => {
  it('an HTML page: every security header, the CSP of the meta, revalidated caching', async () => {
    const res = await get(sohmaRelease);
    expect(res.status).toBe(200);
    expectSecurityHeaders(res, sohmaRelease);
    expect(res.headers.get('content-security-policy')).toBe(headerPolicy());
    expect(res.headers.get('cache-control')).toBe(cacheControl.revalidate);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('server')).toBe('nginx'); // no version (server_tokens off)
  });

  it('a hashed asset under /_astro/: cached for a year, immutable, and still nosniff', async () => {
    const html = await (await get('/')).text();
    const css = cheerio.load(html)('link[rel="stylesheet"]').attr('href');
    expect(css).toMatch(/^\/_astro\/.+\.css$/);
    const res = await get(css!);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(cacheControl.immutable);
    expect(res.headers.get('content-type')).toMatch(/^text\/css/);
    expectSecurityHeaders(res, css!);
  });

  it("Pagefind's hashed index files are immutable and its WebAssembly is served as application/wasm", async () => {
    const entry = JSON.parse(readFileSync(path.join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    const { hash } = Object.values(entry.languages)[0]!;
    const meta = await get(`/pagefind/pagefind.${hash}.pf_meta`);
    expect(meta.status).toBe(200);
    expect(meta.headers.get('cache-control')).toBe(cacheControl.immutable);
    const fragment = globSync('pagefind/fragment/*.pf_fragment', { cwd: site })[0];
    const fragmentRes = await get(`/${fragment}`);
    expect(fragmentRes.status).toBe(200);
    expect(fragmentRes.headers.get('cache-control')).toBe(cacheControl.immutable);
    const wasm = globSync('pagefind/wasm.*.pagefind', { cwd: site })[0];
    const wasmRes = await get(`/${wasm}`);
    expect(wasmRes.status).toBe(200);
    expect(wasmRes.headers.get('content-type')).toBe('application/wasm');
    // Its name carries no hash: it must follow a Pagefind upgrade at once.
    expect(wasmRes.headers.get('cache-control')).toBe(cacheControl.revalidate);
  });

  it('a missing page: the site’s 404 page, with the security headers and no long caching', async () => {
    const res = await get('/no-such-page/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<html lang="ja"');
    expectSecurityHeaders(res, '404');
    expect(res.headers.get('cache-control')).toBeNull();
  });

  it('feeds, calendars, the feed stylesheet and open data are served with their types, UTF-8 and gzip', async () => {
    // A small root with one file of each kind, each big enough to be worth compressing.
    const root = mkdtempSync(path.join(tmpdir(), 'pressroom-types-'));
    const filler = '報道発表'.repeat(200);
    const samples = {
      'feeds/releases.xml': [`<?xml version="1.0"?><rss><!--${filler}--></rss>`, 'text/xml; charset=utf-8'],
      'feeds/feed.xsl': [`<?xml version="1.0"?><!--${filler}--><x/>`, 'text/xsl; charset=utf-8'],
      'feeds/x.rss': [`<rss><!--${filler}--></rss>`, 'application/rss+xml; charset=utf-8'],
      'feeds/x.atom': [`<feed><!--${filler}--></feed>`, 'application/atom+xml; charset=utf-8'],
      'events.ics': [`BEGIN:VCALENDAR\r\nX-A:${filler}\r\nEND:VCALENDAR\r\n`, 'text/calendar; charset=utf-8'],
      'data/releases.json': [`["${filler}"]`, 'application/json; charset=utf-8'],
      'data/declarations/x-signatories.csv': [`organization\r\n${filler}\r\n`, 'text/csv; charset=utf-8'],
    } as const;
    for (const [rel, [text]] of Object.entries(samples)) {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), text);
    }
    const sampleServer = await startNginx(root);
    try {
      for (const [rel, [text, type]] of Object.entries(samples)) {
        const res = await fetch(`${sampleServer.origin}/${rel}`, { headers: { 'accept-encoding': 'gzip' } });
        expect(res.status, rel).toBe(200);
        expect(res.headers.get('content-type'), rel).toBe(type);
        expect(res.headers.get('content-encoding'), rel).toBe('gzip');
        expect(res.headers.get('vary'), rel).toBe('Accept-Encoding');
        // fetch() gunzips: the file arrives whole.
        expect(await res.text(), rel).toBe(text);
        expect(res.headers.get('cache-control'), rel).toBe(cacheControl.revalidate);
        expectSecurityHeaders(res, rel);
      }
    } finally {
      await sampleServer.close();
    }
  });

  it('the real feeds and calendars of the build arrive compressed', async () => {
    for (const rel of [
      '/feeds/releases.xml',
      '/feeds/cities/soma.xml',
      '/events.ics',
      '/data/releases.json',
    ]) {
      const res = await get(rel, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.status, rel).toBe(200);
      expect(res.headers.get('content-encoding'), rel).toBe('gzip');
      expect(res.headers.get('content-type'), rel).toMatch(/; charset=utf-8$/);
    }
  });

  it('does not serve /_headers, the configuration file for other hosts', async () => {
    expect(existsSync(path.join(site, '_headers'))).toBe(true); // it is in dist/, so nginx could
    const res = await get('/_headers');
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).not.toContain('Content-Security-Policy');
    expect(body).toContain('<html lang="ja"');
  });

  it('redirects plain HTTP to the same address over HTTPS, permanently', async () => {
    const both = await startNginx(site, { redirect: true });
    try {
      // fetch() may not set Host; a raw request can, as a browser asking for the real name would.
      const res = await new Promise<IncomingMessage>((resolve, reject) =>
        request(`${both.redirectOrigin}/releases/2026/soma-three-declarations/?a=1`, {
          headers: { host: 'press.example.lg.jp' },
        })
          .on('response', (r) => resolve(r.resume()))
          .on('error', reject)
          .end(),
      );
      expect(res.statusCode).toBe(301);
      expect(res.headers.location).toBe(
        'https://press.example.lg.jp/releases/2026/soma-three-declarations/?a=1',
      );
      expect(res.headers.server).toBe('nginx');
      // The HTTPS side (here plain, on its own port) still serves pages.
      expect((await fetch(`${both.origin}/`)).status).toBe(200);
    } finally {
      await both.close();
    }
  });

  it('a folder without its slash is redirected relatively, whatever host and port', async () => {
    const res = await get('/releases', { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/releases/');
  });
});

/** Opens a page collecting CSP violations and every console message. */
async function open(urlPath: string): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await browser.newPage();
  const messages: string[] = [];
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(new URL(r.url()).pathname);
  });
  page.on('console', (m) => messages.push(`console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  const res = await page.goto(`${server.origin}${urlPath}`);
  expect(res?.status(), urlPath).toBe(200);
  return {
    page,
    problems: async () => [
      // Chromium asks for /favicon.ico by itself; the site has none (yet), which is no CSP matter.
      ...messages.filter(
        (m) => !(m.includes('Failed to load resource') && failed.every((p) => p === '/favicon.ico')),
      ),
      ...failed.filter((p) => p !== '/favicon.ico').map((p) => `HTTP error: ${p}`),
      ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
    ],
  };
}

/**
 * Runs a Pagefind search in the page, as the site's search UI does, and returns the first result
 * URLs. A string, because Vitest rewrites `import()` inside a function it compiles.
 */
const searchScript = (query: string) => `(async () => {
  const pagefind = await import('/pagefind/pagefind.js');
  const { results } = await pagefind.search(${JSON.stringify(query)});
  return Promise.all(results.slice(0, 5).map(async (r) => (await r.data()).url));
})()`;

describe('in Chromium under those headers', () => {
  it('the home page and a release render with no CSP violation and no console message', async () => {
    for (const urlPath of ['/', sohmaRelease]) {
      const { page, problems } = await open(urlPath);
      expect(await page.locator('h1').count()).toBe(1);
      // The stylesheet applied: the skip link is moved off-screen by global.css.
      expect(await page.locator('.skip-link').evaluate((el) => getComputedStyle(el).position)).not.toBe(
        'static',
      );
      expect(await problems(), urlPath).toEqual([]);
      await page.close();
    }
  });

  it("Pagefind's WebAssembly search finds the Soma release for 相馬市, with no CSP violation", async () => {
    const { page, problems } = await open('/');
    const urls = (await page.evaluate(searchScript('相馬市'))) as string[];
    expect(urls).toContain(sohmaRelease);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('the search page finds the Soma release with no CSP violation', async () => {
    const { page, problems } = await open('/search/');
    const input = page.locator('input[type="search"], input[type="text"]').first();
    await input.fill('相馬市');
    await page.locator(`a[href*="${sohmaRelease}"]`).first().waitFor({ timeout: 15_000 });
    expect(await problems()).toEqual([]);
    await page.close();
  });
});

describe('the test itself', () => {
  it("notices a blocked WebAssembly compile: without 'wasm-unsafe-eval' in the header, search fails", async () => {
    const snippet = readFileSync(path.join(projectRoot, hostConfigFiles.nginx), 'utf8').replace(
      " 'wasm-unsafe-eval'",
      '',
    );
    const strict = await startNginx(site, { snippet });
    try {
      const page = await browser.newPage();
      await page.goto(`${strict.origin}/`);
      const outcome = await page.evaluate(`${searchScript('相馬市')}.catch((e) => 'error: ' + e)`);
      expect(outcome).toMatch(/^error: .*WebAssembly.*Content Security Policy/s);
      await page.close();
    } finally {
      await strict.close();
    }
  });
});
