/**
 * A release scheduled for the future is in no feed, calendar, data file, CSV or search index
 * until a build runs past its time; then it is in all of them. The release carries a canary word
 * in its id, title, body and event, and is the source of a new declaration signatory (so the CSV
 * would link it).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { copyCorpus, realContentDir } from '../helpers/corpus.ts';

const canary = 'zqcanaryx';
const releaseFile = `releases/2026/${canary}-release.mdx`;
const release = `---
kind: original
title: ${canary}の記者発表
lead: 予定された時刻まで公開されない報道発表です（${canary}）。
published: 2026-12-01T10:00:00+09:00
publishers: [soma-city]
cities: [soma]
declarations: [paternity-leave-100]
topics: [paternity-leave]
events:
  - title: ${canary}説明会
    start: 2026-12-10
contacts:
  - organization: soma-city
    department: 秘書広報課
    phone: 0000-00-0000
---

本文にも${canary}という語を含めています。
`;
// The signatory is added to an existing declaration, citing the scheduled release as its source.
const declarationFile = 'declarations/paternity-leave-100.mdx';
const declaration = readFileSync(path.join(realContentDir, declarationFile), 'utf8').replace(
  /^signatories:\n/m,
  `signatories:\n  - organization: nakano-city\n    announced: 2026-12-01\n    source:\n      release: 2026/${canary}-release\n`,
);

/** Every output this work writes: feeds, calendars, data files, CSVs and the search index (gunzipped). */
function findabilityText(dist: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else {
        const bytes = readFileSync(file);
        // Pagefind's index and fragments are gzip files.
        const text =
          bytes[0] === 0x1f && bytes[1] === 0x8b
            ? gunzipSync(bytes).toString('utf8')
            : bytes.toString('utf8');
        parts.push(`${path.relative(dist, file)}\n${text}`);
      }
    }
  };
  for (const dir of ['feeds', 'calendar', 'data', 'pagefind']) walk(path.join(dist, dir));
  for (const file of ['events.ics', 'sitemap-0.xml']) parts.push(readFileSync(path.join(dist, file), 'utf8'));
  return parts.join('\n');
}

describe('a release scheduled for later', () => {
  const contentDir = copyCorpus({ [releaseFile]: release, [declarationFile]: declaration });

  it('leaves no trace in feeds, calendars, open data or the search index before its time', () => {
    const build = astroBuild({ contentDir, env: { BUILD_TIME: '2026-12-01T09:59:59+09:00' } });
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const text = findabilityText(build.outDir);
    expect(text).toContain('男性育休100%宣言'); // the outputs are there, and readable
    expect(text).not.toContain(canary);
    // The new signatory is listed (declarations are not scheduled), but without the release.
    const csv = readFileSync(
      path.join(build.outDir, 'data/declarations/paternity-leave-100-signatories.csv'),
      'utf8',
    );
    expect(csv).toContain('\r\nnakano-city,中野区,市区町村,中野区,2026-12-01,,,,\r\n');
  });

  it('is in all of them after a build past its time', () => {
    const build = astroBuild({ contentDir, env: { BUILD_TIME: '2026-12-01T10:00:00+09:00' } });
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const read = (f: string) => readFileSync(path.join(build.outDir, f), 'utf8');
    for (const f of [
      'feeds/releases.xml',
      'feeds/cities/soma.xml',
      'feeds/organizations/soma-city.xml',
      'feeds/topics/paternity-leave.xml',
      'feeds/declarations/paternity-leave-100.xml',
      'events.ics',
      'calendar/cities/soma.ics',
      'data/releases.json',
      'data/declarations/paternity-leave-100-signatories.csv',
    ])
      expect(read(f), f).toContain(canary);
    expect(read('feeds/cities/kamaishi.xml')).not.toContain(canary);
    const index = findabilityText(build.outDir).split('\npagefind/').slice(1).join('\n');
    expect(index).toContain(canary);
  });
});
