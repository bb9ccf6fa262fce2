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

const define = <C extends CollectionName>(name: C) =>
  defineCollection({ loader: loaderFor(name), schema: schemas[name] });

export const collections = {
  releases: define('releases'),
  agreements: define('agreements'),
  cities: define('cities'),
  declarations: define('declarations'),
  organizations: define('organizations'),
  topics: define('topics'),
};
