/**
 * A declaration's page: on the first page its purpose, registry of signatories and the sponsor's
 * reported counts; its releases in pages under them.
 */
import { ja } from '../i18n/ja.ts';
import { employersByDeclarationUrl } from '../lib/employers.ts';
import { formatDate } from '../lib/format.ts';
import { cityLink, organizationLink, type LinkItem } from '../lib/links.ts';
import type { Entry } from '../lib/relations.ts';
import type { Source } from '../lib/sources.ts';
import { feedLink } from '../lib/subscriptions.ts';
import { joinWrappedJapanese } from '../lib/text.ts';
import { entryUrl, signatoriesCsvUrl } from '../lib/urls.ts';
import type { Declaration } from '../schemas/index.ts';
import { entryFrame, type EntryFrame, type SiteData } from './entry.ts';
import { factRows, type FactRow } from './facts.ts';

export interface SignatoryRow {
  organization: LinkItem;
  kind: string;
  city: LinkItem | undefined;
  announced: string;
  note: string;
  source: Source;
}

export interface DeclarationView {
  frame: EntryFrame;
  /** The paragraph under the title, on the first page only. */
  lead: string | undefined;
  /** The first page's own content; undefined on the following pages. */
  about:
    | {
        commitment: string | undefined;
        facts: FactRow[];
        /** What the sponsor reports and how many of them the site lists. */
        counts: string;
        caption: string;
        /** The registry in the declaration's order. */
        signatories: SignatoryRow[];
        csvUrl: string;
        /** The declaration's employer list; undefined when no organization has signed. */
        employersUrl: string | undefined;
        reportedCounts: Declaration['reportedCounts'];
      }
    | undefined;
}

export function presentDeclaration(
  { relations }: SiteData,
  declaration: Entry<Declaration>,
  currentPage: number,
): DeclarationView {
  const d = declaration.data;
  const frame = entryFrame('declarations', declaration, currentPage, {
    name: d.name,
    description: d.purpose,
    feeds: [feedLink({ kind: 'declarations', id: declaration.id }, d.name)],
    list: { id: 'releases', heading: ja.declaration.releases, unsearchable: true },
  });
  if (currentPage !== 1) return { frame, lead: undefined, about: undefined };

  const { byId } = relations;
  const rel = relations.declaration.get(declaration.id);
  const latest = rel?.latestReported;
  const sponsor = byId.organizations.get(d.sponsor.id);
  const signatures = rel?.signatures ?? [];
  return {
    frame,
    lead: joinWrappedJapanese(d.purpose),
    about: {
      commitment: d.commitment && joinWrappedJapanese(d.commitment),
      facts: factRows([
        sponsor && {
          term: ja.declaration.sponsor,
          value: [{ href: entryUrl('organizations', sponsor.id), label: sponsor.data.name }],
        },
        {
          term: ja.declaration.opened,
          value: [d.opened ? formatDate(d.opened) : ja.declarationPage.unknownDate],
        },
        d.url && {
          term: ja.declaration.officialPage,
          value: [{ href: d.url, label: `${d.url}${ja.layout.externalSite}` }],
        },
      ]),
      counts: ja.declaration.counts(rel?.listedCount ?? 0, latest?.count, latest && formatDate(latest.asOf)),
      caption: ja.declarationPage.registryCaption(d.name),
      signatories: signatures.map((s) => {
        const city = s.organization.data.city && byId.cities.get(s.organization.data.city.id);
        return {
          organization: organizationLink(s.organization),
          kind: ja.organization.kind[s.organization.data.kind],
          city: city && cityLink(city),
          announced: s.signatory.announced
            ? formatDate(s.signatory.announced)
            : ja.declarationPage.unknownDate,
          note: s.signatory.note ?? '',
          source: s.signatory.source,
        };
      }),
      csvUrl: signatoriesCsvUrl(declaration.id),
      employersUrl: signatures.length > 0 ? employersByDeclarationUrl(declaration.id) : undefined,
      reportedCounts: d.reportedCounts,
    },
  };
}
