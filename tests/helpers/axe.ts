/**
 * axe-core over a page in Chromium, with the rule tags the accessibility page names
 * (src/lib/a11y-checks.ts). Every browser test checks accessibility through `axeFindings`.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { axeTags } from '../../src/lib/a11y-checks.ts';

function axe(page: Page): AxeBuilder {
  // Legacy mode runs `axe.run()` in the page itself. The default runs axe frame by frame and then
  // opens a blank page to put the frames' results together, which matters only for cross-origin
  // frames (no page of the site has a frame): a browser page opened and closed for each check,
  // measured at a fifth of the CPU of the page checks. The rules and the tags are the same.
  return new AxeBuilder({ page }).withTags([...axeTags]).setLegacyMode();
}

/**
 * What axe finds on `page`: each violation as its rule, its help text and the elements (an empty
 * list is a pass), and how many rules passed (a run that checked nothing would find nothing too,
 * so callers expect more than ten).
 */
export async function axeFindings(page: Page, options: { exclude?: string } = {}) {
  const builder = axe(page);
  if (options.exclude) builder.exclude(options.exclude);
  const results = await builder.analyze();
  return {
    violations: results.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    })),
    passes: results.passes.length,
  };
}
