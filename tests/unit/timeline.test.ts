import { describe, expect, it } from 'vitest';
import { splitEvents } from '../../src/lib/events.ts';
import { buildRelations, type CityRelations } from '../../src/lib/relations.ts';
import { cityTimeline, type TimelineItem } from '../../src/lib/timeline.ts';
import { realCorpus } from '../helpers/real-corpus.ts';

const describeItem = (i: TimelineItem) => {
  switch (i.kind) {
    case 'release':
      return `release ${i.release.id}`;
    case 'agreement':
      return `agreement ${i.agreement.id}`;
    case 'declaration':
      return `declaration ${i.signature.declaration.id} by ${i.signature.organization.id}`;
    case 'event':
      return `event ${i.event.event.start}`;
  }
};

describe('city timeline', () => {
  const rel = buildRelations(realCorpus());

  it('merges Soma’s release, declarations and events, newest first', () => {
    const items = cityTimeline(rel.city.get('soma')!).map(describeItem);
    expect(items).toEqual([
      'event 2026-06-24',
      // Same day: the release, then what it announces.
      'release 2026/soma-three-declarations',
      'declaration paternity-leave-100 by soma-city',
      'declaration womens-reemployment by soma-city',
      'declaration work-style-reform-acceleration by soma-city',
      'event 2026-06-16',
    ]);
  });

  it('puts Kamaishi’s agreement, signed the day of its release, on the timeline', () => {
    expect(cityTimeline(rel.city.get('kamaishi')!).map(describeItem)).toEqual([
      'release 2020/kamaishi-jmam-workation-agreement',
      'agreement kamaishi-jmam-workation',
      'event 2020-05-21',
    ]);
  });

  it('lists a signature without a date after every dated item instead of guessing one', () => {
    const soma = rel.city.get('soma')!;
    const fukushima = rel.city.get('fukushima')!;
    const mixed: CityRelations = { ...soma, signatures: [...fukushima.signatures, ...soma.signatures] };
    const items = cityTimeline(mixed);
    expect(items.at(-1)?.kind).toBe('declaration');
    expect(items.at(-1)?.date).toBeUndefined();
    expect(items.filter((i) => i.date === undefined)).toHaveLength(1);
    // Fukushima itself has only that undated signature.
    expect(cityTimeline(fukushima).map(describeItem)).toEqual([
      'declaration womens-reemployment by fukushima-city',
    ]);
  });

  it('is empty for a city with nothing on record', () => {
    expect(cityTimeline(rel.city.get('myoko')!)).toEqual([]);
  });
});

describe('events split at the build instant', () => {
  const rel = buildRelations(realCorpus());

  it('keeps a day-only event upcoming until that day ends in Japan', () => {
    const at = (iso: string) => splitEvents(rel.events, new Date(iso));
    const titles = (list: typeof rel.events) => list.map((e) => e.event.start);
    expect(titles(at('2026-06-20T12:00:00+09:00').upcoming)).toEqual(['2026-06-24']);
    expect(titles(at('2026-06-24T23:59:00+09:00').upcoming)).toEqual(['2026-06-24']);
    expect(titles(at('2026-06-25T00:00:00+09:00').upcoming)).toEqual([]);
    // Past events newest first.
    expect(titles(at('2026-06-25T00:00:00+09:00').past)).toEqual(['2026-06-24', '2026-06-16', '2020-05-21']);
    // Upcoming soonest first.
    expect(titles(at('2020-01-01T00:00:00+09:00').upcoming)).toEqual([
      '2020-05-21',
      '2026-06-16',
      '2026-06-24',
    ]);
  });
});
