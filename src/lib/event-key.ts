/**
 * What names an event inside its release, for calendar UIDs and file names: its `id` when the
 * editor gave one, otherwise the day it starts in Japan (2026-06-24). Not its position: inserting
 * an event before it must not turn subscribers' entry into another event. A postponed event
 * without an `id` would change key, so the editor keeps the old key by writing it as `id`
 * (docs/editors.md).
 */
import { dayInJapan, type Moment } from './japan-time.ts';

export function eventKey(e: { id?: string | undefined; start: Moment }): string {
  return e.id ?? dayInJapan(e.start);
}
