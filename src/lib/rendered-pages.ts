/**
 * Where the build hands each rendered page while it is still rendering the others, so the
 * search indexer (Pagefind, its own process on the other core) works alongside Astro's
 * single-threaded rendering instead of after it.
 *
 * The integration that sets the sink runs in Node from astro.config.mjs; the middleware that
 * feeds it is bundled by Vite into the build's server code. They are two copies of this module,
 * so they meet on a global, not on a module variable.
 */
export interface RenderedPageSink {
  /** Whether the page at this path is wanted (only entry pages are indexed). */
  wants(pathname: string): boolean;
  take(pathname: string, html: string): void;
}

const key = Symbol.for('pressroom.renderedPageSink');
type WithSink = { [key]?: RenderedPageSink | undefined };

export function setRenderedPageSink(sink: RenderedPageSink | undefined): void {
  (globalThis as WithSink)[key] = sink;
}

/** Undefined outside a build (dev server, preview) or when no integration asked for pages. */
export function renderedPageSink(): RenderedPageSink | undefined {
  return (globalThis as WithSink)[key];
}
