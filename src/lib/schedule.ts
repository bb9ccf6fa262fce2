/**
 * The publishing schedule a rebuild scheduler reads: when this build was made and when the next
 * scheduled release goes public. Only instants: an unpublished release's title or slug must
 * never reach dist/.
 */
import { formatDateTime } from './format.ts';
import { isoInJapan } from './japan-time.ts';

/** Written to dist/schedule.json. */
export const scheduleFile = 'schedule.json';

export interface Schedule {
  builtAt: string;
  /** null when nothing is scheduled (drafts are not scheduled). */
  nextPublication: string | null;
}

export function scheduleDocument(builtAt: Date, nextPublication: Date | undefined): Schedule {
  return {
    builtAt: isoInJapan(builtAt),
    nextPublication: nextPublication ? isoInJapan(nextPublication) : null,
  };
}

/** The line the build prints, so whoever runs it learns when to rebuild. */
export function describeSchedule(s: Schedule): string {
  return s.nextPublication
    ? `次の公開予定: ${formatDateTime(new Date(s.nextPublication))}（${s.nextPublication}）。この時刻以降に再ビルドすると公開されます。`
    : '公開を待っている報道発表はありません。';
}
