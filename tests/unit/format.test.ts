import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../src/lib/format.ts';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('dates in Japanese', () => {
  it('writes a day with its weekday: 2026年6月24日（水）', () => {
    expect(formatDate('2026-06-24')).toBe('2026年6月24日（水）');
    expect(formatDate('2026-06-16')).toBe('2026年6月16日（火）');
    expect(formatDate('2020-05-21')).toBe('2020年5月21日（木）');
    // A leap day and a year boundary, where a naive weekday table would slip.
    expect(formatDate('2028-02-29')).toBe('2028年2月29日（火）');
    expect(formatDate('2027-01-01')).toBe('2027年1月1日（金）');
  });

  it('gives a month or a year no weekday: it has none', () => {
    expect(formatDate('2026-06')).toBe('2026年6月');
    expect(formatDate('1991')).toBe('1991年');
  });

  it('takes the day and weekday of an instant in Japan, whatever the zone of the build machine', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo']) {
      process.env.TZ = tz;
      // 2026-06-23 15:30 UTC is already Wednesday the 24th in Japan.
      const instant = new Date('2026-06-23T15:30:00Z');
      expect(formatDate(instant), tz).toBe('2026年6月24日（水）');
      expect(formatDateTime(instant), tz).toBe('2026年6月24日（水）00:30');
      expect(formatDate('2026-06-24'), tz).toBe('2026年6月24日（水）');
    }
  });

  it('writes a time after the weekday, and a day-only value without one', () => {
    expect(formatDateTime(new Date('2026-06-24T14:00:00+09:00'))).toBe('2026年6月24日（水）14:00');
    expect(formatDateTime('2026-06-24')).toBe('2026年6月24日（水）');
  });
});
