/**
 * An agreement's page: on the first page its parties, scope, programmes, partners and background;
 * its releases in pages under them.
 */
import { ja } from '../i18n/ja.ts';
import { cityLink, organizationLink, resolve, type LinkItem } from '../lib/links.ts';
import type { Entry } from '../lib/relations.ts';
import { joinWrappedJapanese } from '../lib/text.ts';
import type { Agreement } from '../schemas/index.ts';
import { entryFrame, type EntryFrame, type SiteData } from './entry.ts';
import { factRows, type FactRow } from './facts.ts';

export interface AgreementView {
  frame: EntryFrame;
  /** The paragraph under the title, on the first page only. */
  lead: string | undefined;
  /** The first page's own content; undefined on the following pages. */
  about:
    | {
        facts: FactRow[];
        scope: string[];
        programs: {
          name: string;
          summary: string;
          facts: FactRow[];
          courses: Agreement['programs'][number]['courses'];
        }[];
        /** Local partners with their role. */
        partners: LinkItem[];
      }
    | undefined;
}

export function presentAgreement(
  { relations }: SiteData,
  agreement: Entry<Agreement>,
  currentPage: number,
): AgreementView {
  const d = agreement.data;
  const { organizations, cities } = relations.byId;
  const frame = entryFrame('agreements', agreement, currentPage, {
    name: d.title,
    description: d.summary,
    kicker: d.kind,
    list: { id: 'releases', heading: ja.agreement.releases, unsearchable: true },
  });
  if (currentPage !== 1) return { frame, lead: undefined, about: undefined };
  return {
    frame,
    lead: joinWrappedJapanese(d.summary),
    about: {
      facts: factRows([
        {
          term: ja.agreement.parties,
          value: [{ links: resolve(d.parties, organizations).map(organizationLink), as: 'inline-list' }],
        },
        { term: ja.agreement.signed, value: [{ date: d.signed }] },
        {
          term: ja.agreementPage.howSigned,
          value: [
            ja.agreement.method[d.signing.method],
            ...(d.signing.note ? [{ meta: d.signing.note, paragraph: true }] : []),
          ],
        },
        {
          term: ja.agreementPage.cities,
          value: [{ links: resolve(d.cities, cities).map(cityLink), as: 'inline-list' }],
        },
      ]),
      scope: d.scope,
      programs: d.programs.map((program) => ({
        name: program.name,
        summary: joinWrappedJapanese(program.summary),
        facts: factRows([
          program.theme && { term: ja.agreement.theme, value: [program.theme] },
          program.structure && {
            term: ja.agreement.structure,
            value: [
              { steps: program.structure.map((s) => s.label) },
              { meta: ja.agreementPage.totalDays(program.structure.reduce((n, s) => n + s.days, 0)) },
            ],
          },
          program.audience && { term: ja.agreement.audience, value: [program.audience] },
          program.plannedFor && { term: ja.agreement.plannedFor, value: [program.plannedFor] },
        ]),
        courses: program.courses,
      })),
      partners: d.partners.flatMap((partner) =>
        resolve([partner.organization], organizations).map((o) => ({
          ...organizationLink(o),
          meta: partner.role,
        })),
      ),
    },
  };
}
