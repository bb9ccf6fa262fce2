import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format.ts';
import {
  archiveAttribute,
  dayOfResultDate,
  NewestFirst,
  parseArchiveAttribute,
  searchArchive,
} from '../../src/lib/search-archive.ts';
import { searchView } from '../../src/presenters/search.ts';

/** `n` releases published in `year`, some as instants (late evening in Japan is the next day in UTC). */
const releases = (year: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    data: { published: i % 2 === 0 ? `${year}-06-01` : new Date(`${year}-12-31T20:00:00+09:00`) },
  }));

describe('the archive the search page offers', () => {
  it('is the parts after the recent one, named by the newest year they hold', () => {
    // 2026: 40, 2025: 50, 2024: 30, 2022: 80 → with 100: [2025–2026], [2024], [2022].
    const all = [...releases(2024, 30), ...releases(2026, 40), ...releases(2022, 80), ...releases(2025, 50)];
    const archive = searchArchive(all, 100)!;
    expect(archive.year).toBe(2024);
    expect(archive.parts).toEqual([
      { path: '/pagefind-archive-1/', from: 2024, to: 2024 },
      { path: '/pagefind-archive-2/', from: 2022, to: 2022 },
    ]);
    expect(parseArchiveAttribute(archiveAttribute(archive))).toEqual(archive.parts);
  });

  it('counts a release in the year of its Japan-time day', () => {
    // 2025-12-31T20:00+09:00 is 11:00 UTC the same day: still 2025; the instant below is 2026 in Japan.
    const lateNight = [{ data: { published: new Date('2025-12-31T15:30:00Z') } }];
    expect(searchArchive([...lateNight, ...releases(2025, 1)], 1)?.parts).toEqual([
      { path: '/pagefind-archive-1/', from: 2025, to: 2025 },
    ]);
  });

  it('is nothing when every release fits the recent part (the real site)', () => {
    expect(searchArchive([...releases(2026, 2)], 3000)).toBeUndefined();
    expect(searchArchive([], 10)).toBeUndefined();
  });

  it('reads back only lists of archive parts from the page', () => {
    for (const bad of [undefined, '', 'x', '{}', '[1]', '[{"path":"/elsewhere/","from":1,"to":2}]'])
      expect(parseArchiveAttribute(bad), String(bad)).toEqual([]);
    expect(parseArchiveAttribute('[{"path":"/pagefind-archive-3/","from":2001,"to":2004}]')).toEqual([
      { path: '/pagefind-archive-3/', from: 2001, to: 2004 },
    ]);
  });
});

describe('the day of a result', () => {
  it('reads the date the index writes (formatDate) back as YYYY-MM-DD', () => {
    for (const day of ['2026-06-24', '2019-01-05', '2020-12-31', '1999-10-09'])
      expect(dayOfResultDate(formatDate(day)), formatDate(day)).toBe(day);
  });
  it('is undefined for an undated entry', () => {
    expect(dayOfResultDate(undefined)).toBeUndefined();
    expect(dayOfResultDate('')).toBeUndefined();
    expect(dayOfResultDate('2026年')).toBeUndefined();
  });
});

describe('merged results, newest first', () => {
  /** A result: its name, and its day (undefined: undated). */
  type R = { name: string; day?: string };
  const r = (name: string, day?: string): R => ({ name, day });
  const names = (rs: R[]) => rs.map((x) => x.name);

  it('interleaves the parts by day, undated entries last, however it is paged', async () => {
    // Each part newest first, as Pagefind sorts it; the recent part's undated entries at its end;
    // an event held in 2026 announced by an old release sits in an archive part.
    const recent = [r('rel-2026-05', '2026-05-01'), r('rel-2025-03', '2025-03-01'), r('city'), r('org')];
    const archive1 = [
      r('event-2026-01', '2026-01-10'),
      r('rel-2024-12', '2024-12-01'),
      r('rel-2024-01', '2024-01-01'),
    ];
    const archive2 = [r('rel-2020-02', '2020-02-02')];
    const expected = [
      'rel-2026-05',
      'event-2026-01',
      'rel-2025-03',
      'rel-2024-12',
      'rel-2024-01',
      'rel-2020-02',
      'city',
      'org',
    ];
    for (const pageSize of [1, 2, 3, 5, 100]) {
      const merged = new NewestFirst([recent, archive1, archive2], async (x) => x.day);
      expect(merged.total).toBe(8);
      const out: R[] = [];
      while (merged.remaining > 0) out.push(...(await merged.take(pageSize)));
      expect(names(out), `pages of ${pageSize}`).toEqual(expected);
      expect(await merged.take(5)).toEqual([]);
    }
  });

  it('keeps the newer part first on the same day, and each part in its own order', async () => {
    const recent = [r('a', '2024-05-05'), r('b', '2024-05-05')];
    const archive = [r('c', '2024-05-05'), r('d', '2023-01-01')];
    const merged = new NewestFirst([recent, archive], async (x) => x.day);
    expect(names(await merged.take(10))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reads the day of the results it shows and one head per other part, not of every result', async () => {
    const recent = Array.from({ length: 50 }, (_, i) =>
      r(`new-${i}`, `2026-01-${String(50 - i).padStart(2, '0')}`),
    );
    const archive = Array.from({ length: 50 }, (_, i) => r(`old-${i}`, '2019-01-01'));
    const read: string[] = [];
    const merged = new NewestFirst([recent, archive], async (x) => {
      read.push(x.name);
      return x.day;
    });
    expect((await merged.take(5)).length).toBe(5);
    // The five it shows and the other part's head, which each of them was compared with.
    expect(read.sort()).toEqual(['new-0', 'new-1', 'new-2', 'new-3', 'new-4', 'old-0']);
  });

  it('gives each of two takes asked at once its own results, in order', async () => {
    const recent = [r('a', '2026-01-03'), r('c', '2026-01-01')];
    const archive = [r('b', '2026-01-02'), r('d', '2019-01-01')];
    // Days arrive late and in any order, as fragments do.
    const merged = new NewestFirst(
      [recent, archive],
      (x) => new Promise((ok) => setTimeout(() => ok(x.day), Math.random() * 5)),
    );
    const [first, second] = await Promise.all([merged.take(2), merged.take(2)]);
    expect(names(first!)).toEqual(['a', 'b']);
    expect(names(second!)).toEqual(['c', 'd']);
  });

  it('pages through one list in its own order without reading any day', async () => {
    const read: string[] = [];
    const only = new NewestFirst([[r('x', '2020-01-01'), r('y', '2026-01-01'), r('z')]], async (x) => {
      read.push(x.name);
      return x.day;
    });
    expect(names(await only.take(2))).toEqual(['x', 'y']);
    expect(only.remaining).toBe(1);
    expect(names(await only.take(2))).toEqual(['z']);
    expect(read).toEqual([]);
  });
});

describe('the search page', () => {
  it('offers the archive only when the releases need more than one part, with the lists to browse', () => {
    const corpus = { releases: [...releases(2026, 3), ...releases(2019, 2)] };
    expect(searchView({ corpus }, 5).archive).toBeUndefined();
    expect(searchView({ corpus }, 4).archive).toEqual({
      year: 2019,
      parts: [{ path: '/pagefind-archive-1/', from: 2019, to: 2019 }],
    });
    expect(searchView({ corpus }, 4).indexes.map((i) => i.href)).toContain('/releases/');
  });
});
