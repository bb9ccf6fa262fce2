/** Link items ({ href, label, meta }) for lists of entries, so every page words them the same way. */
import type { Agreement, City, Declaration, Organization, Topic } from '../schemas/index.ts';
import { formatDate } from './format.ts';
import type { Entry } from './relations.ts';
import { entryUrl } from './urls.ts';

export interface LinkItem {
  href: string;
  label: string;
  meta?: string | undefined;
}

export const agreementLink = (a: Entry<Agreement>): LinkItem => ({
  href: entryUrl('agreements', a.id),
  label: a.data.title,
  meta: formatDate(a.data.signed),
});
export const cityLink = (c: Entry<City>): LinkItem => ({
  href: entryUrl('cities', c.id),
  label: c.data.name,
  meta: c.data.prefecture,
});
export const declarationLink = (d: Entry<Declaration>): LinkItem => ({
  href: entryUrl('declarations', d.id),
  label: d.data.name,
});
export const organizationLink = (o: Entry<Organization>): LinkItem => ({
  href: entryUrl('organizations', o.id),
  label: o.data.name,
});
export const topicLink = (t: Entry<Topic>): LinkItem => ({
  href: entryUrl('topics', t.id),
  label: t.data.name,
});

/** Resolves ids through a lookup map, keeping only entries that exist (e.g. public releases). */
export function resolve<T>(ids: readonly { id: string }[], byId: Map<string, Entry<T>>): Entry<T>[] {
  return ids.flatMap((r) => {
    const e = byId.get(r.id);
    return e ? [e] : [];
  });
}
