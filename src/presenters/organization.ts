/**
 * An organization's page: on the first page its facts, business, track record and what it offers
 * as an employer; its releases in pages; then its agreements and declarations (first page only).
 */
import { ja } from '../i18n/ja.ts';
import { employersByCityUrl, isEmployer, workplaceFactsOf, type WorkplaceFact } from '../lib/employers.ts';
import { formatDate, formatYen } from '../lib/format.ts';
import { organizationLd } from '../lib/json-ld.ts';
import {
  agreementLink,
  cityLink,
  declarationLink,
  organizationLink,
  resolve,
  type LinkItem,
} from '../lib/links.ts';
import type { Entry } from '../lib/relations.ts';
import { absoluteUrl } from '../lib/seo.ts';
import { feedLink } from '../lib/subscriptions.ts';
import { joinWrappedJapanese } from '../lib/text.ts';
import { entryUrl, staticPageUrls } from '../lib/urls.ts';
import type { Organization } from '../schemas/index.ts';
import { entryFrame, type EntryFrame, type SiteData } from './entry.ts';
import { factRows, type FactPart, type FactRow, type Link } from './facts.ts';

export interface LinkSection {
  id: string;
  heading: string;
  items: LinkItem[];
  /** An empty list only says there is nothing: kept out of search. */
  unsearchable: boolean;
}

export interface OrganizationView {
  frame: EntryFrame;
  /** The paragraph under the title, on the first page only. */
  lead: string | undefined;
  /** The first page's own content; undefined on the following pages. */
  about:
    | {
        facts: FactRow[];
        /** 主な事業; empty when the content names none. */
        business: string[];
        trackRecord: { text: string; asOf: string | undefined; links: LinkItem[] }[];
        /** Only for an employer (based in a profiled city, or a signatory). */
        employer: { facts: WorkplaceFact[]; listUrl: string } | undefined;
        /**
         * After the releases: its agreements and declarations, always there (an empty one says so
         * and is kept out of search); what it sponsors and who names it as a client, when any.
         */
        links: LinkSection[];
      }
    | undefined;
}

const external = (href: string): Link => ({ href, label: `${href}${ja.layout.externalSite}` });

export function presentOrganization(
  { relations }: SiteData,
  organization: Entry<Organization>,
  currentPage: number,
  site: URL | string,
): OrganizationView {
  const d = organization.data;
  const { byId } = relations;
  const city = d.city && byId.cities.get(d.city.id);
  const frame = entryFrame('organizations', organization, currentPage, {
    name: d.name,
    description: ja.organizationPage.description(d.name, ja.organization.kind[d.kind], d.summary),
    kicker: ja.organization.kind[d.kind],
    feeds: [feedLink({ kind: 'organizations', id: organization.id }, d.name)],
    jsonLd: [
      organizationLd(organization, absoluteUrl(entryUrl('organizations', organization.id), site), city),
    ],
    list: { id: 'releases', heading: ja.organization.releases, unsearchable: true },
  });
  if (currentPage !== 1) return { frame, lead: undefined, about: undefined };

  const rel = relations.organization.get(organization.id);
  const parent = d.spunOffFrom && byId.organizations.get(d.spunOffFrom.id);
  const seat: Link | undefined = city && { href: entryUrl('cities', city.id), label: city.data.name };
  // 「相馬市役所（相馬市）」: the address as written, then the city's page; either alone when only one is known.
  const headOffice: FactPart[] | undefined =
    d.headOffice && seat ? [d.headOffice, '（', seat, '）'] : d.headOffice ? [d.headOffice] : seat && [seat];
  return {
    frame,
    lead: joinWrappedJapanese(d.summary),
    about: {
      facts: factRows([
        { term: ja.organization.kindLabel, value: [ja.organization.kind[d.kind]] },
        d.employer && { term: ja.organizationPage.industries, value: [d.employer.industries.join('、')] },
        headOffice && { term: ja.organization.headOffice, value: headOffice },
        d.representative && {
          term: ja.organization.representative,
          value: [[d.representative.title, d.representative.name].filter(Boolean).join(' ')],
        },
        d.founded && { term: ja.organization.founded, value: [formatDate(d.founded)] },
        parent && {
          term: ja.organization.spunOffFrom,
          value: [{ href: entryUrl('organizations', parent.id), label: parent.data.name }],
        },
        d.capitalYen && { term: ja.organization.capital, value: [formatYen(d.capitalYen)] },
        // 「ウェブサイトの情報はありません」 is no content: kept out of search.
        {
          term: ja.organization.website,
          value: [d.website ? external(d.website) : { meta: ja.organizationPage.noWebsite }],
          unsearchable: !d.website,
        },
        d.employer?.hiringPage && {
          term: ja.organizationPage.hiringPage,
          value: [external(d.employer.hiringPage)],
        },
      ]),
      business: d.business ?? [],
      trackRecord: (d.trackRecord ?? []).map((item) => ({
        text: item.since ? `${formatDate(item.since)}〜 ${item.text}` : item.text,
        asOf: item.asOf && ja.city.asOf(formatDate(item.asOf)),
        links: [
          ...resolve(item.clients ?? [], byId.organizations).map(organizationLink),
          ...resolve(item.cities ?? [], byId.cities).map(cityLink),
        ],
      })),
      employer: isEmployer(organization, relations)
        ? {
            facts: workplaceFactsOf(organization),
            listUrl: city ? employersByCityUrl(city.id) : staticPageUrls.employers,
          }
        : undefined,
      links: [
        {
          id: 'agreements',
          heading: ja.organization.agreements,
          items: (rel?.agreements ?? []).map(agreementLink),
        },
        {
          id: 'signed',
          heading: ja.organization.signed,
          items: (rel?.signatures ?? []).map((s) => ({
            ...declarationLink(s.declaration),
            meta: [s.signatory.announced && formatDate(s.signatory.announced), s.signatory.note]
              .filter(Boolean)
              .join('、'),
          })),
        },
        ...[
          {
            id: 'sponsored',
            heading: ja.organization.sponsored,
            items: (rel?.sponsored ?? []).map(declarationLink),
          },
          {
            id: 'client-of',
            heading: ja.organization.clientOf,
            items: (rel?.clientOf ?? []).map(organizationLink),
          },
        ].filter((s) => s.items.length > 0),
      ].map((s) => ({ ...s, unsearchable: s.items.length === 0 })),
    },
  };
}
