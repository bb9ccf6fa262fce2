/**
 * English dates in Japan time: "16 June 2026 (JST)" for an instant, "16 June 2026" for a day as
 * written. Nothing shows a time the content does not state.
 */
import { japanZone } from '../japan-time.ts';

const dayFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: japanZone,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: japanZone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const months = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** A day, month or year as written (2026-06-16, 2026-06, 2026), in English. */
function writtenDate(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  const month = m === undefined ? undefined : months[m - 1];
  if (d !== undefined) return `${d} ${month} ${y}`;
  if (month !== undefined) return `${month} ${y}`;
  return String(y);
}

/** "16 June 2026 (JST)" from an instant (the day in Japan), "16 June 2026" from a written day. */
export function formatDateEn(value: Date | string): string {
  return value instanceof Date ? `${dayFmt.format(value)} (JST)` : writtenDate(value);
}

/** "24 June 2026, 14:00 (JST)" for an instant, or just the day when only a day is known. */
export function formatDateTimeEn(value: Date | string): string {
  return value instanceof Date ? `${dayFmt.format(value)}, ${timeFmt.format(value)} (JST)` : writtenDate(value);
}

