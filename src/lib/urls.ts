import type { CollectionName } from '../schemas/primitives.ts';

/** The page of one entry. Release ids contain the year folder: /releases/2026/soma-…/ */
export function entryUrl(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}

export function collectionUrl(collection: CollectionName): string {
  return `/${collection}/`;
}
