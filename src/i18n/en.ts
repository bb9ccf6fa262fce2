/**
 * Every piece of English UI text of the English edition (/en/), beside ja.ts. Content text
 * (the summaries, English names) lives in content/en/. Written by people, never machine-translated.
 */
export const en = {
  siteName: 'Regional Press Room',
  /** The site's Japanese name, given once on the home page and in structured data. */
  siteNameJa: '地域プレスルーム',
  skipToContent: 'Skip to main content',
  mainNavLabel: 'Main pages of the English edition',
  breadcrumbLabel: 'Breadcrumbs',
  nav: {
    home: 'Home',
    releases: 'Press releases',
    declarations: 'Declarations',
    search: 'Search',
  },
  footerNavLabel: 'About this site',
  footer: {
    japaneseSite: 'Japanese site (日本語)',
    press: 'For the press (in Japanese)',
    accessibility: 'Accessibility statement (in Japanese)',
    about: 'Operator, contact and terms (in Japanese)',
    feed: 'RSS feed of English summaries',
  },
  footerNote:
    'The English edition summarises, in the press room’s own words, releases published in Japanese. The Japanese text and the original publisher remain the reference.',
  /** The language switcher, shown on every page. */
  switcher: {
    /** On an English page: the link to the Japanese page. */
    toJapanese: '日本語',
    toJapaneseLabel: 'この内容の日本語ページ',
    /** On a Japanese page: the link to the English page, or to the English home. */
    toEnglish: 'English',
    toEnglishLabel: 'English edition of this page',
    toEnglishHomeLabel: 'English edition (home): this page has no English version',
  },
  pagination: {
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    page: (n: number) => `Page ${n}`,
    titled: (title: string, n: number) => (n > 1 ? `${title} (page ${n})` : title),
    range: (from: number, to: number, total: number) =>
      `${from.toLocaleString('en-GB')}–${to.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`,
  },
  /** How names that are not official English names are marked. */
  names: {
    romanized: 'romanised by this site, not an official name',
    translation: 'this site’s translation, not an official name',
    japaneseOnly: 'no English name',
  },
  japaneseOnly: 'Japanese only',
  japaneseOnlyHint: 'This entry has no English summary yet. The link leads to the Japanese page.',
  empty: 'Nothing yet.',
  home: {
    title: 'English edition',
    description:
      'English summaries of press releases from Japanese municipalities and their partners, with the cities and declarations they concern.',
    lead: 'The press room publishes releases from Japanese municipalities and their partners with their context: agreements, city profiles and declarations. This English edition summarises them in our own words; releases not yet summarised are listed as “Japanese only”.',
    latest: 'Latest press releases',
    allReleases: 'All press releases',
    cities: 'Cities',
    declarations: 'Declarations',
    declarationsLink: 'Declarations and their signatories',
    searchLabel: 'Search the English edition',
    searchButton: 'Search',
  },
  releaseList: {
    title: 'Press releases',
    description:
      'Every published release, newest first: English summaries where we have written one, otherwise the Japanese title marked “Japanese only”.',
  },
  release: {
    kicker: 'Press release summary',
    published: 'Published',
    publishers: 'Published by',
    original: 'Japanese text',
    originalLink: 'Read the full release in Japanese on this site',
    source: 'Source',
    originalRelease: (publisher: string) => `Original release by ${publisher}`,
    publisherSite: (publisher: string) => `Website of ${publisher} (not the release itself)`,
    externalSite: ' (external site)',
    noSource: 'The publisher gives no web address.',
    /** The provenance notice at the top of every English summary. */
    digestNotice: (publishers: string) =>
      `This is the press room’s English summary of a release published in Japanese by ${publishers}. The words are the press room’s, not the publisher’s; it is not a translation, and the Japanese release is the reference.`,
    related: 'Related cities, agreements and declarations',
    cities: 'Cities',
    agreements: 'Agreements',
    declarations: 'Declarations',
    events: 'Dates',
    eventTitleNote: 'Event titles are given in Japanese, as published.',
    contacts: 'Press contacts',
    contactsIntro:
      'Enquiries are answered by the publishers’ press offices, in Japanese. Departments are given as published.',
    department: 'Department',
    email: 'E-mail',
    phone: 'Phone',
    namesNote:
      'Personal names are given in Japanese script, as the sources give no reading for them.',
  },
  agreement: {
    kicker: 'Agreement summary',
    signed: 'Signed',
    parties: 'Parties',
    online: 'Signed online',
    digestNotice:
      'This is the press room’s English summary of the agreement, based on the parties’ release. It is not a translation of the agreement.',
    original: 'Japanese page',
    originalLink: 'Read the Japanese summary of the agreement on this site',
    releases: 'Releases about this agreement',
  },
  city: {
    section: 'Cities',
    japaneseName: 'Japanese name',
    prefecture: 'Prefecture',
    code: 'Local government code',
    government: 'Local government',
    officialSite: 'Official website',
    releases: 'Press releases about this city',
    agreements: 'Agreements',
    japanesePage: 'Full profile in Japanese',
  },
  declarations: {
    title: 'Declarations',
    description:
      'Public declarations that organisations have endorsed, with the number of signatories their sponsors report.',
    intro:
      'Each declaration is promoted by a sponsor, who reports how many organisations have made it. English names are this site’s translations.',
    sponsor: 'Sponsor',
    signatories: 'Signatories',
    reported: (count: number, asOf: string) => `${count} organisations as of ${asOf} (reported by the sponsor)`,
    noReport: 'no count published by the sponsor',
    listed: (n: number) => `${n} known to this site`,
    japanesePage: 'Signatories and details in Japanese',
    releases: 'Releases',
  },
  feed: {
    title: 'Regional Press Room: English summaries',
    description: 'English summaries of press releases from Japanese municipalities and their partners.',
  },
  search: {
    title: 'Search',
    description: 'Search the English summaries of press releases and agreements.',
    noScript:
      'Search needs JavaScript, which is turned off in your browser. Browse the press releases instead.',
    browse: 'Browse instead',
    kinds: { releases: 'Press release', agreements: 'Agreement' },
  },
  /** English names of the prefectures (Hepburn), for city pages and lists. */
  prefectures: {
    北海道: 'Hokkaido', 青森県: 'Aomori', 岩手県: 'Iwate', 宮城県: 'Miyagi', 秋田県: 'Akita',
    山形県: 'Yamagata', 福島県: 'Fukushima', 茨城県: 'Ibaraki', 栃木県: 'Tochigi', 群馬県: 'Gunma',
    埼玉県: 'Saitama', 千葉県: 'Chiba', 東京都: 'Tokyo', 神奈川県: 'Kanagawa', 新潟県: 'Niigata',
    富山県: 'Toyama', 石川県: 'Ishikawa', 福井県: 'Fukui', 山梨県: 'Yamanashi', 長野県: 'Nagano',
    岐阜県: 'Gifu', 静岡県: 'Shizuoka', 愛知県: 'Aichi', 三重県: 'Mie', 滋賀県: 'Shiga',
    京都府: 'Kyoto', 大阪府: 'Osaka', 兵庫県: 'Hyogo', 奈良県: 'Nara', 和歌山県: 'Wakayama',
    鳥取県: 'Tottori', 島根県: 'Shimane', 岡山県: 'Okayama', 広島県: 'Hiroshima', 山口県: 'Yamaguchi',
    徳島県: 'Tokushima', 香川県: 'Kagawa', 愛媛県: 'Ehime', 高知県: 'Kochi', 福岡県: 'Fukuoka',
    佐賀県: 'Saga', 長崎県: 'Nagasaki', 熊本県: 'Kumamoto', 大分県: 'Oita', 宮崎県: 'Miyazaki',
    鹿児島県: 'Kagoshima', 沖縄県: 'Okinawa',
  } as Record<string, string>,
} as const;
