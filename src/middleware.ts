/**
 * Build-time HTML post-processing for every page: headings get BudouX phrase breaks
 * (src/lib/phrases.ts). Endpoints (feeds, calendars, data, images) pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { phraseHeadings } from './lib/phrases.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(phraseHeadings(html), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
