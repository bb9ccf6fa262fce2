/**
 * Packaging a newcomer can rely on: a host that installs only `dependencies`
 * (`npm install --omit=dev`) can build, and the README names the Node that `engines` names.
 */
import { builtinModules } from 'node:module';
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro-build.ts';

const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The package a bare specifier comes from: `@scope/name/sub` → `@scope/name`, `a/b` → `a`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Every package imported by what `astro build` runs: src/ and the Astro config. */
function buildImports(): Map<string, string> {
  const found = new Map<string, string>();
  const files = [...globSync('src/**/*.{ts,mts,js,mjs,astro,css}', { cwd: projectRoot }), 'astro.config.mjs'];
  const patterns = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(?\s*['"]([^'"]+)['"]/g,
    /@import\s+(?:url\()?['"]([^'"]+)['"]/g,
  ];
  for (const file of files) {
    const text = readFileSync(path.join(projectRoot, file), 'utf8');
    for (const pattern of patterns)
      for (const [, specifier] of text.matchAll(pattern)) {
        if (!specifier || /^[./]/.test(specifier) || /^(node|astro):/.test(specifier)) continue;
        if (builtinModules.includes(specifier)) continue;
        found.set(packageOf(specifier), file);
      }
  }
  return found;
}

describe('dependencies', () => {
  it('lists in `dependencies` every package the build imports', () => {
    const imports = buildImports();
    // The scan works: it finds packages imported from .astro, .ts and .css files.
    expect([...imports.keys()]).toEqual(
      expect.arrayContaining(['astro', 'pagefind', '@digital-go-jp/design-tokens']),
    );
    const missing = [...imports]
      .filter(([name]) => !(name in pkg.dependencies))
      .map(([n, f]) => `${n} (${f})`);
    expect(missing, 'move these to dependencies: a host installing with --omit=dev could not build').toEqual(
      [],
    );
  });

  it('keeps the pinned Node runtime in `dependencies`, as npm scripts run under it', () => {
    expect(Object.keys(pkg.dependencies)).toContain('node');
  });

  it('lists no package twice', () => {
    expect(Object.keys(pkg.dependencies).filter((n) => n in pkg.devDependencies)).toEqual([]);
  });
});

describe('package-lock.json', () => {
  it('describes this package.json, so a fresh npm install leaves it as committed', () => {
    const lock = JSON.parse(readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, Record<string, unknown>>;
    };
    const root = lock.packages['']!;
    expect({
      engines: root.engines,
      dependencies: root.dependencies,
      devDependencies: root.devDependencies,
    }).toEqual({
      engines: pkg.engines,
      dependencies: pkg.dependencies,
      devDependencies: pkg.devDependencies,
    });
  });
});

describe('Node version', () => {
  it('is the same in `engines` and in the README', () => {
    const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    expect(readme).toContain(`\`engines\`: \`${pkg.engines.node}\``);
    const minimum = /^>=(\d+)\.(\d+)\.\d+$/.exec(pkg.engines.node);
    expect(minimum, 'engines.node is a plain minimum such as >=20.17.0').not.toBeNull();
    expect(readme).toContain(`Node ${minimum![1]}.${minimum![2]} or newer`);
  });
});
