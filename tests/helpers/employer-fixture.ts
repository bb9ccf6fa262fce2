/**
 * The real corpus plus one invented employer, built once per test run for every file that uses
 * it: the real content has no employer with a website, hiring page or workplace facts yet, and
 * those must still be shown correctly.
 * Built at an instant before the Soma kickoff lecture (2026-06-24), so it is an upcoming event.
 */
import { sharedBuild, type BuildResult } from './astro-build.ts';
import { copyCorpus } from './corpus.ts';

export const fixtureBuildTime = '2026-06-20T12:00:00+09:00';

export const fixtureEmployer = {
  id: 'soma-fixture-works',
  name: '株式会社相馬テスト製作所',
  website: 'https://www.example.co.jp/',
  hiringPage: 'https://www.example.co.jp/recruit/',
  fact: { label: '男性の育児休業取得率', value: '100%（2025年度）', asOf: '2026-04-01' },
  sourceUrl: 'https://www.example.co.jp/csr/',
} as const;

const yaml = `name: ${fixtureEmployer.name}
kind: company
city: soma
website: ${fixtureEmployer.website}
summary: テストのための架空の会社。実在しない。
employer:
  industries: [製造業]
  hiringPage: ${fixtureEmployer.hiringPage}
  workplaceFacts:
    - label: ${fixtureEmployer.fact.label}
      value: ${fixtureEmployer.fact.value}
      asOf: ${fixtureEmployer.fact.asOf}
      source:
        url: ${fixtureEmployer.sourceUrl}
        title: テスト用の出典
`;

export function employerFixtureSite(): BuildResult {
  const build = sharedBuild('employer-fixture', () => ({
    contentDir: copyCorpus({ [`organizations/${fixtureEmployer.id}.yaml`]: yaml }),
    env: { BUILD_TIME: fixtureBuildTime },
  }));
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output.slice(-4000)}`);
  return build;
}
