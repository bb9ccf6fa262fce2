/**
 * Events start at an instant, or on a day when the source gives no time. A day counts from
 * 00:00 (as a start) or to 23:59:59 (as an end) in Japan.
 */
export function eventTimeMs(t: Date | string, edge: 'start' | 'end' = 'start'): number {
  if (t instanceof Date) return t.getTime();
  return Date.parse(`${t}T${edge === 'start' ? '00:00:00' : '23:59:59'}+09:00`);
}
