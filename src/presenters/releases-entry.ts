/**
 * The four entry pages whose list is the entry's releases (an agreement, a declaration, an
 * organization, a topic) share one route, src/pages/[collection]/[id]/[...page].astro: this
 * module is its getStaticPaths and picks each kind's presenter. A city lists its timeline
 * instead and has a route of its own.
 */
import type { GetStaticPathsOptions } from 'astro';
import type { Entry, Relations } from '../lib/relations.ts';
import type { Agreement, Declaration, Organization, Topic } from '../schemas/index.ts';
import { presentAgreement, type AgreementView } from './agreement.ts';
import { presentDeclaration, type DeclarationView } from './declaration.ts';
import { entryPaths, type SiteData } from './entry.ts';
import { presentOrganization, type OrganizationView } from './organization.ts';
import { presentTopic, type TopicView } from './topic.ts';

type Corpus = {
  agreements: readonly Entry<Agreement>[];
  declarations: readonly Entry<Declaration>[];
  organizations: readonly Entry<Organization>[];
  topics: readonly Entry<Topic>[];
};

/** One kind's paths, with the kind as the route's first segment and in the props. */
function ofKind<K extends keyof Corpus, C extends Corpus>(
  kind: K,
  options: Pick<GetStaticPathsOptions, 'paginate'>,
  site: { corpus: C; relations: Relations },
) {
  return entryPaths(kind, options, site, { collection: kind }).map((path) => ({
    ...path,
    props: { kind, ...path.props },
  }));
}

/** Every page of every entry of the four kinds (inside `keyedByCorpus`). */
export function releasesEntryPaths<C extends Corpus>(
  options: Pick<GetStaticPathsOptions, 'paginate'>,
  site: { corpus: C; relations: Relations },
) {
  return [
    ...ofKind('agreements', options, site),
    ...ofKind('declarations', options, site),
    ...ofKind('organizations', options, site),
    ...ofKind('topics', options, site),
  ];
}

export type ReleasesEntryView =
  | ({ kind: 'agreements' } & AgreementView)
  | ({ kind: 'declarations' } & DeclarationView)
  | ({ kind: 'organizations' } & OrganizationView)
  | ({ kind: 'topics' } & TopicView);

type ReleasesEntry =
  | { kind: 'agreements'; entry: Entry<Agreement> }
  | { kind: 'declarations'; entry: Entry<Declaration> }
  | { kind: 'organizations'; entry: Entry<Organization> }
  | { kind: 'topics'; entry: Entry<Topic> };

/** Page `currentPage` of an entry, as its kind's presenter shows it. */
export function presentReleasesEntry(
  site: SiteData,
  { kind, entry }: ReleasesEntry,
  currentPage: number,
  siteUrl: URL | string,
): ReleasesEntryView {
  switch (kind) {
    case 'agreements':
      return { kind, ...presentAgreement(site, entry, currentPage) };
    case 'declarations':
      return { kind, ...presentDeclaration(site, entry, currentPage) };
    case 'organizations':
      return { kind, ...presentOrganization(site, entry, currentPage, siteUrl) };
    case 'topics':
      return { kind, ...presentTopic(entry, currentPage) };
  }
}
