/**
 * The built pages carry Astro's CSP <meta>, and work under the header policy alone
 * (public/_headers, deploy/nginx), which has no per-page hashes: no inline script, style or
 * style attribute anywhere.
 */
import * as cheerio from 'cheerio';
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { headerOnlyDirectives, headerPolicy, parsePolicy } from '../../src/lib/security/headers.ts';
import { hostConfigFiles } from '../../src/lib/security/host-config.ts';
import { projectRoot } from '../helpers/astro-build.ts';
import { TEST_BUILD_TIME } from './global-setup.ts';
import { isExecutableScriptType } from '../helpers/html.ts';

const dist = inject('distDir');
const pages = globSync('**/*.html', { cwd: dist }).sort();
const load = (rel: string) => cheerio.load(readFileSync(path.join(dist, rel), 'utf8'));

/** The header policy as the meta must state it: without the directives a meta cannot carry. */
const expectedMeta = (() => {
  const policy = parsePolicy(headerPolicy());
  for (const d of headerOnlyDirectives) policy.delete(d.split(' ')[0]!);
  return policy;
})();

describe('Content-Security-Policy in every page', () => {
  it('is one <meta http-equiv> with no unsafe-inline, allowing Pagefind WebAssembly', () => {
    expect(pages.length).toBeGreaterThan(40);
    for (const rel of pages) {
      const metas = load(rel)('meta[http-equiv="content-security-policy"]');
      expect(metas.length, rel).toBe(1);
      const policy = parsePolicy(metas.attr('content') ?? '');
      const script = policy.get('script-src') ?? [];
      expect(script, rel).toContain("'self'");
      expect(script, rel).toContain("'wasm-unsafe-eval'");
      for (const [name, sources] of policy)
        expect(sources, `${rel} ${name}`).not.toContain("'unsafe-inline'");
    }
  });

  it('is the header policy once Astro’s hashes are set aside', () => {
    for (const rel of pages) {
      const policy = parsePolicy(
        load(rel)('meta[http-equiv="content-security-policy"]').attr('content') ?? '',
      );
      const withoutHashes = new Map(
        [...policy].map(([name, sources]) => [name, sources.filter((s) => !/^'sha(256|384|512)-/.test(s))]),
      );
      expect(withoutHashes, rel).toEqual(expectedMeta);
    }
  });

  it('is all a page needs: no inline script, <style> or style attribute that only a hash would allow', () => {
    for (const rel of pages) {
      const $ = load(rel);
      $('script').each((_, el) => {
        // Data blocks (JSON-LD, Pagefind's template) are not executed, so CSP does not apply to them.
        if (!isExecutableScriptType($(el).attr('type'))) return;
        expect($(el).attr('src'), `${rel}: inline <script>`).toBeTruthy();
      });
      expect($('style').length, `${rel}: <style>`).toBe(0);
      expect($('[style]').length, `${rel}: style attribute`).toBe(0);
    }
  });
});

describe('files for the web server', () => {
  it('public/_headers is deployed as dist/_headers, unchanged', () => {
    expect(readFileSync(path.join(dist, '_headers'), 'utf8')).toBe(
      readFileSync(path.join(projectRoot, hostConfigFiles.headers), 'utf8'),
    );
  });
});

describe('schedule.json', () => {
  it('gives the build instant, and no next publication when every release is public', () => {
    expect(JSON.parse(readFileSync(path.join(dist, 'schedule.json'), 'utf8'))).toEqual({
      builtAt: TEST_BUILD_TIME,
      nextPublication: null,
    });
  });
});
