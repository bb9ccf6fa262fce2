/** The real site, built once by global-setup.ts: a page for every entry, and nothing broken. */
import * as cheerio from 'cheerio';
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { collectionNames } from '../../src/schemas/primitives.ts';
import { checkCorpus } from '../../src/lib/corpus/validate.ts';
import { isPublic, type Publishable } from '../../src/lib/publishing.ts';
import { realContentDir } from '../helpers/corpus.ts';
import { TEST_BUILD_TIME } from './global-setup.ts';

const dist = inject('distDir');
const page = (urlPath: string) => path.join(dist, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
const load = (file: string) => cheerio.load(readFileSync(file, 'utf8'));

const { entries } = checkCorpus(realContentDir);
const now = new Date(TEST_BUILD_TIME);
const expected = entries.filter(
  (e) => e.collection !== 'releases' || isPublic(e.data as unknown as Publishable, now),
);

describe('built site', () => {
  let htmlFiles: string[] = [];
  beforeAll(() => {
    htmlFiles = globSync('**/*.html', { cwd: dist });
  });

  it('has a page for every entry, titled with its name', () => {
    expect(expected.length).toBe(entries.length); // all real releases are public at the test instant
    for (const e of expected) {
      const file = page(`/${e.collection}/${e.id}/`);
      expect(existsSync(file), file).toBe(true);
      const name = String(e.data.title ?? e.data.name);
      expect(load(file)('h1').text().trim(), file).toBe(name);
    }
  });

  it('has an index for every collection listing all its entries', () => {
    for (const c of collectionNames) {
      const $ = load(page(`/${c}/`));
      const hrefs = new Set(
        $('main a')
          .map((_, a) => $(a).attr('href'))
          .get(),
      );
      for (const e of expected.filter((x) => x.collection === c))
        expect(hrefs, `${c}/${e.id}`).toContain(`/${c}/${e.id}/`);
    }
    expect(existsSync(page('/'))).toBe(true);
    expect(existsSync(path.join(dist, '404.html'))).toBe(true);
  });

  it('gives every page lang="ja", one h1, a title and a canonical URL', () => {
    expect(htmlFiles.length).toBeGreaterThan(expected.length);
    const titles = new Map<string, string>();
    for (const f of htmlFiles) {
      const $ = load(path.join(dist, f));
      expect($('html').attr('lang'), f).toBe('ja');
      expect($('h1').length, f).toBe(1);
      const title = $('title').text();
      expect(title, f).not.toBe('');
      if (f !== '404.html') expect($('link[rel=canonical]').attr('href'), f).toMatch(/^https:\/\//);
      expect(titles.get(title), `${f} repeats the title of ${titles.get(title)}`).toBeUndefined();
      titles.set(title, f);
    }
  });

  it('has no internal link to a page that does not exist', () => {
    const broken: string[] = [];
    for (const f of htmlFiles) {
      const $ = load(path.join(dist, f));
      $('a[href^="/"]').each((_, a) => {
        const href = ($(a).attr('href') ?? '').split('#')[0] ?? '';
        const target = path.join(dist, decodeURIComponent(href), href.endsWith('/') ? 'index.html' : '');
        if (!existsSync(target)) broken.push(`${f} → ${href}`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('publishes organisational press contacts and never a mobile number', () => {
    for (const f of htmlFiles)
      expect(readFileSync(path.join(dist, f), 'utf8'), f).not.toMatch(/0[789]0-\d{4}-\d{4}/);
    const $ = load(page('/releases/2026/soma-three-declarations/'));
    expect($('#contacts').parent().text()).toContain('03-5730-3081');
  });
});
