/**
 * Japan time, in one place. Every date on the site is a moment the content gives at its own
 * precision: an instant (a `Date`, written with an offset) or a day (`YYYY-MM-DD`, a string,
 * when the source gives no time). A day is never turned into an invented time: it is shown,
 * stored and exported as a day, and only where a format demands a time (RSS) does it become
 * 00:00 of that day in Japan, with the +0900 offset kept.
 */

export const japanZone = 'Asia/Tokyo';

/** An instant, or a calendar day in Japan (YYYY-MM-DD). */
export type Moment = Date | string;

const offsetMs = 9 * 3600_000;

/**
 * Milliseconds since the epoch. A day counts from 00:00 (as a start) or to 23:59:59.999 (as an
 * end) in Japan, so sorting and the publishing gate treat it as the whole day.
 */
export function momentMs(m: Moment, edge: 'start' | 'end' = 'start'): number {
  if (m instanceof Date) return m.getTime();
  const start = Date.parse(`${m}T00:00:00+09:00`);
  return edge === 'start' ? start : start + 86_400_000 - 1;
}

/** The instant a moment begins: a day's 00:00 in Japan. */
export function momentStart(m: Moment): Date {
  return new Date(momentMs(m, 'start'));
}

/** True when the content gave a day, not a time. */
export function isDay(m: Moment): m is string {
  return typeof m === 'string';
}

/** The calendar day in Japan, YYYY-MM-DD. */
export function dayInJapan(m: Moment): string {
  if (isDay(m)) return m;
  return new Date(m.getTime() + offsetMs).toISOString().slice(0, 10);
}

export function yearInJapan(m: Moment): number {
  return Number(dayInJapan(m).slice(0, 4));
}

/** Kept per instant: every list writes the `datetime` of the same few thousand instants again. */
const isoInstants = new Map<number, string>();

/** ISO 8601 as the content gives it: an instant with +09:00, a day as the day. */
export function isoInJapan(m: Moment): string {
  if (isDay(m)) return m;
  const ms = m.getTime();
  let iso = isoInstants.get(ms);
  if (iso === undefined) {
    iso = `${new Date(ms + offsetMs).toISOString().slice(0, 19)}+09:00`;
    isoInstants.set(ms, iso);
  }
  return iso;
}

const weekdaysEn = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * RFC 822 date for RSS in Japan time, e.g. `Tue, 16 Jun 2026 00:00:00 +0900`. RSS needs a time;
 * a day becomes that day's 00:00 in Japan and keeps the offset, so a reader never shows the
 * evening before in GMT.
 */
export function rfc822InJapan(m: Moment): string {
  const local = new Date(momentMs(m) + offsetMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${weekdaysEn[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${monthsEn[local.getUTCMonth()]} ` +
    `${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:` +
    `${pad(local.getUTCSeconds())} +0900`
  );
}
