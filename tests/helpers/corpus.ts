/** Temporary copies of the real corpus with extra files, for tests that break it on purpose. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from './astro-build.ts';

export const realContentDir = path.join(projectRoot, 'content');
export const badFixturesDir = path.join(projectRoot, 'tests/fixtures/bad');

export function copyCorpus(extra: Record<string, string> = {}): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'pressroom-content-')), 'content');
  cpSync(realContentDir, dir, { recursive: true });
  for (const [rel, text] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

export interface BadFixture {
  /** Path inside a content folder, e.g. releases/2026/missing-title.mdx */
  rel: string;
  text: string;
  /** The field the check must name, from the fixture's `# expect:` line. */
  expectField: string;
}

export function badFixtures(): BadFixture[] {
  return globSync('**/*.*', { cwd: badFixturesDir })
    .sort()
    .map((rel) => {
      const text = readFileSync(path.join(badFixturesDir, rel), 'utf8');
      const expectField = /^# expect: (.+)$/m.exec(text)?.[1]?.trim();
      if (!expectField) throw new Error(`${rel}: fixture has no "# expect: field" line`);
      return { rel: rel.split(path.sep).join('/'), text, expectField };
    });
}
