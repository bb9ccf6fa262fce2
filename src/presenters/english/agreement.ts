/**
 * The English summary of one agreement: /en/agreements/<id>/ beside /agreements/<id>/. It takes
 * what the release summary takes (release.ts): a summary, its Japanese entry, the page context,
 * so `duplicates` pairs the two heads; what each page states differs.
 */
import { en } from '../../i18n/en.ts';
import { englishEntryUrl, organizationNameEn } from '../../lib/english/edition.ts';
import { englishArticleLd } from '../../lib/english/json-ld.ts';
import { resolve } from '../../lib/links.ts';
import { newestFirst, type Entry } from '../../lib/relations.ts';
import { absoluteUrl } from '../../lib/seo.ts';
import { entryUrl } from '../../lib/urls.ts';
import type { Agreement, EnglishSummary } from '../../schemas/index.ts';
import { factRows } from '../facts.ts';
import {
  cityLinkEn,
  englishHomeCrumb,
  ENGLISH_RELATED_LIMIT,
  releaseItem,
  type EnglishPageContext,
} from './items.ts';

export function englishAgreementView(
  summary: Entry<EnglishSummary>,
  agreement: Entry<Agreement>,
  { relations, edition, site }: EnglishPageContext,
) {
  const t = en.agreement;
  const { data: d } = agreement;
  const parties = resolve(d.parties, relations.byId.organizations).map((o) =>
    organizationNameEn(o, edition, relations.byId.cities),
  );
  const s = summary.data;
  const japaneseUrl = entryUrl('agreements', agreement.id);
  return {
    layout: {
      title: s.title,
      section: t.kicker,
      description: s.lead,
      breadcrumbs: [englishHomeCrumb],
      jsonLd: [
        englishArticleLd({
          url: absoluteUrl(englishEntryUrl('agreements', agreement.id), site),
          japaneseUrl: absoluteUrl(japaneseUrl, site),
          homeUrl: absoluteUrl(englishHomeCrumb.href, site),
          headline: s.title,
          subtitle: s.subtitle,
          description: s.lead,
          published: d.signed,
          sources: parties,
        }),
      ],
    },
    head: {
      kicker: t.kicker,
      title: s.title,
      subtitle: s.subtitle,
      notice: { text: t.digestNotice, class: 'notice' as const },
      facts: factRows([
        {
          term: t.signed,
          value: [
            { date: d.signed },
            ...(d.signing?.method === 'online' ? [` (${t.online.toLowerCase()})`] : []),
          ],
        },
        { term: t.parties, value: [{ names: parties }] },
        {
          term: en.release.cities,
          value: [
            {
              links: resolve(d.cities, relations.byId.cities)
                .map(cityLinkEn)
                .map((c) => ({ href: c.href, label: c.name })),
              as: 'inline-list',
            },
          ],
        },
        { term: t.original, value: [{ href: japaneseUrl, label: t.originalLink, hreflang: 'ja' }] },
      ]),
    },
    lead: s.lead,
    /** The newest releases about the agreement; the Japanese page has them all. */
    releases: (relations.agreement.get(agreement.id)?.releases ?? [])
      .toSorted(newestFirst)
      .slice(0, ENGLISH_RELATED_LIMIT)
      .map((r) => releaseItem(r, edition, relations)),
  };
}
