/**
 * What the browser tests check for accessibility, in one place: the test suite runs exactly
 * this, and the accessibility page reports exactly this, so the page cannot claim more.
 */

/** axe-core rule tags: WCAG 2.0/2.1 A and AA, and the rules added for WCAG 2.2 AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 740 },
} as const;
export type ViewportName = keyof typeof viewports;

/** One real page of each type; the test fails if one of them disappears from the build. */
export const checkedPages = {
  home: '/',
  releases: '/releases/',
  release: '/releases/2026/soma-three-declarations/',
  cities: '/cities/',
  city: '/cities/soma/',
  agreements: '/agreements/',
  agreement: '/agreements/kamaishi-jmam-workation/',
  declarations: '/declarations/',
  declaration: '/declarations/womens-reemployment/',
  organizations: '/organizations/',
  organization: '/organizations/work-life-balance/',
  topics: '/topics/',
  topic: '/topics/work-style-reform/',
  employers: '/employers/',
  employersByCity: '/employers/cities/soma/',
  employersByDeclaration: '/employers/declarations/womens-reemployment/',
  events: '/events/',
  accessibility: '/accessibility/',
  about: '/about/',
  search: '/search/',
  notFound: '/404.html',
} as const;
export type CheckedPage = keyof typeof checkedPages;

/**
 * The real content fits every list on one page, so pages after the first of a paginated list are
 * checked the same way (axe-core at both widths) in a generated 1,000-release archive
 * (tests/build/budgets-at-scale.test.ts); its first city is 相馬市 (soma). Like checkedPages, a
 * table of addresses by name, which `duplicates` pairs with it: other pages, checked in another
 * build.
 */
export const checkedListPages = {
  // One of each layout: a list grouped by year, an entry's list, a list in two sections.
  releases: '/releases/page/2/',
  city: '/cities/soma/page/2/',
  events: '/events/page/2/',
} as const satisfies Partial<Record<CheckedPage, string>>;

/** One real page of each English page type (/en/), checked the same way. */
export const checkedEnglishPages = {
  home: '/en/',
  releases: '/en/releases/',
  release: '/en/releases/2026/soma-three-declarations/',
  agreement: '/en/agreements/kamaishi-jmam-workation/',
  city: '/en/cities/kamaishi/',
  declarations: '/en/declarations/',
  search: '/en/search/',
} as const;
