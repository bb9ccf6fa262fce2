/**
 * Build-time HTML post-processing for every page: headings get BudouX phrase breaks
 * (src/lib/phrases.ts), and entry pages go to the search index's cutting worker
 * (src/lib/search-cut.ts). Endpoints (feeds, calendars, data, images) pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { phraseHeadings } from './lib/phrases.ts';
import { cutAhead } from './lib/search-cut.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = phraseHeadings(await response.text());
  // The page as written to dist/, to be cut into words for the search index on another thread.
  cutAhead(context.url.pathname, html);
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
