import { describe, expect, it } from 'vitest';
import { describeSchedule, scheduleDocument } from '../../src/lib/schedule.ts';

describe('schedule.json', () => {
  it('gives both instants in Japan time, and null when nothing is scheduled', () => {
    expect(scheduleDocument(new Date('2026-06-15T15:00:00Z'), new Date('2026-06-16T01:00:00Z'))).toEqual({
      builtAt: '2026-06-16T00:00:00+09:00',
      nextPublication: '2026-06-16T10:00:00+09:00',
    });
    expect(scheduleDocument(new Date('2026-06-15T15:00:00Z'), undefined).nextPublication).toBeNull();
  });

  it('is described to whoever runs the build', () => {
    const s = scheduleDocument(new Date('2026-06-15T15:00:00Z'), new Date('2026-06-16T01:00:00Z'));
    expect(describeSchedule(s)).toContain('2026年6月16日（火）10:00');
    expect(describeSchedule({ ...s, nextPublication: null })).toBe('公開を待っている報道発表はありません。');
  });
});
