/**
 * Finds UI strings that no source file uses. A string is used when a file names its whole path
 * (`ja.releasePage.eventDate`), reaches it through a local alias (`const p = ja.releasePage;`
 * … `p.eventDate`, or `const { eventDate } = ja.releasePage`), indexes its parent by a value
 * (`ja.organization.kind[kind]`), or hands a parent over whole (`...t.audiences.press`,
 * `setTranslations(jaSearch.ui)`). This is text matching, not type analysis: it errs on the side of
 * "used", so it never fails on code that reads a string; it fails only on a key nobody names.
 */
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `expr` as a whole reference: not the tail of a longer name, not followed by more name. */
const ref = (expr: string, after: string) => new RegExp(`(?<![\\w$])(?<![^.]\\.)${esc(expr)}${after}`, 'g');

function aliases(text: string, expr: string): { local: string; key?: string }[] {
  const found: { local: string; key?: string }[] = [];
  for (const m of text.matchAll(new RegExp(`(?:const|let)\\s+(\\w+)\\s*=\\s*${esc(expr)}\\s*;`, 'g')))
    found.push({ local: m[1]! });
  for (const m of text.matchAll(new RegExp(`(?:const|let)\\s*\\{([^}]*)\\}\\s*=\\s*${esc(expr)}\\s*;`, 'g')))
    for (const part of m[1]!.split(',')) {
      const [key, local] = part.split(':').map((s) => s.trim());
      if (key) found.push({ key, local: local || key });
    }
  return found;
}

function used(text: string, expr: string, rest: string[]): boolean {
  if (rest.length === 0) return ref(expr, '(?![\\w$])').test(text);
  const declared = aliases(text, expr);
  for (const a of declared) {
    if (a.key === undefined && used(text, a.local, rest)) return true;
    if (a.key === rest[0] && used(text, a.local, rest.slice(1))) return true;
  }
  if (ref(expr, '\\s*\\??\\.?\\s*\\[').test(text)) return true;
  // Handed over whole (spread, argument, property value), other than in an alias declaration.
  // A bare name (`ja`, an alias `t`) counts only when spread: `t` alone is too common a word, and
  // `import { ja }` names it without handing anything over.
  const whole = !expr.includes('.')
    ? new RegExp(`\\.\\.\\.${esc(expr)}(?![\\w$.\\[])`).test(text)
    : (text.match(ref(expr, '(?![\\w$.\\[]|\\s*\\?\\.)'))?.length ?? 0) > declared.length;
  if (whole) return true;
  return used(text, `${expr}.${rest[0]}`, rest.slice(1));
}

function leaves(value: unknown, skip: ReadonlySet<unknown>, path: string[] = []): string[][] {
  if (path.length > 0 && skip.has(value)) return [];
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => leaves(v, skip, [...path, k]));
  return [path];
}

/**
 * The paths under `root` (the strings object exported as `rootName`) that none of `sources`
 * uses. `alsoAs` lists other expressions for the same object (`ja.search` for `jaSearch`);
 * objects in `skip` (tables checked under their own name) are left out.
 */
export function unusedKeys(
  rootName: string,
  root: object,
  sources: readonly string[],
  alsoAs: readonly string[] = [],
  skip: ReadonlySet<unknown> = new Set(),
): string[] {
  return leaves(root, skip)
    .filter((p) => !sources.some((text) => [rootName, ...alsoAs].some((r) => used(text, r, p))))
    .map((p) => p.join('.'));
}
