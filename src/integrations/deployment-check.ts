/**
 * Warns at the start of `astro build` when the site is built for the example domain or with the
 * example operator file (src/lib/deployment.ts): the pages will say noindex and robots.txt will
 * disallow everything, so a mistaken deploy is never indexed, and the log says how to fix it.
 */
import type { AstroIntegration } from 'astro';
import { readOperator } from '../data/operator.ts';
import { deploymentStatus, deploymentWarning, EXAMPLE_SITE_URL } from '../lib/deployment.ts';

export function deploymentCheck(): AstroIntegration {
  let site: string = EXAMPLE_SITE_URL;
  return {
    name: 'pressroom:deployment-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? EXAMPLE_SITE_URL;
      },
      'astro:build:start': ({ logger }) => {
        const warning = deploymentWarning(deploymentStatus(site, readOperator()));
        if (warning) logger.warn(warning);
      },
    },
  };
}
