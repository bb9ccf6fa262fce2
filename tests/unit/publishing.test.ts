import { describe, expect, it } from 'vitest';
import { buildInstant, isPublic, nextPublication, publicReleases } from '../../src/lib/publishing.ts';

const at = (iso: string) => new Date(iso);
const release = (published: string, extra: { draft?: boolean; embargo?: string } = {}) => ({
  draft: extra.draft ?? false,
  published: at(published),
  embargo: extra.embargo ? at(extra.embargo) : undefined,
});

describe('publishing gate', () => {
  const r = release('2026-06-16T10:00:00+09:00');

  it('is closed one second before the publication time and open at and after it', () => {
    expect(isPublic(r, at('2026-06-16T09:59:59+09:00'))).toBe(false);
    expect(isPublic(r, at('2026-06-16T10:00:00+09:00'))).toBe(true);
    expect(isPublic(r, at('2026-06-16T10:00:01+09:00'))).toBe(true);
  });

  it('compares instants, not wall-clock strings: 10:00+09:00 is 01:00Z', () => {
    expect(isPublic(r, at('2026-06-16T00:59:59Z'))).toBe(false);
    expect(isPublic(r, at('2026-06-16T01:00:00Z'))).toBe(true);
    // Same wall-clock time in UTC is nine hours later, so it is already public.
    expect(isPublic(release('2026-06-16T10:00:00Z'), at('2026-06-16T10:00:00+09:00'))).toBe(false);
  });

  it('keeps a release closed until its embargo passes, even after publication', () => {
    const e = release('2026-06-16T10:00:00+09:00', { embargo: '2026-06-16T15:00:00+09:00' });
    expect(isPublic(e, at('2026-06-16T14:59:59+09:00'))).toBe(false);
    expect(isPublic(e, at('2026-06-16T15:00:00+09:00'))).toBe(true);
  });

  it('never publishes a draft', () => {
    expect(isPublic(release('2020-01-01T00:00:00+09:00', { draft: true }), at('2030-01-01T00:00:00Z'))).toBe(
      false,
    );
  });

  it('filters listings and finds the next scheduled publication', () => {
    const entries = [
      { id: 'past', data: release('2026-06-01T00:00:00+09:00') },
      { id: 'soon', data: release('2026-06-20T09:00:00+09:00') },
      {
        id: 'embargoed',
        data: release('2026-06-10T00:00:00+09:00', { embargo: '2026-06-18T12:00:00+09:00' }),
      },
      { id: 'draft', data: release('2026-06-17T00:00:00+09:00', { draft: true }) },
    ];
    const now = at('2026-06-15T00:00:00+09:00');
    expect(publicReleases(entries, now).map((e) => e.id)).toEqual(['past']);
    expect(nextPublication(entries, now)?.toISOString()).toBe('2026-06-18T03:00:00.000Z');
    expect(nextPublication(entries, at('2026-07-01T00:00:00+09:00'))).toBeUndefined();
  });
});

describe('build instant', () => {
  it('uses BUILD_TIME when set, with its offset', () => {
    expect(buildInstant({ BUILD_TIME: '2026-06-16T10:00:00+09:00' }).toISOString()).toBe(
      '2026-06-16T01:00:00.000Z',
    );
    expect(buildInstant({ BUILD_TIME: '2026-06-16T01:00:00Z' }).toISOString()).toBe(
      '2026-06-16T01:00:00.000Z',
    );
  });

  it('uses the clock when BUILD_TIME is unset', () => {
    const fixed = at('2030-01-01T00:00:00Z');
    expect(buildInstant({}, () => fixed)).toBe(fixed);
  });

  it('rejects a BUILD_TIME without a zone or that is not a date', () => {
    expect(() => buildInstant({ BUILD_TIME: '2026-06-16T10:00:00' })).toThrow(/BUILD_TIME/);
    expect(() => buildInstant({ BUILD_TIME: 'tomorrow' })).toThrow(/BUILD_TIME/);
    expect(() => buildInstant({ BUILD_TIME: '2026-02-30T10:00:00+09:00' })).toThrow(/BUILD_TIME/);
  });
});
