// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { contentDirFromEnv } from './src/lib/corpus/layout.ts';

// Tests and the benchmark build other corpora into other folders; see README "Environment".
const env = process.env;

export default defineConfig({
  site: env.SITE_URL || 'https://pressroom.example.jp',
  trailingSlash: 'always',
  outDir: env.PRESSROOM_OUT_DIR || './dist',
  cacheDir: env.PRESSROOM_CACHE_DIR || './node_modules/.astro',
  integrations: [contentGuard({ contentDir: contentDirFromEnv(env) }), mdx()],
  vite: {
    build: {
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
});
