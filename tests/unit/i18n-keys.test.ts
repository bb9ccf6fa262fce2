/**
 * Every UI string and every piece of policy or documentation prose in src/i18n (the UI strings in
 * ja.ts, en.ts, ja-search.ts; the prose in src/i18n/ja/) is used somewhere in the code that builds
 * the site: a string no page shows is dead weight that editors would still translate and keep true.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro-build.ts';
import { unusedKeys } from '../helpers/i18n-usage.ts';

const i18nDir = path.join(projectRoot, 'src/i18n');
const sources = globSync('{src,scripts}/**/*.{ts,mts,js,mjs,astro}', { cwd: projectRoot })
  .filter((f) => !path.resolve(projectRoot, f).startsWith(i18nDir + path.sep))
  .map((f) => readFileSync(path.join(projectRoot, f), 'utf8'));

/** Every object exported by a module in src/i18n, with the other expressions that reach it. */
async function stringTables(): Promise<{ name: string; table: object; alsoAs: string[] }[]> {
  const modules = await Promise.all(
    globSync('**/*.ts', { cwd: i18nDir }).map(
      async (f) => (await import(path.join(i18nDir, f))) as Record<string, unknown>,
    ),
  );
  const exported = modules.flatMap((m) =>
    Object.entries(m).filter((e): e is [string, object] => typeof e[1] === 'object' && e[1] !== null),
  );
  return exported.map(([name, table]) => ({
    name,
    table,
    // e.g. jaSearch is also ja.search
    alsoAs: exported.flatMap(([other, t]) =>
      Object.entries(t)
        .filter(([, v]) => v === table)
        .map(([k]) => `${other}.${k}`),
    ),
  }));
}

// Reads every source file and imports the string tables: slow on a busy machine.
describe('UI strings', { timeout: 60_000 }, () => {
  it('has no key that no page, component, library or script uses', async () => {
    const tables = await stringTables();
    // The UI strings and the prose modules in src/i18n/ja/ are all checked.
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'ja',
        'jaSearch',
        'en',
        'accessibilityStatement',
        'openDataDocs',
        'pressPolicy',
        'subscriptionGuide',
        'termsOfUse',
      ]),
    );
    const own = new Set(tables.map((t) => t.table));
    const unused = tables.flatMap(({ name, table, alsoAs }) =>
      unusedKeys(name, table, sources, alsoAs, own).map((k) => `${name}.${k}`),
    );
    expect(unused, 'delete these keys from src/i18n, or use them').toEqual([]);
  });
});

describe('the unused-key finder', () => {
  const table = { a: { b: 'x', c: 'y', d: { e: 'z', f: 'w' } }, g: { h: 'v' }, i: { j: 'u' } };
  const find = (...code: string[]) => unusedKeys('ja', table, code);

  it('flags a key that no source names, and only that one', () => {
    expect(find('ja.a.b; ja.a.d.e; x(ja.a.d.f); ja.g.h; ja.i.j')).toEqual(['a.c']);
  });
  it('follows aliases and destructuring, and stops at a longer name', () => {
    expect(find('const t = ja.a;\nt.b; t.d.e;', 'const { h } = ja.g; h;', 'ja.a.d.fx; ja.i.jj')).toEqual([
      'a.c',
      'a.d.f',
      'i.j',
    ]);
  });
  it('counts a parent indexed by a value or handed over whole as using all its keys', () => {
    expect(find('ja.a[k]; f(ja.g); const x = { ...ja.i };')).toEqual([]);
  });
});
