/** The content doctor: non-fatal warnings over a valid corpus, each fixed by the editor it names. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  doctor,
  formatWarning,
  overlistedDeclarations,
  staleContacts,
  uncreditedImages,
  unreferencedOrganizations,
} from '../../src/lib/corpus/doctor.ts';
import { checkCorpus } from '../../src/lib/corpus/validate.ts';
import { projectRoot } from '../helpers/astro-build.ts';
import { copyCorpus, realContentDir } from '../helpers/corpus.ts';

const kamaishiRelease = 'releases/2020/kamaishi-jmam-workation-agreement.md';

/** Parses a copy of the real corpus with extra files; the copy must be valid. */
function corpusWith(extra: Record<string, string> = {}) {
  const { entries, problems } = checkCorpus(copyCorpus(extra));
  expect(problems).toEqual([]);
  return entries;
}

const release = (front: string) => `---
title: 検証用の報道発表
lead: 検証用のリード文です。
kind: original
published: 2026-06-16T10:00:00+09:00
publishers: [work-life-balance]
contacts:
  - organization: work-life-balance
    department: 広報
    email: media@work-life-b.com
${front}
---

検証用の本文です。
`;

describe('press contacts older than two years', () => {
  const entries = corpusWith();

  it('warn for the 2020 Kamaishi release (published 2020-05-21) two years and a day later', () => {
    const warnings = staleContacts(entries, new Date('2022-05-22T00:00:00+09:00'));
    expect(warnings.map((w) => [path.basename(w.file), w.field])).toEqual([
      ['kamaishi-jmam-workation-agreement.md', 'contacts'],
    ]);
    expect(warnings[0]?.message).toContain('2020年5月21日');
  });

  it('do not warn a day before the two years are up', () => {
    expect(staleContacts(entries, new Date('2022-05-20T00:00:00+09:00'))).toEqual([]);
  });
});

describe('organizations nobody references', () => {
  const lonely =
    'name: 検証用の孤立した組織\nkind: company\nsummary: どこからも参照されない検証用の組織です。\n';

  it('warn for a new organization that no entry refers to, and only for it', () => {
    const warnings = unreferencedOrganizations(corpusWith({ 'organizations/lonely-test.yaml': lonely }));
    expect(warnings.map((w) => path.basename(w.file))).toEqual(['lonely-test.yaml']);
    expect(warnings[0]?.message).toContain('検証用の孤立した組織');
  });

  it('do not warn once a release names it as a publisher', () => {
    const entries = corpusWith({
      'organizations/lonely-test.yaml': lonely,
      'releases/2026/lonely-test.mdx': release('cities: [soma]').replace(
        'publishers: [work-life-balance]',
        'publishers: [work-life-balance, lonely-test]',
      ),
    });
    expect(unreferencedOrganizations(entries)).toEqual([]);
  });

  it('count a reference from the organization to itself as no reference', () => {
    const selfRef = `${lonely}spunOffFrom: lonely-test\n`;
    expect(unreferencedOrganizations(corpusWith({ 'organizations/lonely-test.yaml': selfRef }))).toHaveLength(
      1,
    );
  });
});

describe('a declaration listing more signatories than reported', () => {
  const declaration = (count: number | undefined) => `---
name: 検証用の宣言
sponsor: work-life-balance
purpose: 検証用の宣言です。
${count === undefined ? '' : `reportedCounts:\n  - count: ${count}\n    asOf: "2026-06"\n    source: { url: "https://example.jp/" }\n`}signatories:
  - organization: soma-city
    source: { release: 2026/soma-three-declarations }
  - organization: kamaishi-city
    source: { url: "https://example.jp/" }
---
`;

  it('warns when two are listed and one is reported', () => {
    const warnings = overlistedDeclarations(
      corpusWith({ 'declarations/overlisted-test.mdx': declaration(1) }),
    );
    expect(warnings.map((w) => [path.basename(w.file), w.field])).toEqual([
      ['overlisted-test.mdx', 'signatories'],
    ]);
    expect(warnings[0]?.message).toMatch(/2件.*1件/);
  });

  it('is quiet when the reported count covers the list, or nothing is reported', () => {
    expect(
      overlistedDeclarations(corpusWith({ 'declarations/overlisted-test.mdx': declaration(2) })),
    ).toEqual([]);
    expect(
      overlistedDeclarations(corpusWith({ 'declarations/overlisted-test.mdx': declaration(undefined) })),
    ).toEqual([]);
  });
});

describe('images without credit', () => {
  it('warn per image that has no credit, naming its index', () => {
    const entries = corpusWith({
      'releases/2026/images-test.mdx': release(
        'images:\n  - src: a.jpg\n    alt: 記者会見の様子\n    credit: 相馬市提供\n  - src: b.jpg\n    alt: 会場の様子',
      ),
    });
    expect(uncreditedImages(entries).map((w) => [path.basename(w.file), w.field])).toEqual([
      ['images-test.mdx', 'images.1.credit'],
    ]);
  });
});

describe('doctor', () => {
  it('over the real corpus at the test instant gives exactly the Kamaishi contact warning', () => {
    const { entries } = checkCorpus(realContentDir);
    const lines = doctor(entries, new Date('2026-11-01T00:00:00+09:00')).map(formatWarning);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^注意: .*${kamaishiRelease}: contacts: `))]);
  });

  it('is printed by npm run check, which still exits 0', () => {
    const r = spawnSync(
      process.execPath,
      [path.join(projectRoot, 'scripts/check-content.ts'), realContentDir],
      {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, BUILD_TIME: '2026-11-01T00:00:00+09:00' },
      },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^注意: .*${kamaishiRelease}: contacts: `, 'm'));
    expect(r.stdout).toContain('注意 1 件');
  });
});

describe('a digest that speaks as the company', () => {
  it('warns about 当社・弊社・私たち outside quotation marks, and not inside them', () => {
    const digest = (body: string) => `---
kind: digest
title: 要約の検証
lead: 検証用のリード文です。
published: 2026-06-16
publishers: [work-life-balance]
source:
  publisher: work-life-balance
contacts:
  - organization: work-life-balance
    department: 広報
    email: media@work-life-b.com
---

${body}
`;
    const { entries, problems } = checkCorpus(
      copyCorpus({
        'releases/2026/voice.md': digest('当社は新しい取組を始めます。弊社の社員が担当します。'),
        'releases/2026/quoted.md': digest('小室社長は「私たちも一緒に取り組みます」と述べました。'),
      }),
    );
    expect(problems).toEqual([]);
    const lines = doctor(entries, new Date('2026-07-01T00:00:00+09:00')).map(formatWarning);
    expect(lines).toContainEqual(
      expect.stringMatching(/注意: .*voice\.md: \(本文\): 要約（digest）なのに「当社」「弊社」と発表元の立場で/),
    );
    expect(lines.filter((l) => l.includes('quoted.md'))).toEqual([]);
    // The real digests speak of the companies in the third person.
    expect(lines.filter((l) => l.includes('要約（digest）なのに') && !l.includes('voice.md'))).toEqual([]);
  });
});
