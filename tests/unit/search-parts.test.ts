import { describe, expect, it } from 'vitest';
import { PART_RELEASES, partLimitFromEnv, searchParts, splitRecords } from '../../src/lib/search-parts.ts';

/** `n` release days in `year`. */
const days = (year: number, n: number) => Array.from({ length: n }, () => `${year}-06-01`);
const ranges = (parts: { path: string; from: number; to: number }[]) =>
  parts.map((p) => `${p.path} ${p.from}-${p.to}`);

describe('the parts of the search index', () => {
  it('groups the newest whole years that fit the limit, newest first', () => {
    // 2026: 40, 2025: 50, 2024: 30, 2023: 80 → with 100: [2025–2026: 90], [2024: 30 + 2023: 80 > 100
    // → 2024 alone], [2023].
    const all = [...days(2024, 30), ...days(2026, 40), ...days(2023, 80), ...days(2025, 50)];
    expect(ranges(searchParts(all, 100))).toEqual([
      '/pagefind/ 2025-2026',
      '/pagefind-archive-1/ 2024-2024',
      '/pagefind-archive-2/ 2023-2023',
    ]);
    expect(ranges(searchParts(all, 199))).toEqual(['/pagefind/ 2024-2026', '/pagefind-archive-1/ 2023-2023']);
    expect(ranges(searchParts(all, 200))).toEqual(['/pagefind/ 2023-2026']);
  });
  it('is one part when everything fits, or when there are no releases', () => {
    expect(ranges(searchParts([...days(2020, 5), ...days(2026, 5)], 10))).toEqual(['/pagefind/ 2020-2026']);
    expect(searchParts([], 10)).toHaveLength(1);
  });
  it('keeps a year whole even when it alone is over the limit', () => {
    expect(ranges(searchParts([...days(2026, 50), ...days(2025, 1)], 10))).toEqual([
      '/pagefind/ 2026-2026',
      '/pagefind-archive-1/ 2025-2025',
    ]);
  });
});

describe('records split into parts', () => {
  const rec = (kind: string, page: string, date?: string) => ({ kind, page, date, url: page });
  const records = [
    rec('releases', '/releases/2026/a/', '2026-03-01'),
    rec('releases', '/releases/2019/b/', '2019-12-31'),
    rec('events', '/releases/2019/b/', '2026-01-10'), // held later, announced by an old release
    rec('events', '/releases/2026/a/', '2026-04-01'),
    rec('cities', '/cities/soma/'),
    rec('organizations', '/organizations/x/'),
  ];
  it('puts old releases and their events in the archive, all else in the recent part', () => {
    const [recent, archive, ...more] = splitRecords(records, 1);
    expect(more).toEqual([]);
    expect(recent!.part).toEqual({ path: '/pagefind/', from: 2026, to: 2026 });
    expect(recent!.records.map((r) => r.kind)).toEqual(['releases', 'events', 'cities', 'organizations']);
    expect(archive!.part).toEqual({ path: '/pagefind-archive-1/', from: 2019, to: 2019 });
    expect(archive!.records.map((r) => `${r.kind} ${r.page}`)).toEqual([
      'releases /releases/2019/b/',
      'events /releases/2019/b/',
    ]);
  });
  it('keeps one part when the releases fit', () => {
    const parts = splitRecords(records, 2);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.records).toHaveLength(records.length);
  });
});

describe('the limit setting', () => {
  it('defaults, reads a positive integer, and names the setting when it is wrong', () => {
    expect(partLimitFromEnv({})).toBe(PART_RELEASES);
    expect(partLimitFromEnv({ PRESSROOM_SEARCH_PART_RELEASES: '300' })).toBe(300);
    expect(() => partLimitFromEnv({ PRESSROOM_SEARCH_PART_RELEASES: '0' })).toThrow(/PRESSROOM_SEARCH_PART_RELEASES/);
    expect(() => partLimitFromEnv({ PRESSROOM_SEARCH_PART_RELEASES: 'abc' })).toThrow(/「abc」/);
  });
});
