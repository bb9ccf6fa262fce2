/**
 * Reader budgets over the real build (bytes are deterministic, so they are tested; timings are
 * not): every page but search arrives in one round trip — HTML plus its own CSS, gzip-compressed
 * as a host serves it, within 14 KiB — and runs no JavaScript at all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  gzipSize,
  htmlPages,
  isSearchPage,
  PAGE_BUDGET_BYTES,
  pageWeight,
  scriptFindings,
} from '../../scripts/bench/budgets.ts';

const dist = inject('distDir');
const pages = htmlPages(dist).filter((p) => !isSearchPage(p));

describe('reader budgets', () => {
  it('covers every page of the site', () => {
    expect(pages.length).toBeGreaterThan(30);
    expect(pages).toContain('index.html');
    expect(pages).toContain('releases/2026/soma-three-declarations/index.html');
  });

  it('keeps every page but search within 14 KiB of HTML + same-origin CSS, gzip', () => {
    const cssCache = new Map<string, number>();
    const over: string[] = [];
    for (const page of pages) {
      const w = pageWeight(dist, page, { cssCache });
      expect(w.missing, `${page} links a stylesheet that is not in dist/`).toEqual([]);
      if (w.totalGzip > PAGE_BUDGET_BYTES)
        over.push(
          `${page}: ${w.totalGzip} B (HTML ${w.htmlGzip} B + CSS ${w.css.map((c) => `${c.file} ${c.gzip} B`).join(', ') || 'none'})`,
        );
    }
    expect(over).toEqual([]);
  });

  it('counts linked CSS in the weight (so a stylesheet cannot dodge the budget)', () => {
    const w = pageWeight(dist, 'releases/2026/soma-three-declarations/index.html');
    const html = readFileSync(path.join(dist, w.page));
    expect(w.htmlGzip).toBe(gzipSize(html));
    expect(w.totalGzip).toBe(w.htmlGzip + w.css.reduce((a, c) => a + c.gzip, 0));
    // The site's stylesheet is either linked (and counted) or inlined into the HTML.
    expect(w.css.length > 0 || html.includes('<style')).toBe(true);
  });

  it('runs no JavaScript outside search: no <script> but JSON-LD, no .js fetched, no handlers', () => {
    const found = pages.flatMap((page) =>
      scriptFindings(readFileSync(path.join(dist, page), 'utf8')).map((f) => `${page}: ${f}`),
    );
    expect(found).toEqual([]);
  });

  it('recognises JavaScript in its many forms (the check above cannot pass vacuously)', () => {
    expect(scriptFindings('<script type="application/ld+json">{}</script>')).toEqual([]);
    for (const html of [
      '<script>alert(1)</script>',
      '<script type="module" src="/_astro/a.js"></script>',
      '<link rel="modulepreload" href="/_astro/a.js">',
      '<link rel="preload" as="script" href="/x">',
      '<img src="a.png" onerror="x()">',
      '<a href="javascript:void(0)">x</a>',
      '<iframe src="/widget.mjs"></iframe>',
    ])
      expect(scriptFindings(html), html).not.toEqual([]);
  });
});
