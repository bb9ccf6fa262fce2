/**
 * A city's initiatives on one timeline, newest first: its releases (published), agreements
 * (signed), declarations signed by organisations based there (announced) and events (start).
 */
import type { Agreement, Release } from '../schemas/index.ts';
import { momentMs } from './japan-time.ts';
import type { CityRelations, Entry, EventItem, Signature } from './relations.ts';

export type TimelineItem =
  | { kind: 'release'; date: Date | string; release: Entry<Release> }
  | { kind: 'agreement'; date: string; agreement: Entry<Agreement> }
  | { kind: 'declaration'; date: string | undefined; signature: Signature }
  | { kind: 'event'; date: Date | string; event: EventItem };

/** On the same instant, the order a reader expects: the release, then what it announces. */
const kindOrder: Record<TimelineItem['kind'], number> = {
  release: 0,
  agreement: 1,
  declaration: 2,
  event: 3,
};

function timeOf(item: TimelineItem): number | undefined {
  if (item.date === undefined) return undefined;
  return momentMs(item.date);
}

function label(item: TimelineItem): string {
  switch (item.kind) {
    case 'release':
      return item.release.id;
    case 'agreement':
      return item.agreement.id;
    case 'declaration':
      return `${item.signature.declaration.id}/${item.signature.organization.id}`;
    case 'event':
      return `${item.event.release.id}#${item.event.index}`;
  }
}

/**
 * Newest first. Signatures whose date the sources do not give cannot be placed, so they come
 * last rather than at a guessed date.
 */
export function cityTimeline(
  rel: Pick<CityRelations, 'releases' | 'agreements' | 'signatures' | 'events'>,
): TimelineItem[] {
  const items: TimelineItem[] = [
    ...rel.releases.map((release) => ({ kind: 'release' as const, date: release.data.published, release })),
    ...rel.agreements.map((agreement) => ({
      kind: 'agreement' as const,
      date: agreement.data.signed,
      agreement,
    })),
    ...rel.signatures.map((signature) => ({
      kind: 'declaration' as const,
      date: signature.signatory.announced,
      signature,
    })),
    ...rel.events.map((event) => ({ kind: 'event' as const, date: event.event.start, event })),
  ];
  return items.sort((a, b) => {
    const ta = timeOf(a);
    const tb = timeOf(b);
    if (ta === undefined || tb === undefined) {
      if (ta !== tb) return ta === undefined ? 1 : -1;
    } else if (ta !== tb) return tb - ta;
    return kindOrder[a.kind] - kindOrder[b.kind] || label(a).localeCompare(label(b));
  });
}
