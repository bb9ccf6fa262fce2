/**
 * The security headers have one source (src/lib/security/headers.ts); the files kept for web
 * servers must be exactly what it renders, and must mean what we intend on those hosts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  astroCsp,
  cacheControl,
  headerOnlyDirectives,
  headerPolicy,
  parsePolicy,
  securityHeaders,
} from '../../src/lib/security/headers.ts';
import {
  hostConfigFiles,
  renderHeadersFile,
  renderNginxRedirect,
  renderNginxSnippet,
} from '../../src/lib/security/host-config.ts';
import { projectRoot } from '../helpers/astro-build.ts';

const read = (rel: string) => readFileSync(path.join(projectRoot, rel), 'utf8');

describe('the policy', () => {
  const policy = parsePolicy(headerPolicy());

  it('allows scripts from the site itself and WebAssembly for Pagefind, never inline or eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    for (const [name, sources] of policy) {
      expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain("'unsafe-eval'");
    }
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is the meta policy Astro is configured with, plus the header-only directives', () => {
    const meta = parsePolicy(
      [
        ...astroCsp.directives,
        `script-src ${astroCsp.scriptDirective.resources.join(' ')}`,
        `style-src ${astroCsp.styleDirective.resources.join(' ')}`,
      ].join(';'),
    );
    const headerOnly = [...parsePolicy(headerOnlyDirectives.join(';')).keys()];
    const header = new Map([...policy].filter(([name]) => !headerOnly.includes(name)));
    expect(meta).toEqual(header);
  });
});

describe('files kept for web servers', () => {
  it.each(Object.values(hostConfigFiles))('%s is what `npm run headers` renders', (file) => {
    const rendered = {
      [hostConfigFiles.headers]: renderHeadersFile,
      [hostConfigFiles.nginx]: renderNginxSnippet,
      [hostConfigFiles.nginxRedirect]: renderNginxRedirect,
    }[file]();
    expect(read(file), `${file} is out of date: run npm run headers`).toBe(rendered);
  });

  /** Netlify / Cloudflare Pages: every rule whose pattern matches applies; `*` matches anything. */
  function headersFor(urlPath: string): Map<string, string[]> {
    const result = new Map<string, string[]>();
    let applies = false;
    for (const line of read(hostConfigFiles.headers).split('\n')) {
      if (line.startsWith('#') || line.trim() === '') continue;
      if (!/^\s/.test(line)) {
        const pattern = new RegExp(
          `^${line
            .trim()
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replaceAll('*', '.*')}$`,
        );
        applies = pattern.test(urlPath);
        continue;
      }
      if (!applies) continue;
      const [name, ...value] = line.trim().split(': ');
      result.set(name!.toLowerCase(), [...(result.get(name!.toLowerCase()) ?? []), value.join(': ')]);
    }
    return result;
  }

  it('_headers gives every path each security header exactly once', () => {
    for (const p of [
      '/',
      '/releases/2026/soma-three-declarations/',
      '/_astro/Base.abc123.css',
      '/pagefind/fragment/ja_1.pf_fragment',
    ]) {
      const h = headersFor(p);
      for (const [name, value] of securityHeaders())
        expect(h.get(name.toLowerCase()), `${p} ${name}`).toEqual([value]);
    }
  });

  it('_headers caches hashed assets for a year and leaves HTML to the host default (revalidate)', () => {
    // Both hosts join two matching rules' values with a comma, so HTML must get no Cache-Control
    // of ours, or /_astro/ would end up with two contradicting ones.
    expect(headersFor('/releases/').get('cache-control')).toBeUndefined();
    expect(headersFor('/_astro/Base.abc123.css').get('cache-control')).toEqual([cacheControl.immutable]);
    expect(headersFor('/pagefind/index/ja_1.pf_index').get('cache-control')).toEqual([
      cacheControl.immutable,
    ]);
    expect(headersFor('/pagefind/wasm.ja.pagefind').get('content-type')).toEqual(['application/wasm']);
  });

  it('the nginx snippet adds every security header with `always` (error pages too) at server level', () => {
    const conf = read(hostConfigFiles.nginx);
    const serverLevel = conf.split('\nlocation')[0]!;
    for (const [name, value] of securityHeaders())
      expect(serverLevel).toContain(`add_header ${name} "${value}" always;`);
    // nginx drops inherited add_header in a location that has its own: locations must have none.
    const locations = conf.slice(serverLevel.length);
    expect(locations).not.toContain('add_header');
  });
});
