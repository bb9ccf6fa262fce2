/**
 * The search index in parts: the recent part, which the reader's first search loads, and the
 * archive parts, which the search page merges only when the reader asks for older releases.
 *
 * Why: at 10,000 releases one Pagefind index needed 3.6–3.9 GiB while it was written, and every
 * rebuild wrote it whole (74 s of a 136 s rebuild after a one-line edit). In parts, Pagefind
 * holds one part at a time, and a part whose documents have not changed is reused from the
 * build cache (src/lib/search-index.ts): an edit to a recent release rewrites the recent part
 * only. The reader's first search also loads less: the recent part's metadata, not the whole
 * archive's.
 *
 * The cut is by year, so the search page can say what the archive holds (「2022年以前」). The
 * recent part holds every entry that is not a release (cities, organizations, agreements,
 * declarations: they are current); every part holds its releases and their events.
 */

/**
 * Releases in one part at most, unless one year alone has more (a part holds whole years). At
 * 10,000 releases a rebuild after one edit re-indexed the recent part in 72 s at 1,500 against
 * 103 s at 3,000 (same dist, load 12): the recent part also holds every non-release entry. The
 * price is more archive parts for a reader who asks for older releases (seven at 10,000).
 */
export const PART_RELEASES = 1500;

/**
 * The limit for this build: PART_RELEASES, or PRESSROOM_SEARCH_PART_RELEASES (tests use a small
 * one to get an archive from a small corpus).
 */
export function partLimitFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PRESSROOM_SEARCH_PART_RELEASES;
  if (raw === undefined || raw === '') return PART_RELEASES;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`PRESSROOM_SEARCH_PART_RELEASES は 1 以上の整数で書いてください（今は「${raw}」）`);
  return n;
}

export interface SearchPart {
  /** Where its Pagefind bundle is written in the built site and served from. */
  path: string;
  /** The years of the releases it holds (Japan time), oldest and newest. */
  from: number;
  to: number;
}

/** The recent part's path: Pagefind's default, where pagefind.js is looked for. */
export const RECENT_PART_PATH = '/pagefind/';

/**
 * The parts, newest first, given every public release's published day (YYYY-MM-DD): each the
 * newest whole years not yet in a part whose releases number at most `limit` (at least one
 * year). The first is the recent part; the others are the archive, numbered from the newest
 * (/pagefind-archive-1/ …). Without releases, one recent part.
 */
export function searchParts(releaseDays: readonly string[], limit: number): SearchPart[] {
  const perYear = new Map<number, number>();
  for (const day of releaseDays) {
    const year = Number(day.slice(0, 4));
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  const years = [...perYear.keys()].sort((a, b) => b - a);
  const parts: SearchPart[] = [];
  let count = 0;
  for (const year of years) {
    const n = perYear.get(year)!;
    const open = parts.at(-1);
    if (open && count + n <= limit) {
      open.from = year;
      count += n;
    } else {
      const path = parts.length === 0 ? RECENT_PART_PATH : `/pagefind-archive-${parts.length}/`;
      parts.push({ path, from: year, to: year });
      count = n;
    }
  }
  const thisYear = years[0] ?? 0;
  return parts.length > 0 ? parts : [{ path: RECENT_PART_PATH, from: thisYear, to: thisYear }];
}

interface PartRecord {
  kind: string;
  page: string;
  date?: string | undefined;
}

/**
 * Records split into the parts (`searchParts`), in the parts' order. A release record goes by
 * its published day; an event record follows the release whose page it sits on; every other
 * record is in the recent part.
 */
export function splitRecords<R extends PartRecord>(
  records: readonly R[],
  limit: number,
): { part: SearchPart; records: R[] }[] {
  const releases = records.filter((r) => r.kind === 'releases' && r.date !== undefined);
  const parts = searchParts(
    releases.map((r) => r.date!),
    limit,
  ).map((part) => ({ part, records: [] as R[] }));
  const partOfYear = (year: number) => parts.find((p) => year >= p.part.from) ?? parts[0]!;
  const releasePart = new Map(releases.map((r) => [r.page, partOfYear(Number(r.date!.slice(0, 4)))]));
  for (const r of records) {
    const own = r.kind === 'releases' || r.kind === 'events' ? releasePart.get(r.page) : undefined;
    (own ?? parts[0]!).records.push(r);
  }
  return parts;
}
