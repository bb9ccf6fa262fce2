/** Japanese date and number formatting. All dates are shown in Japan time, whatever the offset written. */
import { japanZone as tokyo } from './japan-time.ts';

const dateFmt = new Intl.DateTimeFormat('ja-JP', {
  timeZone: tokyo,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});
const weekdayFmt = new Intl.DateTimeFormat('ja-JP', { timeZone: tokyo, weekday: 'short' });
const weekdays = ['日', '月', '火', '水', '木', '金', '土'] as const;
const timeFmt = new Intl.DateTimeFormat('ja-JP', {
  timeZone: tokyo,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

const formattedInstants = new Map<number, string>();

/**
 * 2026年6月24日（水） from an instant (in JST) or a YYYY-MM-DD string; 2026年6月 and 2026年 for a
 * month or a year. A reader planning to attend or to call thinks in weekdays, so every full date
 * carries one.
 */
export function formatDate(value: Date | string): string {
  if (value instanceof Date) {
    // Intl's formatting is the costly part of a list page: the same few thousand instants are
    // formatted on every list that shows their releases, so each is formatted once per build.
    const ms = value.getTime();
    let text = formattedInstants.get(ms);
    if (text === undefined) {
      text = `${dateFmt.format(value)}（${weekdayFmt.format(value)}）`;
      formattedInstants.set(ms, text);
    }
    return text;
  }
  const [y, m, d] = value.split('-').map(Number);
  if (d !== undefined && y !== undefined && m !== undefined)
    // The calendar day as written, whatever the zone of the build machine.
    return `${y}年${m}月${d}日（${weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}）`;
  if (m !== undefined) return `${y}年${m}月`;
  return `${y}年`;
}

/** 2026年6月24日（水）14:00, or just the day when the value is a day. */
export function formatDateTime(value: Date | string): string {
  if (!(value instanceof Date)) return formatDate(value);
  return `${formatDate(value)}${timeFmt.format(value)}`;
}


/** 10000000 → 1,000万円; amounts under 10,000 yen are written in full. */
export function formatYen(yen: number): string {
  if (yen >= 100_000_000 && yen % 100_000_000 === 0)
    return `${(yen / 100_000_000).toLocaleString('ja-JP')}億円`;
  if (yen >= 10_000 && yen % 10_000 === 0) return `${(yen / 10_000).toLocaleString('ja-JP')}万円`;
  return `${yen.toLocaleString('ja-JP')}円`;
}
