// @ts-check
// Recommended sets only: they catch real mistakes without imposing a style (Prettier owns
// style), so ordinary code passes and a failure always means something worth a look.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist.previous-*/', '.astro/', 'bench/out/', 'test-results/', '.scratch/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Japanese text uses the ideographic space (U+3000) on purpose; flag it only in code.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }],
      // `const { measurement: _m, ...rest } = x` drops a field on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
