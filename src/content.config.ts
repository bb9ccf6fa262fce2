/**
 * Collection definitions only: the layout (where files are) and the schemas (what they hold)
 * live in src/lib/corpus/layout.ts and src/schemas, shared with `npm run check`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { parseEntryFile, parseYaml } from './lib/corpus/front-matter.ts';
import { contentDirFromEnv, contentLayout, entryIdFromPath } from './lib/corpus/layout.ts';
import { schemas } from './schemas/index.ts';
import type { CollectionName } from './schemas/primitives.ts';

const contentDir = contentDirFromEnv();

/**
 * Astro reads YAML with js-yaml, which turns `2026-06-24` into a Date at 00:00 UTC and an
 * unquoted `032115` into an octal number. The schemas get the data as the corpus check reads it
 * instead (the `yaml` package: what the editor wrote stays a string), so the two never disagree.
 */
function readAsChecked(loader: Loader, format: 'markdown' | 'yaml-files'): Loader {
  return {
    ...loader,
    load: (context) => {
      forgetMovedEntries(context);
      return loader.load({
        ...context,
        parseData: (props) => {
          const parsed = props.filePath
            ? parseEntryFile(readFileSync(props.filePath, 'utf8'), format)
            : undefined;
          // The content guard has already rejected any file that does not parse.
          return context.parseData(parsed?.ok ? { ...props, data: parsed.data as typeof props.data } : props);
        },
      });
    },
  };
}

/**
 * Astro's glob loader keeps a cached entry whose text is unchanged even when its file moved: a
 * release renamed from .mdx to .md kept pointing at the deleted .mdx module, and every later
 * build failed until the cache was removed. Dropping cached entries whose file is gone makes the
 * loader read them afresh.
 */
function forgetMovedEntries({ store, config }: Parameters<Loader['load']>[0]) {
  for (const [id, entry] of store.entries()) {
    if (entry.filePath && !existsSync(new URL(entry.filePath, config.root))) store.delete(id);
  }
}

function parseYamlList(text: string) {
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value as Record<string, unknown>[];
}

function loaderFor(name: CollectionName): Loader {
  const layout = contentLayout[name];
  if (layout.format === 'yaml-list') {
    const path = `${contentDir}/${layout.file}`;
    // An optional list that is absent is an empty collection, as the corpus check reads it.
    if (layout.optional && !existsSync(path)) return { name: `empty:${name}`, load: async ({ store }) => store.clear() };
    return file(path, { parser: parseYamlList });
  }
  const loader = glob({
    pattern: layout.pattern,
    base: `${contentDir}/${layout.dir}`,
    generateId: ({ entry }) => entryIdFromPath(entry),
    // Nothing reads an entry's raw text from the store (src/lib/corpus/ reads the files), and a
    // `.md` body is kept rendered besides: without the raw copy the store Astro writes and
    // compiles on every build is smaller (bench/RESULTS.md, seventh session).
    retainBody: false,
  });
  return readAsChecked(loader, layout.format);
}

// Written out per collection (not mapped) so Astro infers each collection's data type.
export const collections = {
  releases: defineCollection({ loader: loaderFor('releases'), schema: schemas.releases }),
  agreements: defineCollection({ loader: loaderFor('agreements'), schema: schemas.agreements }),
  cities: defineCollection({ loader: loaderFor('cities'), schema: schemas.cities }),
  declarations: defineCollection({ loader: loaderFor('declarations'), schema: schemas.declarations }),
  organizations: defineCollection({ loader: loaderFor('organizations'), schema: schemas.organizations }),
  topics: defineCollection({ loader: loaderFor('topics'), schema: schemas.topics }),
  englishSummaries: defineCollection({
    loader: loaderFor('englishSummaries'),
    schema: schemas.englishSummaries,
  }),
  englishNames: defineCollection({ loader: loaderFor('englishNames'), schema: schemas.englishNames }),
};
