// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { deploymentCheck } from './src/integrations/deployment-check.ts';
import { scheduleReport } from './src/integrations/schedule-report.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { englishSearch } from './src/integrations/pagefind-english.ts';
import { cacheDirFromEnv, contentDirFromEnv } from './src/lib/corpus/layout.ts';
import { EXAMPLE_SITE_URL } from './src/lib/deployment.ts';
import { astroCsp } from './src/lib/security/headers.ts';

// Tests and the benchmark build other corpora into other folders; see docs/operators.md "Environment variables".
const env = process.env;

export default defineConfig({
  // Unset, the site is built for the example domain and marked noindex (src/lib/deployment.ts).
  site: env.SITE_URL || EXAMPLE_SITE_URL,
  trailingSlash: 'always',
  // Japanese at the root, the English edition under /en/ (src/pages/en/); Astro.currentLocale
  // tells a page or component which edition it renders. No fallback: an entry without an English
  // summary has no English page (English lists link its Japanese page, marked "Japanese only").
  i18n: { locales: ['ja', 'en'], defaultLocale: 'ja', routing: { prefixDefaultLocale: false } },
  outDir: env.PRESSROOM_OUT_DIR || './dist',
  cacheDir: cacheDirFromEnv(env),
  integrations: [
    contentGuard({ contentDir: contentDirFromEnv(env) }),
    deploymentCheck(),
    mdx(),
    sitemap(),
    pagefindSearch({ contentDir: contentDirFromEnv(env) }),
    englishSearch({ contentDir: contentDirFromEnv(env) }),
    scheduleReport(),
  ],
  // One policy for the <meta> and the HTTP headers (public/_headers, deploy/nginx): see headers.ts.
  security: { csp: astroCsp },
  // List pages (/releases/page/2/) and entry pages (/releases/2026/…/) come from different routes;
  // should two routes ever produce the same address, fail the build instead of dropping a page.
  prerenderConflictBehavior: 'error',
  build: {
    // Inline <style>/<script> would need per-page hashes that a static _headers file cannot carry.
    inlineStylesheets: 'never',
    // Four pages at a time: while one page's file is written (or, on a rebuild, copied back from
    // the incremental cache), the next is rendered. At 10,000 releases: rendering 59.5 → 53.1 s,
    // a rebuild 55.2 → 47.1 s (bench/RESULTS.md, seventh session). Pages do not depend on each
    // other; what they share (feed bodies, og cards) is memoised per build.
    concurrency: 4,
  },
  vite: {
    build: {
      // `npm run build` keeps a finished previous output for Astro to keep its unchanged pages in,
      // and prunes it afterwards (scripts/build/kept-dist.ts); every other build starts empty.
      emptyOutDir: env.PRESSROOM_KEEP_OUTPUT !== '1',
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's own wrapper for every .mdx entry trips this bundler warning, one multi-line
        // warning per file: 5,000 of them in a 10,000-release build bury every real message.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  // Pages whose cacheKey (src/lib/cache-keys.ts) and code are unchanged are restored from the
  // previous build's cache instead of rendered: a one-release edit re-renders one page.
  experimental: { incrementalBuild: true },
  // Shiki colours code with inline style attributes, which the CSP blocks; releases need no colours.
  markdown: { syntaxHighlight: false },
});
