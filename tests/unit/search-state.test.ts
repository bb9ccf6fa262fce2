import { describe, expect, it } from 'vitest';
import {
  isNewHistoryEntry,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  searchStateQuery,
  type SearchState,
} from '../../src/lib/search-state.ts';

const empty: SearchState = { q: '', filters: {}, sort: 'relevance', archive: false };

describe('search state in the URL', () => {
  it('reads query, filters (repeatable) and sort from ?q=…&city=…', () => {
    const s = parseSearchState(
      '?q=%E8%82%B2%E4%BC%91&city=%E7%9B%B8%E9%A6%AC%E5%B8%82&type=宣言&type=報道発表&sort=newest',
    );
    expect(s).toEqual({
      q: '育休',
      filters: { city: ['相馬市'], kind: ['宣言', '報道発表'] },
      sort: 'newest',
      archive: false,
    });
  });

  it('ignores unknown parameters, empty values and unknown sorts', () => {
    expect(parseSearchState('?q=+&city=&foo=bar&sort=oldest')).toEqual(empty);
  });

  it('writes the state back in a fixed order, and nothing for the empty search', () => {
    const s: SearchState = {
      q: '男性育休',
      filters: { year: ['2026'], city: ['相馬市'] },
      sort: 'newest',
      archive: false,
    };
    const query = searchStateQuery(s);
    expect(query).toBe(
      `?q=${encodeURIComponent('男性育休')}&city=${encodeURIComponent('相馬市')}&year=2026&sort=newest`,
    );
    expect(parseSearchState(query)).toEqual(s);
    expect(searchStateQuery(empty)).toBe('');
  });

  it('maps URL filters to the Japanese filter names Pagefind indexes, and back', () => {
    const s: SearchState = {
      q: 'x',
      filters: { kind: ['組織'], organization: ['JMAM'], topic: ['男性育休'] },
      sort: 'relevance',
      archive: false,
    };
    expect(pagefindFilters(s)).toEqual({ 種別: ['組織'], 組織: ['JMAM'], トピック: ['男性育休'] });
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
    expect(pagefindSort('relevance')).toEqual({});
  });

  it('adds a history entry for a new search, a filter or a sort, but not for each keystroke', () => {
    const typed = { ...empty, q: '働' };
    expect(isNewHistoryEntry(empty, typed)).toBe(true);
    expect(isNewHistoryEntry(typed, { ...typed, q: '働き方' })).toBe(false);
    expect(isNewHistoryEntry(typed, { ...typed, filters: { kind: ['報道発表'] } })).toBe(true);
    expect(isNewHistoryEntry(typed, { ...typed, sort: 'newest' })).toBe(true);
    expect(isNewHistoryEntry(typed, { ...typed, archive: true })).toBe(true);
    expect(isNewHistoryEntry({ ...typed, archive: true }, { ...typed, archive: true, q: '働き' })).toBe(
      false,
    );
  });

  it('keeps the archive switch as archive=1, after the sort, and reads only 1 as on', () => {
    const s: SearchState = { q: '育休', filters: { year: ['2019'] }, sort: 'newest', archive: true };
    const query = searchStateQuery(s);
    expect(query).toBe(`?q=${encodeURIComponent('育休')}&year=2019&sort=newest&archive=1`);
    expect(parseSearchState(query)).toEqual(s);
    expect(parseSearchState('?q=x&archive=1').archive).toBe(true);
    for (const off of ['?q=x', '?q=x&archive=0', '?q=x&archive=', '?q=x&archive=yes'])
      expect(parseSearchState(off).archive, off).toBe(false);
    expect(searchStateQuery({ ...s, archive: false })).not.toContain('archive');
  });
});
