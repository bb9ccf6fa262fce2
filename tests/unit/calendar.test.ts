import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarText, eventUid } from '../../src/lib/calendar.ts';
import type { EventItem } from '../../src/lib/relations.ts';
import type { Release } from '../../src/schemas/index.ts';

const site = new URL('https://pressroom.example.jp/');
const release = {
  id: '2026/example',
  data: {
    title: '例の報道発表',
    published: new Date('2026-06-16T10:00:00+09:00'),
    updated: undefined,
  } as unknown as Release,
};
const item = (index: number, event: Partial<EventItem['event']>): EventItem => ({
  release,
  index,
  event: { title: `イベント${index}`, attendance: 'unknown', speakers: [], ...event } as EventItem['event'],
});

function parse(events: EventItem[]) {
  const text = calendarText({ name: 'テスト', description: '説明', events, site });
  const cal = new ICAL.Component(ICAL.parse(text));
  return { text, events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('calendar', () => {
  it('writes a day as an all-day event ending the next day, and a span of days inclusively', () => {
    const { events } = parse([
      item(0, { start: '2026-06-24' }),
      item(1, { start: '2026-06-24', end: '2026-06-26' }),
    ]);
    expect(events[0]?.startDate.isDate).toBe(true);
    expect(events[0]?.startDate.toString()).toBe('2026-06-24');
    expect(events[0]?.endDate.toString()).toBe('2026-06-25');
    expect(events[1]?.endDate.toString()).toBe('2026-06-27');
  });

  it('writes a time in Asia/Tokyo with its VTIMEZONE, whatever the zone of the build machine', () => {
    for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
      process.env.TZ = tz;
      const start = new Date('2026-06-24T14:00:00+09:00');
      const end = new Date('2026-06-24T16:30:00+09:00');
      const { text, events } = parse([item(0, { start, end, place: '相馬市役所', attendance: 'mixed' })]);
      expect(text, tz).toContain('DTSTART;TZID=Asia/Tokyo:20260624T140000');
      expect(text, tz).toContain('DTEND;TZID=Asia/Tokyo:20260624T163000');
      expect(text, tz).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo');
      expect(text, tz).toContain('DTSTAMP:20260616T010000Z');
      expect(events[0]?.location).toBe('会場とオンライン・相馬市役所');
    }
  });

  it('gives each event a UID from its release id and position, so it is the same in every build', () => {
    const { events } = parse([item(0, { start: '2026-06-24' }), item(1, { start: '2026-06-25' })]);
    expect(events.map((e) => e.uid)).toEqual([
      '2026/example/events/0@pressroom.example.jp',
      '2026/example/events/1@pressroom.example.jp',
    ]);
    expect(eventUid({ release, index: 3 }, site)).toBe('2026/example/events/3@pressroom.example.jp');
  });

  it('links each event to its page, or to its release when it has none', () => {
    const { events } = parse([
      item(0, { start: '2026-06-24', url: 'https://example.org/e' }),
      item(1, { start: '2026-06-25' }),
    ]);
    expect(events[0]?.component.getFirstPropertyValue('url')).toBe('https://example.org/e');
    expect(events[1]?.component.getFirstPropertyValue('url')).toBe(
      'https://pressroom.example.jp/releases/2026/example/',
    );
    expect(events[1]?.description).toContain('出典の報道発表: 例の報道発表');
  });
});
