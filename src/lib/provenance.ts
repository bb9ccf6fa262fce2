/**
 * Whose words a release page shows, and where the reader finds the original. A digest is this
 * press room's summary of someone else's release: the page says so at the top, names the
 * publisher, and links the original release only when its address is known — otherwise the
 * publisher's site, labelled as the site, never as the release.
 */
import { ja } from '../i18n/ja.ts';
import type { Organization, Release } from '../schemas/index.ts';
import type { Entry } from './relations.ts';

export interface SourceLink {
  href: string;
  label: string;
  /** True when the link is the original release itself, false for the publisher's site. */
  isRelease: boolean;
}

export interface Provenance {
  kind: Release['kind'];
  /** The organisation whose release a digest summarises. */
  sourcePublisher: Entry<Organization> | undefined;
  /** The sentence at the top of a digest; undefined for an original. */
  notice: string | undefined;
  sourceLink: SourceLink | undefined;
}

export function releaseProvenance(
  release: Entry<Release>,
  organization: (id: string) => Entry<Organization> | undefined,
): Provenance {
  const d = release.data;
  const t = ja.provenance;
  const sourcePublisher = d.source ? organization(d.source.publisher.id) : undefined;
  const name = sourcePublisher?.data.name ?? '';
  const sourceLink: SourceLink | undefined = d.source?.url
    ? { href: d.source.url, label: t.originalRelease(name), isRelease: true }
    : sourcePublisher?.data.website
      ? { href: sourcePublisher.data.website, label: t.publisherSite(name), isRelease: false }
      : undefined;
  if (d.kind === 'original') return { kind: d.kind, sourcePublisher, notice: undefined, sourceLink: undefined };
  return {
    kind: d.kind,
    sourcePublisher,
    notice: d.source?.url ? t.digestNotice(name) : t.digestNoticeNoUrl(name),
    sourceLink,
  };
}
