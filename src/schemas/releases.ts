import { z } from 'astro/zod';
import { dateTime, email, httpsUrl, isoDate, nonEmptyText, officePhoneNumber, ref } from './primitives.ts';
import { eventTimeMs } from '../lib/event-time.ts';

/** An event starts at an instant, or on a day when the source gives no time. */
const eventTime = z.union([dateTime, isoDate], {
  error: '日時（2026-06-24T14:00:00+09:00）か日付（2026-06-24）を書いてください',
});

const event = z
  .strictObject({
    title: nonEmptyText(160),
    kind: nonEmptyText(40).optional(),
    start: eventTime,
    end: eventTime.optional(),
    place: nonEmptyText(200).optional(),
    online: z.boolean().default(false),
    speakers: z.array(nonEmptyText(60)).default([]),
    url: httpsUrl.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.end !== undefined && eventTimeMs(e.end, 'end') < eventTimeMs(e.start, 'start'))
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

export const releaseSchema = z
  .strictObject({
    title: nonEmptyText(120),
    subtitle: nonEmptyText(160).optional(),
    lead: nonEmptyText(600),
    published: dateTime,
    updated: dateTime.optional(),
    /** Not public before this instant, even if `published` has passed. */
    embargo: dateTime.optional(),
    draft: z.boolean({ error: 'draft は true か false です' }).default(false),
    publishers: z
      .array(ref('organizations'))
      .min(1, { error: '発表者（publishers）を1つ以上書いてください' }),
    source: z
      .strictObject({
        publisher: ref('organizations'),
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
    if (r.updated && r.updated < r.published)
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message: '更新日時（updated）が公開日時（published）より前です',
      });
  });
export type Release = z.output<typeof releaseSchema>;
export type ReleaseEvent = Release['events'][number];
