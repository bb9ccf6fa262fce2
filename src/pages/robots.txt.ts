import type { APIRoute } from 'astro';
import { getDeployment } from '../data/operator.ts';
import { robotsTxt } from '../lib/deployment.ts';

/**
 * A real deployment may be crawled everywhere (the sitemap is written by @astrojs/sitemap); a
 * build for the example domain or with the example operator file may be crawled nowhere.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(getDeployment(site), site!), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
