/** /data/*.json and the signatories CSVs against the collections, and the press page's field lists. */
import * as cheerio from 'cheerio';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openDataDocs } from '../../src/i18n/ja/open-data-docs.ts';
import { expected } from '../helpers/expected.ts';
import { TEST_BUILD_TIME } from './global-setup.ts';

const dist = inject('distDir');
const x = expected(new Date(TEST_BUILD_TIME));
const site = 'https://pressroom.example.jp';
const names = ['releases', 'cities', 'organizations', 'declarations'] as const;
type Item = Record<string, unknown> & { id: string };
const load = (name: string) =>
  JSON.parse(readFileSync(path.join(dist, `data/${name}.json`), 'utf8')) as Record<string, Item[]>;
const ids = (refs: unknown) => (refs as { id: string }[]).map((r) => r.id);

describe('open data', () => {
  it('each JSON file lists exactly the public entries of its collection', () => {
    for (const name of names) {
      const items = load(name)[name] ?? [];
      const want = name === 'releases' ? x.releases : x.of(name);
      expect(items.map((i) => i.id).sort(), name).toEqual(want.map((e) => e.id).sort());
      for (const item of items) expect(item.url, name).toBe(`${site}/${name}/${item.id}/`);
    }
    // Newest release first.
    expect(load('releases').releases?.map((r) => r.id)).toEqual(x.releases.map((r) => r.id));
  });

  it('carries the content of each entry', () => {
    for (const r of load('releases').releases ?? []) {
      const e = x.releases.find((y) => y.id === r.id)!;
      expect(r.title).toBe(e.data.title);
      expect(r.lead).toBe(e.data.lead);
      // At the source's precision: a day as the day, an instant with +09:00.
      if (e.data.published instanceof Date) {
        expect(new Date(r.published as string).getTime()).toBe(e.data.published.getTime());
        expect(r.published).toMatch(/\+09:00$/);
      } else expect(r.published).toBe(e.data.published);
      expect(r.kind).toBe(e.data.kind);
      expect(ids(r.publishers)).toEqual(x.refs(e, 'publishers'));
      expect(ids(r.cities)).toEqual(x.refs(e, 'cities'));
      expect(ids(r.topics)).toEqual(x.refs(e, 'topics'));
      expect(ids(r.declarations)).toEqual(x.refs(e, 'declarations'));
      const events = e.data.events as { title: string; start: string | Date }[];
      expect(
        (r.events as { title: string; start: string; allDay: boolean }[]).map((v) => [
          v.title,
          v.start,
          v.allDay,
        ]),
      ).toEqual(events.map((v) => [v.title, v.start, typeof v.start === 'string']));
      const contacts = e.data.contacts as { department: string; phone?: string }[];
      expect(
        (r.contacts as { department: string; phone: string | null }[]).map((c) => [c.department, c.phone]),
      ).toEqual(contacts.map((c) => [c.department, c.phone ?? null]));
    }
    const kamaishi = load('cities').cities?.find((c) => c.id === 'kamaishi');
    expect(kamaishi).toMatchObject({
      name: '釜石市',
      code: '032115',
      reading: 'かまいしし',
      prefecture: '岩手県',
    });
    const jmam = load('organizations').organizations?.find((o) => o.id === 'jmam');
    expect(jmam).toMatchObject({
      name: '株式会社日本能率協会マネジメントセンター',
      shortName: 'JMAM',
      founded: '1991',
    });
    const womens = load('declarations').declarations?.find((d) => d.id === 'womens-reemployment');
    const raw = x.of('declarations').find((d) => d.id === 'womens-reemployment')!;
    expect(womens?.listedCount).toBe((raw.data.signatories as unknown[]).length);
    expect((womens?.signatories as { organization: { id: string } }[]).map((s) => s.organization.id)).toEqual(
      (raw.data.signatories as { organization: { id: string } }[]).map((s) => s.organization.id),
    );
    expect((womens?.reportedCounts as { count: number }[])[0]?.count).toBe(27);
  });

  it('documents every field of every file on the press page, and no field that does not exist', () => {
    const $ = cheerio.load(readFileSync(path.join(dist, 'press/index.html'), 'utf8'));
    for (const name of names) {
      const documented = $(`#data-${name}`)
        .closest('section')
        .find('tbody td:first-child code')
        .map((_, c) => $(c).text())
        .get();
      expect(documented, name).toEqual(openDataDocs.files[name].fields.map(([f]) => f));
      for (const item of load(name)[name] ?? [])
        expect(Object.keys(item), `${name} ${item.id}`).toEqual(documented);
    }
  });

  it('writes each declaration’s signatories as a UTF-8 CSV with BOM, in registry order', () => {
    for (const d of x.of('declarations')) {
      const bytes = readFileSync(path.join(dist, `data/declarations/${d.id}-signatories.csv`));
      expect([...bytes.subarray(0, 3)], d.id).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes
        .toString('utf8')
        .slice(1)
        .split('\r\n')
        .filter((l) => l !== '');
      expect(lines[0]).toBe(
        Object.values(openDataDocs.signatoryColumns)
          .map(([h]) => h)
          .join(','),
      );
      const signatories = d.data.signatories as { organization: { id: string } }[];
      expect(
        lines.slice(1).map((l) => l.split(',')[0]),
        d.id,
      ).toEqual(signatories.map((s) => s.organization.id));
    }
    const soma = readFileSync(
      path.join(dist, 'data/declarations/womens-reemployment-signatories.csv'),
      'utf8',
    );
    expect(soma).toContain(
      // Only 相馬市's place among municipalities is stated by the source; no other row is numbered.
      'soma-city,相馬市,市区町村,相馬市,2026-06-16,6,自治体で6番目,https://pressroom.example.jp/releases/2026/soma-three-declarations/,',
    );
    expect(soma).toContain(
      'wakayama-prefecture,和歌山県,都道府県,,,,主な宣言組織として紹介,https://pressroom.example.jp/releases/2026/soma-three-declarations/,',
    );
  });
});
