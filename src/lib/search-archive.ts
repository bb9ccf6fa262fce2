/**
 * Older releases in the search page, on demand (issue 11). The index is written in parts by year
 * (src/lib/search-parts.ts): the reader's first search loads only the recent part, /pagefind/;
 * the archive parts are merged into it (pagefind.js `mergeIndex`) only when the reader asks for
 * older releases. This module holds what the page needs for that: which archive parts exist (at
 * build time) and how merged results keep the 新しい順 order (in the browser).
 */
import { dayInJapan, type Moment } from './japan-time.ts';
import { searchParts, type SearchPart } from './search-parts.ts';

/** The archive the search page offers: its parts, newest first, and the newest year they hold. */
export interface SearchArchive {
  parts: SearchPart[];
  /** The newest year in the archive: the control reads 「{year}年以前の報道発表も検索する」. */
  year: number;
}

/**
 * The archive parts of this build, computed as the index build computes them: the same public
 * releases, their published day in Japan time, the same limit. Undefined when the index is one
 * part (the real site today), so the page offers no control.
 */
export function searchArchive(
  releases: readonly { data: { published: Moment } }[],
  limit: number,
): SearchArchive | undefined {
  const [, ...archive] = searchParts(
    releases.map((r) => dayInJapan(r.data.published)),
    limit,
  );
  return archive[0] ? { parts: archive, year: archive[0].to } : undefined;
}

/**
 * The filter the search page adds to every part once the archive is merged (pagefind.js
 * `mergeFilter`), valued with the part's path: it searches one part at a time (to merge them
 * newest first) or the recent part alone (when the reader turns the archive off again, since a
 * merged index cannot be taken out). Not one of the page's filters, so never shown.
 */
export const PART_FILTER = 'pressroom-part';

/** The parts as the page hands them to its script (a data attribute). */
export const archiveAttribute = (archive: SearchArchive) => JSON.stringify(archive.parts);

/** The parts back from the data attribute; [] for anything that is not a list of parts. */
export function parseArchiveAttribute(value: string | undefined): SearchPart[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (p): p is SearchPart =>
        typeof p === 'object' &&
        p !== null &&
        typeof (p as SearchPart).path === 'string' &&
        /^\/pagefind-archive-\d+\/$/.test((p as SearchPart).path) &&
        Number.isInteger((p as SearchPart).from) &&
        Number.isInteger((p as SearchPart).to),
    );
  } catch {
    return [];
  }
}

/**
 * The day (YYYY-MM-DD) of a result from its `date` metadata, which the index writes with
 * formatDate (「2026年6月24日（水）」); undefined for an undated entry (a city, an organization).
 * Pagefind gives results no sort value, so this is what merged results are ordered by.
 */
export function dayOfResultDate(date: string | undefined): string | undefined {
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(date ?? '');
  if (!m) return undefined;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/**
 * Results of several index parts, newest first, taken a few at a time.
 *
 * Why: pagefind.js merges the results of merged indexes by score, and under a sort a result's
 * score is its position in its own part's sort list, so the parts' results would interleave at
 * random. Each part's own list is in the right order (Pagefind sorted it: dated entries newest
 * first, undated ones after); this merges those lists by the day of their heads, so it only
 * needs the day (that is, the fragment) of the results it shows plus one head per other part.
 * Undated entries come after every dated one; on a tie the earlier list (the newer part) first.
 */
export class NewestFirst<T> {
  private readonly lists: readonly (readonly T[])[];
  private readonly dayOf: (item: T) => Promise<string | undefined>;
  private readonly next: number[];
  private readonly days = new Map<T, Promise<string | undefined>>();
  /** The take under way: takes run one after another (a second さらに表示 before the first is in). */
  private last: Promise<unknown> = Promise.resolve();

  /** `lists` each in its own right order, the newest part first; with one list, its own order. */
  constructor(lists: readonly (readonly T[])[], dayOf: (item: T) => Promise<string | undefined>) {
    this.lists = lists;
    this.dayOf = dayOf;
    this.next = lists.map(() => 0);
  }

  get total(): number {
    return this.lists.reduce((n, l) => n + l.length, 0);
  }

  get remaining(): number {
    return this.lists.reduce((n, l, i) => n + l.length - this.next[i]!, 0);
  }

  private day(item: T): Promise<string | undefined> {
    let day = this.days.get(item);
    if (!day) {
      day = this.dayOf(item);
      this.days.set(item, day);
    }
    return day;
  }

  /** The next `n` results (fewer at the end). */
  take(n: number): Promise<T[]> {
    const taken = this.last.then(() => this.takeNow(n));
    this.last = taken.catch(() => undefined);
    return taken;
  }

  private async takeNow(n: number): Promise<T[]> {
    const out: T[] = [];
    while (out.length < n) {
      const heads = this.lists.flatMap((list, i) => {
        const item = list[this.next[i]!];
        return item === undefined ? [] : [{ i, item }];
      });
      if (heads.length === 0) break;
      let best = 0;
      // With one list left there is nothing to compare: no day is read (no fragment fetched).
      if (heads.length > 1) {
        const days = await Promise.all(heads.map((h) => this.day(h.item)));
        for (let h = 1; h < heads.length; h++) if (newer(days[h], days[best])) best = h;
      }
      const { i, item } = heads[best]!;
      out.push(item);
      this.next[i] = this.next[i]! + 1;
    }
    return out;
  }
}

/** Whether a day comes strictly before another in 新しい順 (undated last). */
function newer(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined) return false;
  if (b === undefined) return true;
  return a > b;
}
