/** The real corpus parsed by the same code the build uses, grouped by collection, for pure-module tests. */
import { checkCorpus } from '../../src/lib/corpus/validate.ts';
import type { Corpus } from '../../src/lib/relations.ts';
import { realContentDir } from './corpus.ts';

export function realCorpus(): Corpus {
  const { entries, problems } = checkCorpus(realContentDir);
  if (problems.length > 0)
    throw new Error(`the real corpus has problems:\n${problems.map((p) => p.message).join('\n')}`);
  const of = (c: string) => entries.filter((e) => e.collection === c).map(({ id, data }) => ({ id, data }));
  return {
    releases: of('releases'),
    agreements: of('agreements'),
    cities: of('cities'),
    declarations: of('declarations'),
    organizations: of('organizations'),
    topics: of('topics'),
  } as unknown as Corpus;
}
