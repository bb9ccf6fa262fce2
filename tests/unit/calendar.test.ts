import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { googleCalendarUrl, eventAddLinks } from '../../src/lib/calendar-links.ts';
import { calendarText, eventGapNotice, eventSequence, eventUid } from '../../src/lib/calendar.ts';
import { eventKey } from '../../src/lib/event-key.ts';
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
const item = (index: number, event: Partial<EventItem['event']>, r = release): EventItem => {
  const e = {
    title: `イベント${index}`,
    attendance: 'unknown',
    speakers: [],
    ...event,
  } as EventItem['event'];
  return { release: r, index, event: e, key: eventKey(e) };
};

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

  it('gives each event a UID from its release id and its key, not its position', () => {
    const kickoff = { start: '2026-06-24' };
    const before = parse([item(0, kickoff)]).events[0]?.uid;
    // An event inserted before it leaves its UID alone: subscribers' entry still means the same event.
    const after = parse([item(0, { start: '2026-06-16' }), item(1, kickoff)]).events.map((e) => e.uid);
    expect(before).toBe('2026/example/events/2026-06-24@pressroom.example.jp');
    expect(after).toEqual([
      '2026/example/events/2026-06-16@pressroom.example.jp',
      '2026/example/events/2026-06-24@pressroom.example.jp',
    ]);
    // An editor's id wins over the day, so a postponed event keeps its UID.
    const postponed = item(0, { id: 'kickoff', start: '2026-07-01' });
    expect(eventUid(postponed, site)).toBe('2026/example/events/kickoff@pressroom.example.jp');
    // A timed event is keyed by its day in Japan, not in UTC.
    expect(eventKey({ start: new Date('2026-06-23T15:30:00Z') })).toBe('2026-06-24');
  });

  it('raises SEQUENCE when the release is updated, and keeps DTSTAMP from the content', () => {
    const updated = {
      id: release.id,
      data: { ...release.data, updated: new Date('2026-06-17T10:00:00+09:00') } as Release,
    };
    const first = parse([item(0, { start: '2026-06-24' })]);
    const second = parse([item(0, { start: '2026-06-25' }, updated)]);
    expect(first.events[0]?.sequence).toBe(0);
    expect(second.events[0]?.sequence).toBe(24 * 60);
    expect(second.events[0]?.sequence).toBeGreaterThan(first.events[0]!.sequence);
    expect(eventSequence({ release: updated })).toBe(1440);
    expect(first.text).toContain('DTSTAMP:20260616T010000Z');
    expect(second.text).toContain('DTSTAMP:20260617T010000Z');
    // The same content gives the same bytes: nothing depends on the build time.
    expect(parse([item(0, { start: '2026-06-24' })]).text).toBe(first.text);
  });

  it('ends every line, the last one included, with CRLF', () => {
    const { text } = parse([item(0, { start: '2026-06-24' })]);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('refuses to write a calendar with no event', () => {
    expect(() => parse([])).toThrow(/no event/);
  });

  it('says what the content leaves open, and nothing when time and venue are known', () => {
    expect(eventGapNotice({ start: '2026-06-24', attendance: 'unknown' })).toBe(
      '時間・会場は発表元でご確認ください',
    );
    expect(eventGapNotice({ start: '2026-06-24', place: '相馬市役所', attendance: 'unknown' })).toBe(
      '時間は発表元でご確認ください',
    );
    const at = new Date('2026-06-24T14:00:00+09:00');
    expect(eventGapNotice({ start: at, attendance: 'in-person' })).toBe('会場は発表元でご確認ください');
    expect(eventGapNotice({ start: at, attendance: 'online' })).toBeUndefined();
    expect(eventGapNotice({ start: at, place: '相馬市役所', attendance: 'unknown' })).toBeUndefined();
    const { events } = parse([item(0, { start: '2026-06-24' })]);
    expect(events[0]?.description).toContain('時間・会場は発表元でご確認ください');
  });

  it('adds one event by its own file, webcal: and a Google Calendar template with the same times', () => {
    const day = item(0, { start: '2026-06-24', place: '相馬市役所' });
    const links = eventAddLinks(day, site);
    expect(links.ics).toBe('/calendar/events/2026/example/2026-06-24.ics');
    expect(links.webcal).toBe('webcal://pressroom.example.jp/calendar/events/2026/example/2026-06-24.ics');
    const google = new URL(links.google);
    expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('action')).toBe('TEMPLATE');
    expect(google.searchParams.get('text')).toBe('イベント0');
    expect(google.searchParams.get('dates')).toBe('20260624/20260625');
    expect(google.searchParams.get('location')).toBe('相馬市役所');
    expect(google.searchParams.get('ctz')).toBeNull();
    const timed = new URL(
      googleCalendarUrl(
        item(0, {
          start: new Date('2026-06-24T14:00:00+09:00'),
          end: new Date('2026-06-24T16:30:00+09:00'),
        }),
        site,
      ),
    );
    expect(timed.searchParams.get('dates')).toBe('20260624T140000/20260624T163000');
    expect(timed.searchParams.get('ctz')).toBe('Asia/Tokyo');
    expect(timed.searchParams.get('location')).toBeNull();
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
