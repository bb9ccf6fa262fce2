/**
 * Is this build meant to be found? A build for the example domain (SITE_URL unset), or with the
 * repository's example operator file, is a preview or a mistake: its pages say noindex, its
 * robots.txt disallows everything and the build prints why. A build with a real SITE_URL and
 * the operator's own details is indexed as usual.
 */
import type { Operator } from '../schemas/operator.ts';

/** The address used when SITE_URL is unset: never a real site. */
export const EXAMPLE_SITE_URL = 'https://pressroom.example.jp';

/** The site's origin as Astro has it (`Astro.site`, from SITE_URL), else the example address. */
export const siteOrigin = (site: URL | undefined): URL => site ?? new URL(EXAMPLE_SITE_URL);

export interface Deployment {
  indexable: boolean;
  /** Why not, in Japanese, for the build log. */
  problems: string[];
}

export function deploymentStatus(site: URL | string, operator: Operator | undefined): Deployment {
  const problems: string[] = [];
  if (new URL(site).origin === new URL(EXAMPLE_SITE_URL).origin)
    problems.push(
      `SITE_URL が設定されていないため、例のアドレス ${EXAMPLE_SITE_URL} でビルドしました。公開するサイトのアドレスを SITE_URL に設定してください（例: SITE_URL=https://press.example.lg.jp npm run build）。`,
    );
  if (!operator || operator.example)
    problems.push(
      'deploy/operator.yaml が例のままです。運営者の名称とお問い合わせ先を書き、「example: true」の行を消してください。',
    );
  return { indexable: problems.length === 0, problems };
}

/** Printed once per build when the site must not be indexed. */
export function deploymentWarning(d: Deployment): string | undefined {
  if (d.indexable) return undefined;
  return [
    'このビルドは公開用ではありません。すべてのページに noindex を付け、robots.txt ですべてのクロールを断ります。',
    ...d.problems.map((p) => `- ${p}`),
  ].join('\n');
}

/** robots.txt: everything may be crawled on a real deployment, nothing on a preview. */
export function robotsTxt(d: Deployment, site: URL | string): string {
  if (!d.indexable)
    return '# このビルドは公開用ではありません（SITE_URL か deploy/operator.yaml が例のままです）。\nUser-agent: *\nDisallow: /\n';
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`;
}
