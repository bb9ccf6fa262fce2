import type { APIRoute } from 'astro';
import { feedStylesheet } from '../../lib/feed-stylesheet.ts';

/** The XSLT that turns a feed opened in a browser into a page on how to subscribe. */
export const GET: APIRoute = () =>
  new Response(feedStylesheet(), { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
