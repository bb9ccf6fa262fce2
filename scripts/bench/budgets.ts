/**
 * Reader budgets, measured on a built dist/ as a host serves it: each file gzip-compressed at
 * level 6 (the common default of nginx, Apache and CDNs). Shared by the budget tests and the
 * benchmark, so both count bytes the same way.
 */
import * as cheerio from 'cheerio';
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One round trip: HTML plus its CSS fits in the first ~14 KiB a server may send (initcwnd 10). */
export const PAGE_BUDGET_BYTES = 14 * 1024;
/** Everything a browser fetches for the first search, compressed. */
export const FIRST_SEARCH_BUDGET_BYTES = 150 * 1024;

export const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 6 }).length;

/** The search pages (Japanese, and the English edition's /en/search/) alone may run JavaScript and weigh more. */
export const isSearchPage = (rel: string) => /^(en\/)?search\//.test(rel.split(path.sep).join('/'));

/** Every HTML file of dist/, relative to it, sorted. */
export function htmlPages(distDir: string): string[] {
  return globSync('**/*.html', { cwd: distDir }).sort();
}

/** The file a same-origin URL found in a page points to, or undefined for another origin. */
function localFile(distDir: string, pageRel: string, url: string, siteOrigin: string): string | undefined {
  if (/^(data|blob):/.test(url)) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(url, new URL(pageRel.split(path.sep).join('/'), `${siteOrigin}/`));
  } catch {
    return undefined;
  }
  if (resolved.origin !== siteOrigin) return undefined;
  return path.join(distDir, decodeURIComponent(resolved.pathname));
}

export interface PageWeight {
  page: string;
  htmlGzip: number;
  css: { file: string; gzip: number }[];
  /** Linked same-origin stylesheets that are not in dist/ (a broken link costs a round trip too). */
  missing: string[];
  totalGzip: number;
}

/**
 * HTML + same-origin CSS of one page, each file compressed on its own as it is transferred.
 * `cssCache` spares recompressing the shared stylesheet on every page.
 */
export function pageWeight(
  distDir: string,
  page: string,
  options: { siteOrigin?: string; cssCache?: Map<string, number> } = {},
): PageWeight {
  const origin = options.siteOrigin ?? 'https://pressroom.example.jp';
  const cache = options.cssCache ?? new Map<string, number>();
  const html = readFileSync(path.join(distDir, page));
  const $ = cheerio.load(html);
  const css: PageWeight['css'] = [];
  const missing: string[] = [];
  $('link[rel~="stylesheet"][href]').each((_, el) => {
    const href = $(el).attr('href') ?? '';
    const file = localFile(distDir, page, href, origin);
    if (!file) return;
    if (!existsSync(file) || !statSync(file).isFile()) {
      missing.push(href);
      return;
    }
    let gzip = cache.get(file);
    if (gzip === undefined) {
      gzip = gzipSize(readFileSync(file));
      cache.set(file, gzip);
    }
    css.push({ file: path.relative(distDir, file), gzip });
  });
  const htmlGzip = gzipSize(html);
  return { page, htmlGzip, css, missing, totalGzip: htmlGzip + css.reduce((a, c) => a + c.gzip, 0) };
}

/** Everything in a page that would run or fetch JavaScript; empty when the page has none. */
export function scriptFindings(html: string): string[] {
  const $ = cheerio.load(html);
  const found: string[] = [];
  $('script').each((_, el) => {
    const type = ($(el).attr('type') ?? '').trim().toLowerCase();
    if (type !== 'application/ld+json') found.push(`<script${type ? ` type="${type}"` : ''}>`);
  });
  $('link[href]').each((_, el) => {
    const rel = ($(el).attr('rel') ?? '').toLowerCase();
    const as = ($(el).attr('as') ?? '').toLowerCase();
    const href = $(el).attr('href') ?? '';
    if (rel.includes('modulepreload') || as === 'script' || /\.m?js(\?|#|$)/.test(href))
      found.push(`<link rel="${rel}" href="${href}">`);
  });
  $('[src]').each((_, el) => {
    const src = $(el).attr('src') ?? '';
    if (/\.m?js(\?|#|$)/.test(src)) found.push(`<${el.tagName} src="${src}">`);
  });
  $('*').each((_, el) => {
    if (el.type !== 'tag') return;
    for (const name of Object.keys(el.attribs))
      if (/^on[a-z]+$/i.test(name)) found.push(`<${el.tagName} ${name}>`);
  });
  $('[href^="javascript:" i], [action^="javascript:" i]').each((_, el) => {
    found.push(`<${el.tagName} javascript: URL>`);
  });
  return found;
}
