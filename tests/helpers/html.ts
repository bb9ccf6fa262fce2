/**
 * Which <script> elements a browser executes. By the HTML standard a script runs only when its
 * type is empty, a JavaScript MIME type or "module"; any other type (JSON-LD, Pagefind's result
 * template) is an inert data block that CSP does not govern.
 */
const javascriptTypes = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/ecmascript',
  'application/x-javascript',
  'text/jscript',
]);

export function isExecutableScriptType(type: string | undefined): boolean {
  return javascriptTypes.has((type ?? '').trim().toLowerCase());
}

/** The data-block types the site emits on purpose. */
export const dataBlockTypes = ['application/ld+json', 'application/json', 'text/pagefind-template'];
