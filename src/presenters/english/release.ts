/**
 * The English summary of one release (/en/releases/2026/…/, beside /releases/2026/…/): the
 * summary's own text, and every date, name and contact from the Japanese release.
 */
import { en } from '../../i18n/en.ts';
import { declarationNameEn, organizationNameEn, plainName } from '../../lib/english/edition.ts';
import { isoInJapan } from '../../lib/japan-time.ts';
import { resolve } from '../../lib/links.ts';
import { releaseProvenance } from '../../lib/provenance.ts';
import { collectionUrl, englishUrl, entryUrl } from '../../lib/urls.ts';
import type { Release } from '../../schemas/index.ts';
import { contactRows, factRows, type FactRow } from '../facts.ts';
import {
  agreementItem,
  cityLinkEn,
  englishHomeCrumb,
  organizationNamesEn,
  summaryArticleLd,
  type EnglishSummaryInput,
} from './items.ts';

export function englishReleaseView(input: EnglishSummaryInput<Release>) {
  const t = en.release;
  const { relations, edition } = input.context;
  const { byId } = relations;
  const release = input.japanese;
  const { data: d } = release;
  const { data: s } = input.summary;
  const orgName = (id: string) => {
    const o = byId.organizations.get(id);
    return o && organizationNameEn(o, edition, byId.cities);
  };
  const publishers = organizationNamesEn(d.publishers, edition, relations);
  /** Whose release this summarises: the source's publisher, else the publishers. */
  const summarised = d.source ? [orgName(d.source.publisher.id)].filter((n) => n !== undefined) : publishers;
  const provenance = releaseProvenance(release, (id) => byId.organizations.get(id));
  // The original release when its address is known, else the publisher's site, labelled as such.
  const source = provenance.sourceLink;
  const sourceName = provenance.sourcePublisher
    ? plainName(organizationNameEn(provenance.sourcePublisher, edition, byId.cities))
    : '';
  const japaneseUrl = entryUrl('releases', release.id);
  const cities = resolve(d.cities, byId.cities).map(cityLinkEn);
  const declarations = resolve(d.declarations, byId.declarations);
  const agreements = resolve(d.agreements, byId.agreements).map((a) => agreementItem(a, edition, relations));
  const related: FactRow[] = factRows([
    cities.length > 0 && {
      term: t.cities,
      value: [{ links: cities.map((c) => ({ href: c.href, label: c.name })), as: 'inline-list' }],
    },
    declarations.length > 0 && {
      term: t.declarations,
      value: [
        {
          links: declarations.map((x) => ({
            href: englishUrl(collectionUrl('declarations')),
            label: declarationNameEn(x.id, x.data.name, edition),
          })),
          as: 'list',
        },
      ],
    },
  ]);
  return {
    layout: {
      title: s.title,
      section: en.nav.releases,
      description: s.lead,
      breadcrumbs: [
        englishHomeCrumb,
        { href: englishUrl(collectionUrl('releases')), label: en.nav.releases },
      ],
      jsonLd: [
        summaryArticleLd('releases', input, {
          published: d.published,
          updated: d.updated,
          sources: summarised,
          originalUrl: source?.isRelease ? source.href : undefined,
        }),
      ],
      article: { published: isoInJapan(d.published), modified: isoInJapan(d.updated ?? d.published) },
    },
    head: {
      kicker: t.kicker,
      title: s.title,
      subtitle: s.subtitle,
      notice: { text: t.digestNotice(summarised.map(plainName).join(', ')), class: 'notice' as const },
      facts: factRows([
        { term: t.published, value: [{ date: d.published }] },
        { term: t.publishers, value: [{ names: publishers }] },
        { term: t.original, value: [{ href: japaneseUrl, label: t.originalLink, hreflang: 'ja' }] },
        {
          term: t.source,
          value: [
            source
              ? {
                  href: source.href,
                  label: `${source.isRelease ? t.originalRelease(sourceName) : t.publisherSite(sourceName)}${t.externalSite}`,
                }
              : t.noSource,
          ],
        },
      ]),
    },
    lead: s.lead,
    events: d.events.map((e) => ({ title: e.title, start: e.start, end: e.end })),
    contacts: d.contacts.map((c) => ({
      organization: orgName(c.organization.id),
      rows: contactRows(c, { department: t.department, phone: t.phone, email: t.email }, 'ja'),
    })),
    /** Related cities and declarations; the section is shown when these or agreements exist. */
    related,
    agreements,
    hasRelated: related.length > 0 || agreements.length > 0,
  };
}
