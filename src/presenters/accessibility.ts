/**
 * The accessibility statement's report of the automated checks: exactly what the browser tests
 * run (src/lib/a11y-checks.ts), named as the statement names each page type.
 */
import { accessibilityStatement } from '../i18n/ja/accessibility-statement.ts';
import { axeTags, checkedListPages, checkedPages, viewports } from '../lib/a11y-checks.ts';

export function accessibilityChecks(axeVersion: string) {
  const t = accessibilityStatement;
  return {
    engine: t.engine(axeVersion),
    tags: axeTags.map((tag) => ({ tag, meaning: t.tagMeaning[tag] })),
    viewports: [t.viewport.desktop(viewports.desktop.width), t.viewport.phone(viewports.phone.width)],
    // The 404 page has no address to link, and this page would link itself.
    pages: (Object.entries(checkedPages) as [keyof typeof checkedPages, string][]).map(([key, path]) => ({
      label: t.pageTypes[key],
      href: key === 'notFound' || key === 'accessibility' ? undefined : path,
    })),
    listPages: (Object.keys(checkedListPages) as (keyof typeof checkedListPages)[]).map(
      (key) => t.pageTypes[key],
    ),
  };
}
