/** The declarations overview in English: each declaration's names, sponsor, reported count with its date. */
import { en } from '../../i18n/en.ts';
import { declarationNameEn, organizationNameEn, type EnglishEdition } from '../../lib/english/edition.ts';
import { formatDateEn } from '../../lib/english/format.ts';
import { newestFirst, type Corpus, type Relations } from '../../lib/relations.ts';
import { entryUrl } from '../../lib/urls.ts';
import { factRows } from '../facts.ts';
import { englishHomeCrumb, ENGLISH_RELATED_LIMIT, releaseItem } from './items.ts';

export function englishDeclarations(corpus: Corpus, relations: Relations, edition: EnglishEdition) {
  const { byId } = relations;
  const t = en.declarations;
  return corpus.declarations
    .toSorted((a, b) => a.id.localeCompare(b.id))
    .map((x) => {
      const rel = relations.declaration.get(x.id);
      const sponsor = byId.organizations.get(x.data.sponsor.id);
      const reported = rel?.latestReported;
      return {
        id: x.id,
        name: declarationNameEn(x.id, x.data.name, edition),
        facts: factRows([
          sponsor && { term: t.sponsor, value: [organizationNameEn(sponsor, edition, byId.cities)] },
          {
            term: t.signatories,
            // The sponsor's count with its date, never without; then what this site lists.
            value: [
              `${reported ? t.reported(reported.count, formatDateEn(reported.asOf)) : t.noReport}; ${t.listed(rel?.listedCount ?? 0)}`,
            ],
          },
        ]),
        japaneseUrl: entryUrl('declarations', x.id),
        releases: (rel?.releases ?? [])
          .toSorted(newestFirst)
          .slice(0, ENGLISH_RELATED_LIMIT)
          .map((r) => releaseItem(r, edition, relations)),
      };
    });
}

export const englishDeclarationsLayout = {
  title: en.declarations.title,
  description: en.declarations.description,
  breadcrumbs: [englishHomeCrumb],
};
