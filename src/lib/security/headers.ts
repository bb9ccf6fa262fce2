/**
 * The site's security headers, in one place. Astro's `<meta>` CSP (astro.config.mjs), the
 * `_headers` file for Netlify / Cloudflare Pages and the nginx snippet are all generated from
 * this module (`npm run headers`), and tests/unit/security-headers.test.ts fails when they drift.
 *
 * Every page must work under the header policy alone, which has no per-page hashes: so the site
 * ships no inline scripts or styles (`build.inlineStylesheets: 'never'`), and the built pages'
 * meta policy, once Astro's hashes are removed, must equal the header policy
 * (tests/build/security.test.ts).
 */

/**
 * `script-src`: same-origin files only. Pagefind compiles WebAssembly, which needs
 * 'wasm-unsafe-eval' (it allows WebAssembly compilation, not JavaScript eval). Never
 * 'unsafe-inline'. Astro replaces its defaults with this list, so 'self' is spelt out.
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** `style-src`: same-origin stylesheets only. */
export const styleSources = ["'self'"] as const;

/** The other directives, valid in a `<meta>` element as well as in a header. */
export const sharedDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Directives browsers ignore (and warn about) in a `<meta>` policy: header only. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** The `security.csp` option of astro.config.mjs. */
export const astroCsp = {
  directives: [...sharedDirectives],
  scriptDirective: { resources: [...scriptSources] },
  styleDirective: { resources: [...styleSources] },
};

/** The Content-Security-Policy header value. */
export function headerPolicy(): string {
  return [
    ...sharedDirectives,
    `script-src ${scriptSources.join(' ')}`,
    `style-src ${styleSources.join(' ')}`,
    ...headerOnlyDirectives,
  ].join('; ');
}

/** Parses a policy into directive → sources, for comparing policies written in any order. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Headers every response gets, HTML or not. */
export function securityHeaders(): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', headerPolicy()],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    // Only features Chromium and Firefox recognise: an unknown one is logged as a console error.
    [
      'Permissions-Policy',
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    ],
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['X-Frame-Options', 'DENY'],
  ];
}

/**
 * Caching. Astro's files under /_astro/ and Pagefind's index files carry a content hash in their
 * name and never change; everything else (HTML, feeds, data, schedule.json) must follow the next
 * build promptly, because an embargoed release goes public at a rebuild.
 */
export const cacheControl = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

/** URL prefixes whose files are content-hashed (Pagefind's `.pf_*` files live in these folders). */
export const hashedPrefixes = [
  '/_astro/',
  '/pagefind/fragment/',
  '/pagefind/index/',
  '/pagefind/filter/',
] as const;
