/** events.ics and the per-city calendars, read with ical.js and checked against the releases' events. */
import ICAL from 'ical.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { ParsedEntry } from '../../src/lib/corpus/integrity.ts';
import { expected } from '../helpers/expected.ts';
import { TEST_BUILD_TIME } from './global-setup.ts';

const dist = inject('distDir');
const x = expected(new Date(TEST_BUILD_TIME));

interface ContentEvent {
  release: ParsedEntry;
  index: number;
  title: string;
  start: Date | string;
  end?: Date | string;
}
const eventsOf = (releases: ParsedEntry[]): ContentEvent[] =>
  releases.flatMap((release) =>
    (release.data.events as Omit<ContentEvent, 'release' | 'index'>[]).map((e, index) => ({
      ...e,
      release,
      index,
    })),
  );

function parse(file: string) {
  const text = readFileSync(path.join(dist, file), 'utf8');
  const cal = new ICAL.Component(ICAL.parse(text));
  return { text, cal, events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

/** The event's start as written in the content: a day (YYYY-MM-DD) or an instant. */
function checkEvent(ev: ICAL.Event, e: ContentEvent) {
  expect(ev.summary).toBe(e.title);
  expect(ev.uid).toBe(`${e.release.id}/events/${e.index}@pressroom.example.jp`);
  if (typeof e.start === 'string') {
    expect(ev.startDate.isDate, e.title).toBe(true);
    expect(ev.startDate.toString()).toBe(e.start);
    // All-day: DTEND is the day after the last day.
    const last = typeof e.end === 'string' ? e.end : e.start;
    const after = new Date(`${last}T00:00:00Z`);
    after.setUTCDate(after.getUTCDate() + 1);
    expect(ev.endDate.toString()).toBe(after.toISOString().slice(0, 10));
  } else {
    expect(ev.startDate.isDate).toBe(false);
    expect(ev.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Asia/Tokyo');
    expect(ev.startDate.toJSDate().getTime()).toBe(e.start.getTime());
  }
  expect(ev.description).toContain(`https://pressroom.example.jp/releases/${e.release.id}/`);
}

describe('events.ics', () => {
  const all = eventsOf(x.releases);

  it('holds every event of every public release, each matching its content', () => {
    const { cal, events } = parse('events.ics');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Tokyo');
    expect(all.length).toBeGreaterThanOrEqual(3); // the real releases announce three events
    expect(events.map((e) => e.uid).sort()).toEqual(
      all.map((e) => `${e.release.id}/events/${e.index}@pressroom.example.jp`).sort(),
    );
    for (const e of all) {
      const ev = events.find((v) => v.uid === `${e.release.id}/events/${e.index}@pressroom.example.jp`);
      if (!ev) throw new Error(`missing ${e.title}`);
      checkEvent(ev, e);
    }
  });

  it('writes days as all-day dates, never as midnight-UTC instants', () => {
    const { text } = parse('events.ics');
    expect(text).toContain('DTSTART;VALUE=DATE:20260624');
    expect(text).not.toMatch(/DTSTART[^\n]*T090000/);
    // DTSTAMP is UTC, as RFC 5545 requires.
    for (const line of text.split(/\r?\n/).filter((l) => l.startsWith('DTSTAMP')))
      expect(line).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
  });

  it('has one calendar per city with exactly the events of the releases that name the city', () => {
    for (const city of x.of('cities')) {
      const file = `calendar/cities/${city.id}.ics`;
      expect(existsSync(path.join(dist, file)), file).toBe(true);
      const { events } = parse(file);
      const mine = eventsOf(x.releases.filter((r) => x.refs(r, 'cities').includes(city.id)));
      expect(events.map((e) => e.uid).sort(), city.id).toEqual(
        mine.map((e) => `${e.release.id}/events/${e.index}@pressroom.example.jp`).sort(),
      );
    }
    expect(parse('calendar/cities/soma.ics').events.map((e) => e.summary)).toContain(
      '相馬市の3つの宣言への賛同に関する記者会見',
    );
  });
});
