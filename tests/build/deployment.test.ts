/**
 * A mistaken deploy is never indexed: the test build (SITE_URL unset, the example operator file)
 * warns, marks every page noindex and disallows every crawl; a build with a real SITE_URL and a
 * filled operator file does none of that, and shows the operator on the operator page.
 */
import * as cheerio from 'cheerio';
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { astroBuild, projectRoot, type BuildResult } from '../helpers/astro-build.ts';
import { TEST_BUILD_TIME } from './global-setup.ts';

const dist = inject('distDir');
const pages = (dir: string) => globSync('**/*.html', { cwd: dir });
const robotsMeta = (dir: string, file: string) =>
  cheerio
    .load(readFileSync(path.join(dir, file), 'utf8'))('meta[name="robots"]')
    .attr('content');

describe('a build for the example domain with the example operator file', () => {
  it('marks every page noindex', () => {
    expect(pages(dist).length).toBeGreaterThan(20);
    for (const file of pages(dist)) expect(robotsMeta(dist, file), file).toBe('noindex');
  });

  it('writes a robots.txt that disallows everything', () => {
    const robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*\nDisallow: \/\n$/m);
    expect(robots).not.toMatch(/^Allow:/m);
  });

  it('shows no operator on the operator page, and says the details are not set', () => {
    const $ = cheerio.load(readFileSync(path.join(dist, 'about/index.html'), 'utf8'));
    expect($('#operator').parent().text()).toContain('まだ設定されていません');
    // The example file's placeholder name and address appear nowhere.
    const example = readFileSync(path.join(projectRoot, 'deploy/operator.yaml'), 'utf8');
    const placeholder = /^name: (.+)$/m.exec(example)?.[1];
    expect(placeholder).toBeTruthy();
    expect($.html()).not.toContain(placeholder!);
    expect($.html()).not.toContain('contact@pressroom.example.jp');
  });

  it('is linked from the footer of every page', () => {
    for (const file of ['index.html', 'releases/2026/soma-three-declarations/index.html', '404.html']) {
      const $ = cheerio.load(readFileSync(path.join(dist, file), 'utf8'));
      expect($('footer a[href="/about/"]').text(), file).toBe('運営者・利用規約');
    }
  });
});

describe('a build with a real SITE_URL and a filled operator file', () => {
  let build: BuildResult;
  let exampleLog: BuildResult;
  beforeAll(() => {
    build = astroBuild({
      env: {
        BUILD_TIME: TEST_BUILD_TIME,
        SITE_URL: 'https://press.example.lg.jp',
        PRESSROOM_OPERATOR_FILE: path.join(projectRoot, 'tests/fixtures/operator/filled.yaml'),
      },
    });
    // Only SITE_URL set, the operator file still the example: still a preview.
    exampleLog = astroBuild({
      env: { BUILD_TIME: TEST_BUILD_TIME, SITE_URL: 'https://press.example.lg.jp' },
    });
  });

  it('builds without the warning, and the example builds print it with what to fix', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(build.output).not.toContain('このビルドは公開用ではありません');
    expect(exampleLog.status).toBe(0);
    expect(exampleLog.output).toContain('このビルドは公開用ではありません');
    expect(exampleLog.output).toContain('deploy/operator.yaml が例のままです');
    expect(exampleLog.output).not.toContain('SITE_URL が設定されていないため');
    expect(robotsMeta(exampleLog.outDir, 'index.html')).toBe('noindex');
  });

  it('marks no page noindex but the 404 page', () => {
    for (const file of pages(build.outDir))
      expect(robotsMeta(build.outDir, file), file).toBe(file === '404.html' ? 'noindex' : undefined);
  });

  it('writes a robots.txt that allows crawling and names the sitemap at the real address', () => {
    const robots = readFileSync(path.join(build.outDir, 'robots.txt'), 'utf8');
    expect(robots).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://press.example.lg.jp/sitemap-index.xml\n',
    );
  });

  it('shows the operator and the contact on the operator page', () => {
    const $ = cheerio.load(readFileSync(path.join(build.outDir, 'about/index.html'), 'utf8'));
    expect($('#operator').parent().text()).toContain('テスト運営者（試験用の架空の組織）');
    expect($('#contact').parent().find('a[href="mailto:contact@test-operator.example.org"]').length).toBe(1);
    expect($('#contact').parent().text()).toContain('試験用の文です。');
  });
});
