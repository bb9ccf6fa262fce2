/**
 * events.ics, the per-city calendars and the one-event calendars, read with ical.js and checked
 * against the releases' events.
 */
import ICAL from 'ical.js';
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { ParsedEntry } from '../../src/lib/corpus/integrity.ts';
import { eventKey } from '../../src/lib/event-key.ts';
import { momentMs, type Moment } from '../../src/lib/japan-time.ts';
import { expected } from '../helpers/expected.ts';
import { TEST_BUILD_TIME } from './global-setup.ts';

const dist = inject('distDir');
const x = expected(new Date(TEST_BUILD_TIME));

interface ContentEvent {
  release: ParsedEntry;
  index: number;
  /** The event's id, or its start day: what its UID and file are named after. */
  key: string;
  id?: string;
  title: string;
  start: Date | string;
  end?: Date | string;
}
const eventsOf = (releases: ParsedEntry[]): ContentEvent[] =>
  releases.flatMap((release) =>
    (release.data.events as Omit<ContentEvent, 'release' | 'index' | 'key'>[]).map((e, index) => ({
      ...e,
      release,
      index,
      key: eventKey(e),
    })),
  );

const uid = (e: ContentEvent) => `${e.release.id}/events/${e.key}@pressroom.example.jp`;

function parse(file: string) {
  const text = readFileSync(path.join(dist, file), 'utf8');
  const cal = new ICAL.Component(ICAL.parse(text));
  return { text, cal, events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

/** The event's start as written in the content: a day (YYYY-MM-DD) or an instant. */
function checkEvent(ev: ICAL.Event, e: ContentEvent) {
  expect(ev.summary).toBe(e.title);
  expect(ev.uid).toBe(uid(e));
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
    expect(events.map((e) => e.uid).sort()).toEqual(all.map((e) => uid(e)).sort());
    for (const e of all) {
      const ev = events.find((v) => v.uid === uid(e));
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

  it('has one calendar per city that has events, with exactly the events of the releases that name the city', () => {
    const withEvents = x
      .of('cities')
      .filter((c) => eventsOf(x.releases.filter((r) => x.refs(r, 'cities').includes(c.id))).length > 0);
    // The real content gives some cities events and leaves others without: both kinds are tested.
    expect(withEvents.length).toBeGreaterThanOrEqual(2);
    expect(withEvents.length).toBeLessThan(x.of('cities').length);
    const files = globSync('calendar/cities/*.ics', { cwd: dist }).map((f) => path.basename(f, '.ics'));
    expect(files.sort()).toEqual(withEvents.map((c) => c.id).sort());
    for (const city of withEvents) {
      const { events } = parse(`calendar/cities/${city.id}.ics`);
      const mine = eventsOf(x.releases.filter((r) => x.refs(r, 'cities').includes(city.id)));
      expect(events.map((e) => e.uid).sort(), city.id).toEqual(mine.map(uid).sort());
    }
    expect(parse('calendar/cities/soma.ics').events.map((e) => e.summary)).toContain(
      '相馬市の3つの宣言への賛同に関する記者会見',
    );
  });

  it('links no calendar without events: a city without events offers none on its page or in cities.json', () => {
    const data = JSON.parse(readFileSync(path.join(dist, 'data/cities.json'), 'utf8')) as {
      cities: { id: string; calendar: string | null }[];
    };
    for (const c of data.cities) {
      const file = `calendar/cities/${c.id}.ics`;
      const exists = existsSync(path.join(dist, file));
      expect(c.calendar, c.id).toBe(exists ? `https://pressroom.example.jp/${file}` : null);
      const html = readFileSync(path.join(dist, `cities/${c.id}/index.html`), 'utf8');
      expect(html.includes(`href="/${file}"`), c.id).toBe(exists);
    }
  });
});

describe('one calendar per event', () => {
  const all = eventsOf(x.releases);

  it('exists for every event, named after the release and the event key, and holds that event alone', () => {
    const files = globSync('calendar/events/**/*.ics', { cwd: dist }).map((f) => f.split(path.sep).join('/'));
    expect(files.sort()).toEqual(all.map((e) => `calendar/events/${e.release.id}/${e.key}.ics`).sort());
    for (const e of all) {
      const { cal, events } = parse(`calendar/events/${e.release.id}/${e.key}.ics`);
      expect(events.length, e.title).toBe(1);
      checkEvent(events[0]!, e);
      // The same UID as in events.ics: a reader who adds it, then subscribes, gets no duplicate.
      expect(events[0]?.uid).toBe(uid(e));
      expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(e.title);
    }
  });

  it('is linked from the event on its release page, with webcal: and Google Calendar', () => {
    for (const e of all) {
      const html = readFileSync(path.join(dist, `releases/${e.release.id}/index.html`), 'utf8');
      const file = `/calendar/events/${e.release.id}/${e.key}.ics`;
      expect(html, e.title).toContain(`href="${file}"`);
      expect(html, e.title).toContain(`href="webcal://pressroom.example.jp${file}"`);
    }
  });
});

describe('every calendar file', () => {
  const all = eventsOf(x.releases);
  const files = globSync('**/*.ics', { cwd: dist });

  it('ends with CRLF, uses CRLF only, holds at least one event, and versions it from the content', () => {
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const { text, events } = parse(f);
      expect(text.endsWith('END:VCALENDAR\r\n'), f).toBe(true);
      expect(text.replaceAll('\r\n', ''), f).not.toMatch(/[\r\n]/);
      expect(events.length, f).toBeGreaterThan(0);
      for (const ev of events) {
        const e = all.find((c) => uid(c) === ev.uid)!;
        const { published, updated } = e.release.data as { published: Moment; updated?: Moment };
        // SEQUENCE: minutes from published to updated, 0 when never updated (src/lib/calendar.ts).
        const minutes = updated ? Math.floor((momentMs(updated) - momentMs(published)) / 60_000) : 0;
        expect(ev.sequence, `${f} ${ev.summary}`).toBe(minutes);
        // DTSTAMP: when the release was updated, else published (a day: its 00:00 in Japan).
        expect((ev.component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime(), f).toBe(
          momentMs(updated ?? published),
        );
      }
    }
  });
});
