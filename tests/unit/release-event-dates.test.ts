/** Astro reads front matter with js-yaml, which turns an unquoted day into a Date at 00:00 UTC. */
import { describe, expect, it } from 'vitest';
import { releaseSchema } from '../../src/schemas/releases.ts';

const base = {
  title: 't',
  lead: 'l',
  published: new Date('2026-06-16T00:00:00+09:00'),
  publishers: ['work-life-balance'],
  contacts: [{ organization: 'work-life-balance', department: '広報', phone: '03-5730-3081' }],
};
const startOf = (start: unknown) =>
  releaseSchema.parse({ ...base, events: [{ title: 'e', start }] }).events[0]?.start;

describe('event dates as Astro reads them', () => {
  it('reads a Date at 00:00 UTC (an unquoted day) back as that day, not as 09:00 in Japan', () => {
    expect(startOf(new Date('2026-06-16T00:00:00Z'))).toBe('2026-06-16');
  });

  it('keeps an instant with a time as an instant', () => {
    const start = startOf(new Date('2026-06-24T14:00:00+09:00'));
    expect(start).toBeInstanceOf(Date);
    expect((start as Date).toISOString()).toBe('2026-06-24T05:00:00.000Z');
    expect(startOf('2026-06-24T09:00:00+09:00')).toBeInstanceOf(Date);
    expect(startOf('2026-06-24')).toBe('2026-06-24');
  });
});
