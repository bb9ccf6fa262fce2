/**
 * The English summary of one agreement: /en/agreements/<id>/ beside /agreements/<id>/. Every date
 * and name comes from the Japanese agreement; the summary gives only its own text.
 */
import { en } from '../../i18n/en.ts';
import { resolve } from '../../lib/links.ts';
import { newestFirst } from '../../lib/relations.ts';
import { entryUrl } from '../../lib/urls.ts';
import type { Agreement } from '../../schemas/index.ts';
import { factRows } from '../facts.ts';
import {
  cityLinkEn,
  englishHomeCrumb,
  ENGLISH_RELATED_LIMIT,
  organizationNamesEn,
  releaseItem,
  summaryArticleLd,
  type EnglishSummaryInput,
} from './items.ts';

export function englishAgreementView(input: EnglishSummaryInput<Agreement>) {
  const t = en.agreement;
  const { summary, japanese: agreement } = input;
  const { relations, edition } = input.context;
  const { data: d } = agreement;
  const parties = organizationNamesEn(d.parties, edition, relations);
  const s = summary.data;
  const japaneseUrl = entryUrl('agreements', agreement.id);
  return {
    layout: {
      title: s.title,
      section: t.kicker,
      description: s.lead,
      breadcrumbs: [englishHomeCrumb],
      jsonLd: [summaryArticleLd('agreements', input, { published: d.signed, sources: parties })],
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
