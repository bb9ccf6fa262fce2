/**
 * The relations index: every back-reference between entries (a city's releases, an
 * organisation's declarations, a declaration's signatories…), computed once in one pass over
 * the public corpus. Pages ask it; they never scan collections themselves.
 */
import type {
  Agreement,
  City,
  Declaration,
  Organization,
  Release,
  ReleaseEvent,
  Topic,
} from '../schemas/index.ts';
import { eventKey } from './event-key.ts';
import { momentMs } from './japan-time.ts';
import { byJapaneseName } from './sort.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

/** The public corpus: releases already filtered by the publishing gate. */
export interface Corpus {
  releases: Entry<Release>[];
  agreements: Entry<Agreement>[];
  cities: Entry<City>[];
  declarations: Entry<Declaration>[];
  organizations: Entry<Organization>[];
  topics: Entry<Topic>[];
}

export interface EventItem {
  release: Entry<Release>;
  event: ReleaseEvent;
  /** Position of the event inside its release, for anchors on the release page and ordering. */
  index: number;
  /** Names the event inside its release whatever its position (eventKey): calendar UIDs and files. */
  key: string;
}

export interface Signature {
  declaration: Entry<Declaration>;
  organization: Entry<Organization>;
  signatory: Declaration['signatories'][number];
  /** 1-based position in the declaration's registry. */
  position: number;
}

export interface CityRelations {
  releases: Entry<Release>[];
  agreements: Entry<Agreement>[];
  organizations: Entry<Organization>[];
  signatures: Signature[];
  events: EventItem[];
}

export interface OrganizationRelations {
  releases: Entry<Release>[];
  agreements: Entry<Agreement>[];
  signatures: Signature[];
  sponsored: Entry<Declaration>[];
  /** Organisations that name this one as a client in their track record. */
  clientOf: Entry<Organization>[];
}

export interface DeclarationRelations {
  signatures: Signature[];
  releases: Entry<Release>[];
  listedCount: number;
  latestReported: Declaration['reportedCounts'][number] | undefined;
}

export interface ReleaseRelations {
  /**
   * The newest other public releases that share a city, agreement or declaration, at most
   * RELATED_RELEASES_LIMIT of them, newest first. Capped because a city publishes for decades:
   * listing all of them on every release page made output (and build time) grow with N².
   */
  related: Entry<Release>[];
}

/** How many related releases a release page lists; the city, agreement and topic pages list all. */
export const RELATED_RELEASES_LIMIT = 5;

export interface Relations {
  city: Map<string, CityRelations>;
  organization: Map<string, OrganizationRelations>;
  declaration: Map<string, DeclarationRelations>;
  agreement: Map<string, { releases: Entry<Release>[] }>;
  topic: Map<string, { releases: Entry<Release>[] }>;
  release: Map<string, ReleaseRelations>;
  /** All events of public releases, by start (day-only events count from 00:00 JST). */
  events: EventItem[];
  /** Lookups by id, so pages resolve references without scanning. */
  byId: {
    releases: Map<string, Entry<Release>>;
    agreements: Map<string, Entry<Agreement>>;
    cities: Map<string, Entry<City>>;
    declarations: Map<string, Entry<Declaration>>;
    organizations: Map<string, Entry<Organization>>;
    topics: Map<string, Entry<Topic>>;
  };
}

export const newestFirst = (a: Entry<Release>, b: Entry<Release>) =>
  momentMs(b.data.published) - momentMs(a.data.published) || a.id.localeCompare(b.id);

/** Release ids start with their year folder (2026/…), which is the year of publication. */
export const releaseYear = (r: Entry<Release>): string => r.id.split('/')[0] ?? '';

function indexById<T>(entries: Entry<T>[]): Map<string, Entry<T>> {
  return new Map(entries.map((e) => [e.id, e]));
}

/** Appends to a list in a map of lists, creating it on first use. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function uniqueById<T>(entries: Entry<T>[]): Entry<T>[] {
  return [...new Map(entries.map((e) => [e.id, e])).values()];
}

export function buildRelations(corpus: Corpus): Relations {
  const byId = {
    releases: indexById(corpus.releases),
    agreements: indexById(corpus.agreements),
    cities: indexById(corpus.cities),
    declarations: indexById(corpus.declarations),
    organizations: indexById(corpus.organizations),
    topics: indexById(corpus.topics),
  };
  const releases = corpus.releases.toSorted(newestFirst);

  const cityReleases = new Map<string, Entry<Release>[]>();
  const orgReleases = new Map<string, Entry<Release>[]>();
  const agreementReleases = new Map<string, Entry<Release>[]>();
  const declarationReleases = new Map<string, Entry<Release>[]>();
  const topicReleases = new Map<string, Entry<Release>[]>();
  const cityEvents = new Map<string, EventItem[]>();
  const events: EventItem[] = [];

  for (const r of releases) {
    for (const c of r.data.cities) push(cityReleases, c.id, r);
    for (const p of r.data.publishers) push(orgReleases, p.id, r);
    for (const a of r.data.agreements) push(agreementReleases, a.id, r);
    for (const d of r.data.declarations) push(declarationReleases, d.id, r);
    for (const t of r.data.topics) push(topicReleases, t.id, r);
    r.data.events.forEach((event, index) => {
      const item = { release: r, event, index, key: eventKey(event) };
      events.push(item);
      for (const c of r.data.cities) push(cityEvents, c.id, item);
    });
  }
  events.sort((a, b) => momentMs(a.event.start) - momentMs(b.event.start) || a.index - b.index);

  const cityAgreements = new Map<string, Entry<Agreement>[]>();
  const orgAgreements = new Map<string, Entry<Agreement>[]>();
  for (const a of corpus.agreements.toSorted((x, y) => y.data.signed.localeCompare(x.data.signed))) {
    for (const c of a.data.cities) push(cityAgreements, c.id, a);
    for (const p of a.data.parties) push(orgAgreements, p.id, a);
    for (const p of a.data.partners) push(orgAgreements, p.organization.id, a);
  }

  const cityOrgs = new Map<string, Entry<Organization>[]>();
  const clientOf = new Map<string, Entry<Organization>[]>();
  for (const o of corpus.organizations.toSorted(byJapaneseName)) {
    if (o.data.city) push(cityOrgs, o.data.city.id, o);
    for (const item of o.data.trackRecord ?? []) for (const c of item.clients ?? []) push(clientOf, c.id, o);
  }

  const orgSignatures = new Map<string, Signature[]>();
  const citySignatures = new Map<string, Signature[]>();
  const declarationSignatures = new Map<string, Signature[]>();
  const sponsored = new Map<string, Entry<Declaration>[]>();
  for (const d of corpus.declarations) {
    push(sponsored, d.data.sponsor.id, d);
    d.data.signatories.forEach((signatory, i) => {
      const organization = byId.organizations.get(signatory.organization.id);
      // The corpus check rejects dangling references before a build; a missing one here is a bug.
      if (!organization)
        throw new Error(`declaration ${d.id}: unknown organization ${signatory.organization.id}`);
      const signature = { declaration: d, organization, signatory, position: i + 1 };
      push(declarationSignatures, d.id, signature);
      push(orgSignatures, organization.id, signature);
      if (organization.data.city) push(citySignatures, organization.data.city.id, signature);
    });
  }

  const city = new Map<string, CityRelations>(
    corpus.cities.map((c) => [
      c.id,
      {
        releases: cityReleases.get(c.id) ?? [],
        agreements: cityAgreements.get(c.id) ?? [],
        organizations: cityOrgs.get(c.id) ?? [],
        signatures: citySignatures.get(c.id) ?? [],
        events: (cityEvents.get(c.id) ?? []).toSorted(
          (a, b) => momentMs(a.event.start) - momentMs(b.event.start) || a.index - b.index,
        ),
      },
    ]),
  );

  const organization = new Map<string, OrganizationRelations>(
    corpus.organizations.map((o) => [
      o.id,
      {
        releases: orgReleases.get(o.id) ?? [],
        agreements: uniqueById(orgAgreements.get(o.id) ?? []),
        signatures: orgSignatures.get(o.id) ?? [],
        sponsored: sponsored.get(o.id) ?? [],
        clientOf: clientOf.get(o.id) ?? [],
      },
    ]),
  );

  const declaration = new Map<string, DeclarationRelations>(
    corpus.declarations.map((d) => {
      const signatures = declarationSignatures.get(d.id) ?? [];
      return [
        d.id,
        {
          signatures,
          releases: declarationReleases.get(d.id) ?? [],
          listedCount: signatures.length,
          latestReported: d.data.reportedCounts.at(-1),
        },
      ];
    }),
  );

  // Every list above is already newest first, so the newest N related releases are among the
  // first N + 1 of each list (+1: the release itself may be one of them): O(lists × N) per release.
  const head = (list: Entry<Release>[] | undefined) => (list ?? []).slice(0, RELATED_RELEASES_LIMIT + 1);
  const release = new Map<string, ReleaseRelations>(
    releases.map((r) => {
      const related = uniqueById([
        ...r.data.cities.flatMap((c) => head(cityReleases.get(c.id))),
        ...r.data.agreements.flatMap((a) => head(agreementReleases.get(a.id))),
        ...r.data.declarations.flatMap((d) => head(declarationReleases.get(d.id))),
      ])
        .filter((x) => x.id !== r.id)
        .sort(newestFirst)
        .slice(0, RELATED_RELEASES_LIMIT);
      return [r.id, { related }];
    }),
  );

  return {
    city,
    organization,
    declaration,
    agreement: new Map(corpus.agreements.map((a) => [a.id, { releases: agreementReleases.get(a.id) ?? [] }])),
    topic: new Map(corpus.topics.map((t) => [t.id, { releases: topicReleases.get(t.id) ?? [] }])),
    release,
    events,
    byId,
  };
}
