import type { KnipConfig } from 'knip';

// Knip finds unused files, dependencies and exports. Entry points come from its Astro, Vitest,
// ESLint and textlint plugins and from the npm scripts (scripts/*.ts).
const config: KnipConfig = {
  // Content and the broken-on-purpose fixtures are data, not modules; public/ is served as is.
  ignore: ['content/**', 'tests/fixtures/**', 'public/**'],
  // An export used only inside its own file is not dead; one used nowhere is.
  ignoreExportsUsedInFile: true,
  // Debian's, not npm's: scripts/provision.ts checks for them and installs them.
  ignoreBinaries: ['apt-get', 'dpkg-query', 'fc-list'],
  // A font package: src/data/og-image.ts resolves one of its .ttf files by path, never imports it.
  ignoreDependencies: ['@expo-google-fonts/noto-sans-jp'],
  compilers: {
    // The design tokens are imported by the global stylesheet.
    css: (text: string) =>
      [...text.matchAll(/@import\s+['"]([^'"]+)['"]/g)].map(([, from]) => `import '${from}';`).join('\n'),
  },
};

export default config;
