/**
 * The site's two orders for entries, in one place: municipalities by 全国地方公共団体コード
 * (north to south, as the national list runs), everything else by its Japanese name.
 */
const japanese = new Intl.Collator('ja');

/** Compare two Japanese names. */
export const compareJapanese = (a: string, b: string): number => japanese.compare(a, b);

/** Entries with a name (organizations, declarations), in Japanese order. */
export const byJapaneseName = <T extends { data: { name: string } }>(a: T, b: T): number =>
  compareJapanese(a.data.name, b.data.name);

/** Cities by their municipal code. */
export const byMunicipalCode = <T extends { data: { code: string } }>(a: T, b: T): number =>
  a.data.code.localeCompare(b.data.code);

/** Entries by id: for lists whose order only has to be stable and easy to diff (the open data). */
export const byEntryId = <T extends { id: string }>(a: T, b: T): number => a.id.localeCompare(b.id);
