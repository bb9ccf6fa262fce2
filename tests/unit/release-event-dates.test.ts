/**
 * Front matter reaches the schemas as the editor wrote it (src/content.config.ts hands Astro's
 * loaders the `yaml` parse, not js-yaml's), so a day stays a day and an instant an instant.
 */
import { describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../src/lib/corpus/front-matter.ts';
import { releaseSchema } from '../../src/schemas/releases.ts';

const release = (start: string) => `---
title: t
lead: l
kind: original
published: 2026-06-16T00:00:00+09:00
publishers: [work-life-balance]
contacts:
  - organization: work-life-balance
    department: 広報
    phone: 03-5730-3081
events:
  - title: e
    start: ${start}
---

本文
`;

function startOf(start: string) {
  const parsed = parseEntryFile(release(start), 'markdown');
  if (!parsed.ok) throw new Error(parsed.message);
  return releaseSchema.parse(parsed.data).events[0]?.start;
}

describe('event dates written without quotes', () => {
  it('keeps a day as that day (js-yaml would make it 00:00 UTC, i.e. 09:00 in Japan)', () => {
    expect(startOf('2026-06-24')).toBe('2026-06-24');
  });

  it('keeps an instant as an instant, even one at exactly 09:00 in Japan', () => {
    const nine = startOf('2026-06-24T09:00:00+09:00');
    expect(nine).toBeInstanceOf(Date);
    expect((nine as Date).toISOString()).toBe('2026-06-24T00:00:00.000Z');
    expect((startOf('2026-06-24T14:00:00+09:00') as Date).toISOString()).toBe('2026-06-24T05:00:00.000Z');
  });
});
