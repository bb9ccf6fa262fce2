/**
 * During `astro build`, passes each rendered entry page to the search indexer (see
 * src/lib/rendered-pages.ts). Everywhere else it only calls the page.
 */
import { defineMiddleware } from 'astro:middleware';
import { renderedPageSink } from './lib/rendered-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = renderedPageSink();
  if (!sink || !context.isPrerendered || !sink.wants(context.url.pathname)) return response;
  const html = await response.text();
  sink.take(context.url.pathname, html);
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
