/**
 * Collection definitions only: the layout (where files are) and the schemas (what they hold)
 * live in src/lib/corpus/layout.ts and src/schemas, shared with `npm run check`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDirFromEnv, contentLayout, entryIdFromPath } from './lib/corpus/layout.ts';
import { schemas } from './schemas/index.ts';
import type { CollectionName } from './schemas/primitives.ts';

const contentDir = contentDirFromEnv();

function loaderFor(name: CollectionName) {
  const layout = contentLayout[name];
  if (layout.format === 'yaml-list') return file(`${contentDir}/${layout.file}`);
  return glob({
    pattern: layout.pattern,
    base: `${contentDir}/${layout.dir}`,
    generateId: ({ entry }) => entryIdFromPath(entry),
  });
}

// Written out per collection (not mapped) so Astro infers each collection's data type.
export const collections = {
  releases: defineCollection({ loader: loaderFor('releases'), schema: schemas.releases }),
  agreements: defineCollection({ loader: loaderFor('agreements'), schema: schemas.agreements }),
  cities: defineCollection({ loader: loaderFor('cities'), schema: schemas.cities }),
  declarations: defineCollection({ loader: loaderFor('declarations'), schema: schemas.declarations }),
  organizations: defineCollection({ loader: loaderFor('organizations'), schema: schemas.organizations }),
  topics: defineCollection({ loader: loaderFor('topics'), schema: schemas.topics }),
};
