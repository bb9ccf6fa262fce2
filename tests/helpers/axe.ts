/**
 * axe-core over a page in Chromium, with the rule tags the accessibility page names
 * (src/lib/a11y-checks.ts). Every browser test checks accessibility through this.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { axeTags } from '../../src/lib/a11y-checks.ts';

export function axe(page: Page): AxeBuilder {
  // Legacy mode runs `axe.run()` in the page itself. The default runs axe frame by frame and then
  // opens a blank page to put the frames' results together, which matters only for cross-origin
  // frames (no page of the site has a frame): a browser page opened and closed for each check,
  // measured at a fifth of the CPU of the page checks. The rules and the tags are the same.
  return new AxeBuilder({ page }).withTags([...axeTags]).setLegacyMode();
}
