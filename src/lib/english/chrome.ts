/**
 * What the layout shows around every page, in the page's language: site name, home, navigation,
 * footer, the hreflang pair and the language switcher. The Japanese edition's is unchanged; the
 * English edition's (/en/) leads to its own pages and to the Japanese press and accessibility
 * pages (marked hreflang="ja").
 */
import { en } from '../../i18n/en.ts';
import { ja } from '../../i18n/ja.ts';
import { collectionUrl, englishFeedUrl, englishUrl, staticPageUrls } from '../urls.ts';
import type { Alternates } from './edition.ts';

export interface NavLink {
  href: string;
  label: string;
  /** The language of the page linked, when it differs from this page's. */
  hreflang?: 'ja' | 'en' | undefined;
}

export function layoutChrome(alternates: Alternates, pathname: string) {
  const english = alternates.lang === 'en';
  const hreflang = alternates.counterpart
    ? english
      ? { ja: alternates.counterpart, en: pathname }
      : { ja: pathname, en: alternates.counterpart }
    : undefined;
  if (english)
    return {
      lang: 'en' as const,
      ogLocale: 'en_GB',
      siteName: en.siteName,
      homeUrl: englishUrl(staticPageUrls.home),
      hreflang,
      skip: en.skipToContent,
      mainNavLabel: en.mainNavLabel,
      nav: [
        { href: englishUrl(collectionUrl('releases')), label: en.nav.releases },
        { href: englishUrl(collectionUrl('declarations')), label: en.nav.declarations },
        { href: englishUrl(staticPageUrls.search), label: en.nav.search },
      ] as NavLink[],
      footerNavLabel: en.footerNavLabel,
      footerNav: [
        { href: staticPageUrls.home, label: en.footer.japaneseSite, hreflang: 'ja' },
        { href: staticPageUrls.press, label: en.footer.press, hreflang: 'ja' },
        { href: staticPageUrls.accessibility, label: en.footer.accessibility, hreflang: 'ja' },
        { href: staticPageUrls.about, label: en.footer.about, hreflang: 'ja' },
        { href: englishFeedUrl, label: en.footer.feed },
      ] as NavLink[],
      footerNote: en.footerNote,
      switcher: {
        href: alternates.switchTo,
        lang: 'ja',
        text: en.switcher.toJapanese,
        label: en.switcher.toJapaneseLabel,
      },
    };
  const n = ja.layout.primaryNav;
  const f = ja.layout.footer;
  return {
    lang: 'ja' as const,
    ogLocale: 'ja_JP',
    siteName: ja.siteName,
    homeUrl: staticPageUrls.home,
    hreflang,
    skip: ja.skipToContent,
    mainNavLabel: ja.mainNavLabel,
    nav: [
      { href: collectionUrl('releases'), label: n.releases },
      { href: collectionUrl('cities'), label: n.cities },
      { href: staticPageUrls.employers, label: n.employers },
      { href: staticPageUrls.events, label: n.events },
      { href: collectionUrl('declarations'), label: n.declarations },
      { href: collectionUrl('organizations'), label: n.organizations },
      { href: staticPageUrls.search, label: n.search },
    ] as NavLink[],
    footerNavLabel: ja.layout.footerNavLabel,
    footerNav: [
      { href: collectionUrl('agreements'), label: f.agreements },
      { href: collectionUrl('topics'), label: f.topics },
      { href: staticPageUrls.press, label: f.press },
      { href: staticPageUrls.accessibility, label: f.accessibility },
      // The all-releases feed is offered on /releases/ and the press page, not in every footer:
      // a page offers a feed once.
      { href: staticPageUrls.about, label: f.about },
    ] as NavLink[],
    footerNote: ja.layout.footerNote,
    switcher: {
      href: alternates.switchTo,
      lang: 'en',
      text: en.switcher.toEnglish,
      label: alternates.counterpart ? en.switcher.toEnglishLabel : en.switcher.toEnglishHomeLabel,
    },
  };
}
