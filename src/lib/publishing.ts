/**
 * The publishing gate: the one rule for whether a release may appear anywhere in the built site.
 * Every listing, page, feed and data file takes its releases from `publicReleases`.
 */
import { z } from 'astro/zod';
import type { Release } from '../schemas/releases.ts';
import { momentMs } from './japan-time.ts';

/** The fields of a release the gate reads. */
export type Publishable = Pick<Release, 'draft' | 'published' | 'embargo'>;

/** A release is public when it is not a draft and both its publication and embargo times have passed. */
export function isPublic(entry: Publishable, now: Date): boolean {
  if (entry.draft) return false;
  if (momentMs(entry.published) > now.getTime()) return false;
  if (entry.embargo && entry.embargo.getTime() > now.getTime()) return false;
  return true;
}

/** The earliest instant at which an entry becomes public, or undefined for drafts. */
export function publicFrom(entry: Publishable): Date | undefined {
  if (entry.draft) return undefined;
  // A release published on a day (no time given) is public from that day's 00:00 in Japan.
  const t = Math.max(momentMs(entry.published), entry.embargo?.getTime() ?? -Infinity);
  return new Date(t);
}

export function publicReleases<T extends { data: Publishable }>(entries: readonly T[], now: Date): T[] {
  return entries.filter((e) => isPublic(e.data, now));
}

/**
 * The next instant after `now` at which a scheduled entry becomes public, so a scheduler knows
 * when to rebuild.
 */
export function nextPublication(entries: readonly { data: Publishable }[], now: Date): Date | undefined {
  let next: number | undefined;
  for (const e of entries) {
    const t = publicFrom(e.data)?.getTime();
    if (t !== undefined && t > now.getTime() && (next === undefined || t < next)) next = t;
  }
  return next === undefined ? undefined : new Date(next);
}

// Zod's ISO check also rejects impossible days (02-30), which Date.parse silently rolls over.
const iso8601WithZone = z.iso.datetime({ offset: true });

/**
 * The build instant: now, or `BUILD_TIME` (ISO 8601 with a zone, e.g. 2026-06-16T09:00:00+09:00)
 * for reproducible builds and tests. A malformed value is an error, never silently "now".
 */
export function buildInstant(
  env: Record<string, string | undefined> = process.env,
  clock = () => new Date(),
): Date {
  const raw = env.BUILD_TIME;
  if (raw === undefined || raw === '') return clock();
  if (!iso8601WithZone.safeParse(raw).success)
    throw new Error(
      `BUILD_TIME="${raw}" は時差付きのISO 8601ではありません（例: 2026-06-16T09:00:00+09:00）`,
    );
  return new Date(raw);
}
