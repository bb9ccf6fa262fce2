import { z } from 'astro/zod';
import { dateTime, email, httpsUrl, moment, nonEmptyText, officePhoneNumber, ref } from './primitives.ts';
import { eventKey } from '../lib/event-key.ts';
import { momentMs } from '../lib/japan-time.ts';

/** How people attend an event; `unknown` unless the source says. */
export const attendanceModes = ['in-person', 'online', 'mixed', 'unknown'] as const;

const event = z
  .strictObject({
    /** Names the event in calendar UIDs and file names; defaults to its start day (eventKey). */
    id: z
      .string({ error: 'id は英小文字・数字・ハイフンで書いてください（例: kickoff）' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: 'id は英小文字・数字・ハイフンで書いてください（例: kickoff）',
      })
      .optional(),
    title: nonEmptyText(160),
    kind: nonEmptyText(40).optional(),
    /** A day when the source gives no time, an instant when it does. */
    start: moment,
    end: moment.optional(),
    /** The venue, only when the source names it. */
    place: nonEmptyText(200).optional(),
    /** In person, online or both, only when the source says; otherwise unknown. */
    attendance: z
      .enum(attendanceModes, { error: `attendance は ${attendanceModes.join(' / ')} のいずれかです` })
      .default('unknown'),
    /** The organising body, only when the source names one. */
    organizer: ref('organizations').optional(),
    speakers: z.array(nonEmptyText(60)).default([]),
    url: httpsUrl.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.end !== undefined && momentMs(e.end, 'end') < momentMs(e.start, 'start'))
      ctx.addIssue({ code: 'custom', path: ['end'], message: '終了（end）が開始（start）より前です' });
  });

const contact = z
  .strictObject({
    organization: ref('organizations'),
    department: nonEmptyText(120),
    email: email.optional(),
    phone: officePhoneNumber.optional(),
  })
  .refine((c) => c.email !== undefined || c.phone !== undefined, {
    error: '問い合わせ先には email か phone の少なくとも一方が必要です',
  });

const image = z.strictObject({
  src: nonEmptyText(300),
  alt: nonEmptyText(300),
  credit: nonEmptyText(120).optional(),
});

/**
 * Whose words a release is: `original` — its publisher publishes it here, in its own words;
 * `digest` — this press room's summary of a release published elsewhere.
 */
export const releaseKinds = ['original', 'digest'] as const;

export const releaseSchema = z
  .strictObject({
    kind: z.enum(releaseKinds, {
      error:
        'kind は original（発表者自身がここで発表する）か digest（他で発表された報道発表をこのサイトが要約したもの）です',
    }),
    title: nonEmptyText(120),
    subtitle: nonEmptyText(160).optional(),
    lead: nonEmptyText(600),
    /** The day (2026-06-16) or, when the source gives one, the time of publication. */
    published: moment,
    updated: moment.optional(),
    /** Not public before this instant, even if `published` has passed. */
    embargo: dateTime.optional(),
    draft: z.boolean({ error: 'draft は true か false です' }).default(false),
    publishers: z
      .array(ref('organizations'))
      .min(1, { error: '発表者（publishers）を1つ以上書いてください' }),
    /** For a digest: whose release it summarises, and the original release's URL when known. */
    source: z
      .strictObject({
        publisher: ref('organizations'),
        /** The original release itself, never a home page: leave out when unknown. */
        url: httpsUrl.optional(),
        title: nonEmptyText(200).optional(),
      })
      .optional(),
    cities: z.array(ref('cities')).default([]),
    agreements: z.array(ref('agreements')).default([]),
    declarations: z.array(ref('declarations')).default([]),
    topics: z.array(ref('topics')).default([]),
    events: z.array(event).default([]),
    contacts: z
      .array(contact)
      .min(1, { error: '報道関係者向けの問い合わせ先（contacts）を1つ以上書いてください' }),
    images: z.array(image).default([]),
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'digest' && r.source === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message:
          '要約（kind: digest）には元の報道発表の出典が必要です（source: の下に publisher と、分かれば url）',
      });
    const keys = new Map<string, number>();
    r.events.forEach((e, i) => {
      const key = eventKey(e);
      const first = keys.get(key);
      if (first === undefined) keys.set(key, i);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'id'],
          message: `イベント ${first + 1} と ${i + 1} が同じ「${key}」で区別できません。それぞれに id（例: kickoff）を書いてください。同じ日のイベントが2つ以上あるときに必要です`,
        });
    });
    if (r.updated && momentMs(r.updated) < momentMs(r.published))
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message: '更新日時（updated）が公開日時（published）より前です',
      });
  });
export type Release = z.output<typeof releaseSchema>;
export type ReleaseEvent = Release['events'][number];
