/**
 * Every piece of Japanese UI text, in one place (the search section in ja-search.ts). Policy and
 * documentation prose (the accessibility statement, the terms of use, the press policy, how to
 * subscribe, the open data's fields) is in ./ja/, one module each. Content text lives in content/.
 *
 * Tables of one shape (a title and a sentence per collection, audience or feed group) are data,
 * not repeated logic, though `duplicates` pairs them by their shape.
 */
import { jaSearch } from './ja-search.ts';

export const ja = {
  siteName: '地域プレスルーム',
  skipToContent: '本文へ移動',
  nav: {
    home: 'ホーム',
    releases: '報道発表',
    cities: '市区町村',
    agreements: '連携協定',
    declarations: '宣言',
    organizations: '組織',
    topics: 'トピック',
  },
  breadcrumbLabel: 'パンくずリスト',
  mainNavLabel: 'サイト内の主なページ',
  // A table of texts per collection; `duplicates` pairs it with other tables of two texts per key
  // (homePage.audiences, the feed groups of ja/subscription-guide.ts): alike in shape, not in content.
  collections: {
    releases: { title: '報道発表', description: '公開済みの報道発表の一覧（新しい順）です。' },
    agreements: { title: '連携協定', description: '自治体と企業・団体が結んだ連携協定の要約です。' },
    cities: { title: '市区町村', description: 'このサイトに登場する市区町村のプロフィールです。' },
    declarations: { title: '宣言', description: '組織が賛同・表明した宣言と、その賛同組織の一覧です。' },
    organizations: {
      title: '組織',
      description: '発表者・協定の当事者・宣言組織など、このサイトに登場する組織です。',
    },
    topics: { title: 'トピック', description: '報道発表を主題ごとにまとめています。' },
  },
  release: {
    published: '公開日',
    updated: '更新日',
    events: '日程',
    contacts: '報道関係者お問い合わせ先',
    email: 'メール',
    phone: '電話',
    related: '関連する情報',
    relatedReleases: '関連する報道発表',
    /** How people attend, shown only when the source says. */
    attendance: { 'in-person': '会場で開催', online: 'オンライン', mixed: '会場とオンライン' },
    speakers: '登壇者',
    eventPage: 'イベントのページ',
  },
  city: {
    code: '全国地方公共団体コード',
    prefecture: '都道府県',
    mayor: '首長',
    asOf: (date: string) => `（${date}時点）`,
    location: '位置',
    heritage: '歴史と文化',
    transport: '交通',
    strategies: '計画・戦略',
    officialSite: '公式サイト',
    timeline: 'この市区町村の取り組み（新しい順）',
  },
  organization: {
    kind: {
      company: '企業',
      municipality: '市区町村',
      prefecture: '都道府県',
      government: '国の機関',
      'public-body': '公的機関',
      association: '団体',
    },
    kindLabel: '種別',
    headOffice: '所在地',
    representative: '代表者',
    founded: '設立',
    capital: '資本金',
    website: 'ウェブサイト',
    business: '主な事業',
    trackRecord: '実績',
    spunOffFrom: '分社元',
    releases: '発表した報道発表',
    agreements: '連携協定',
    signed: '賛同・表明した宣言',
    sponsored: '主催する宣言',
    clientOf: '支援実績として名前を挙げている組織',
  },
  agreement: {
    parties: '当事者',
    signed: '締結日',
    method: { online: 'オンラインで締結', 'in-person': '対面で締結' },
    scope: '協定の主な内容',
    programs: 'プログラム',
    theme: 'テーマ',
    structure: '構成',
    courses: 'コース',
    audience: '参加対象',
    plannedFor: '実施時期',
    partners: '地域の協力先',
    releases: '関連する報道発表',
  },
  declaration: {
    sponsor: '主催',
    opened: '賛同募集の開始',
    officialPage: '宣言の公式ページ',
    registry: '宣言組織の一覧',
    organization: '組織',
    kind: '種別',
    city: '市区町村',
    announced: '表明日',
    note: '備考',
    source: '出典',
    counts: (listed: number, reported: number | undefined, asOf: string | undefined) =>
      reported === undefined
        ? `このサイトに掲載している宣言組織は ${listed} 組織です。主催者による宣言組織数は、このサイトの出典には示されていません。`
        : `主催者の発表では ${asOf} 時点で ${reported} 組織が宣言しています。このサイトではそのうち出典で名前が確認できる ${listed} 組織を掲載しています。`,
    releases: '関連する報道発表',
    reportedCounts: '主催者が発表した宣言組織数',
  },
  topic: { releases: 'このトピックの報道発表' },
  empty: 'まだありません。',
  /** Lists split into pages (src/components/Pagination.astro). */
  pagination: {
    label: 'ページ送り',
    previous: '前のページ',
    next: '次のページ',
    page: (n: number) => `${n}ページ目`,
    /** The title and h1 of a list's page: the first page keeps its name, the others say which page they are. */
    titled: (title: string, n: number) => (n > 1 ? `${title}（${n}ページ目）` : title),
    range: (from: number, to: number, total: number) =>
      `全${total.toLocaleString('ja-JP')}件中 ${from.toLocaleString('ja-JP')}〜${to.toLocaleString('ja-JP')}件目`,
  },
  notFound: {
    title: 'ページが見つかりません',
    body: 'お探しのページは移動したか、削除された可能性があります。',
    home: 'ホームへ戻る',
  },

  // --- Site layout and audience pages (issue 3) ---
  layout: {
    primaryNav: {
      releases: '報道発表',
      cities: '市区町村',
      employers: '雇用主',
      events: 'イベント',
      declarations: '宣言',
      organizations: '組織',
      search: '検索',
    },
    footerNavLabel: 'サイトについて',
    footer: {
      agreements: '連携協定',
      topics: 'トピック',
      press: '報道関係者の方へ',
      accessibility: 'アクセシビリティ',
      about: '運営者・利用規約',
    },
    footerNote: 'このサイトは、自治体とそのパートナーが発表した情報を、出典を示して掲載しています。',
    onThisPage: 'このページの内容',
    feeds: 'フィード',
    calendar: 'カレンダー',
    calendarLink: (scope: string) => `${scope}のイベントのカレンダー（iCalendar形式）`,
    allEvents: 'すべて',
    externalSite: '（外部サイト）',
  },
  /** The subscribe links under a scoped page's heading (FeedLinks `top`). */
  subscribe: {
    label: '購読する',
    howTo: 'リンクのアドレスをRSSリーダーやカレンダーアプリに登録すると、新しい情報を受け取れます。',
    more: '購読のしかた',
  },
  searchBox: {
    label: 'サイト内検索',
    hint: '報道発表、市区町村、組織などを探せます。',
    button: '検索',
  },
  homePage: {
    description:
      '自治体とそのパートナーの報道発表を、連携協定・市区町村・宣言・組織の情報とあわせて掲載しています。報道関係者、住民、仕事を探している人のための入口です。',
    lead: '自治体とそのパートナーの報道発表を、連携協定・市区町村・宣言・組織の情報とあわせて掲載しています。',
    audiencesLabel: '目的から探す',
    // Two texts per audience, shaped like `collections` above (which `duplicates` pairs): other words.
    audiences: {
      press: { title: '報道関係の方', body: '新着の報道発表、問い合わせ先、出典、フィード' },
      citizens: { title: '住民の方', body: 'お住まいの市区町村の取り組みを時系列で' },
      jobSeekers: { title: '仕事を探している方', body: '市区町村ごとの雇用主と、その宣言' },
    },
    latest: '新着の報道発表',
    allReleases: '報道発表をすべて見る',
    upcoming: '今後のイベント',
    noUpcoming: '予定されているイベントはありません。',
    allEvents: 'イベントをすべて見る',
    cities: '市区町村',
    declarations: '宣言と宣言組織の数',
    declarationCounts: (listed: number, reported: number | undefined, asOf: string | undefined) =>
      reported === undefined
        ? `このサイトに掲載 ${listed} 組織（主催者の発表数は不明）`
        : `主催者の発表で ${reported} 組織（${asOf}時点）、このサイトに掲載 ${listed} 組織`,
  },
  releaseList: {
    description: '公開済みの報道発表の一覧です。新しいものから順に、年ごとに並べています。',
    year: (y: string) => `${y}年`,
    years: '年ごとに見る',
  },
  /** Whose words a release is (src/lib/provenance.ts). */
  provenance: {
    kicker: { original: '報道発表', digest: '報道発表の要約' },
    digestNotice: (publisher: string) =>
      `この記事は、${publisher}の報道発表を地域プレスルームが要約したものです。文章は地域プレスルームによるもので、発表元の文言ではありません。元の報道発表は下のリンクから読めます。`,
    digestNoticeNoUrl: (publisher: string) =>
      `この記事は、${publisher}の報道発表を地域プレスルームが要約したものです。文章は地域プレスルームによるもので、発表元の文言ではありません。元の報道発表のアドレスは分かっていないため、発表元のウェブサイトを案内しています。`,
    originalRelease: (publisher: string) => `${publisher}による元の報道発表`,
    publisherSite: (publisher: string) => `${publisher}のウェブサイト（元の報道発表のページではありません）`,
    source: '元の報道発表',
    publishers: { original: '発表者', digest: '発表元' },
    summarisedBy: '要約',
  },
  releasePage: {
    body: '本文',
    noSource: '発表元のページは示されていません。',
    eventKind: '種類',
    eventDate: '日時',
    eventPlace: '場所',
    eventSpeakers: '登壇者',
    contactsIntro: '取材や内容についてのお問い合わせは、次の窓口へお願いします。',
    contactDept: '担当',
    related: {
      cities: '市区町村',
      agreements: '連携協定',
      declarations: '宣言',
      topics: 'トピック',
      publishers: '発表者',
    },
    feeds: 'この発表に関係するフィード',
    cite: 'この記事を引用する',
    citeHint: '次の一文をクリック（タップ）すると全体が選択されます。そのままコピーしてお使いください。',
    citeDigestNote: 'この記事は地域プレスルームによる要約です。発表者自身の文章として引用しないでください。',
    share: 'この記事を共有する',
    shareHint:
      'リンクを選ぶと、それぞれのサービスの共有画面が開きます。それまでサービスへの通信は発生しません。',
  },
  /** The citation on a release page (src/lib/citation.ts): who is cited as author depends on the kind. */
  cite: {
    original: (site: string, publishers: string, title: string, date: string, url: string) =>
      `${publishers}「${title}」（${site}、${date}公開）${url}`,
    digest: (site: string, publishers: string, title: string, date: string, url: string) =>
      `${site}「${title}」（${publishers}の報道発表の要約、${date}公開）${url}`,
  },
  /** The release's Open Graph image (src/lib/og-card.ts). */
  og: {
    alt: (title: string, publishers: string, date: string) => `${title}（${publishers}、${date}）`,
  },
  share: {
    services: {
      line: 'LINEで送る',
      x: 'X（旧Twitter）でポストする',
      facebook: 'Facebookでシェアする',
      mail: 'メールで送る',
    },
  },
  cityPage: {
    profile: 'プロフィール',
    reading: 'よみ',
    government: '自治体の組織情報',
    timelineIntro:
      'この市区町村に関係する報道発表、連携協定、市区町村に拠点を置く組織の宣言、イベントを新しい順に並べています。',
    undated: '日付の記載なし',
    timelineKind: {
      release: '報道発表',
      agreement: '連携協定',
      declaration: '宣言',
      event: 'イベント',
    },
    declarationItem: (org: string, declaration: string) => `${org}が「${declaration}」に賛同`,
    agreementSigned: '締結',
    employers: 'この市区町村に拠点を置く雇用主',
    employersLink: (city: string) => `${city}の雇用主を詳しく見る`,
    allEmployersLink: (city: string, n: number) => `${city}の雇用主をすべて見る（${n} 組織）`,
    noEmployers: 'この市区町村に拠点を置く組織は、まだ掲載していません。',
    noTimeline: 'この市区町村に関係する報道発表や取り組みは、まだ掲載していません。',
  },
  agreementPage: {
    howSigned: '締結の方法',
    cities: '関係する市区町村',
    totalDays: (n: number) => `計${n}日間`,
    background: '協定の背景',
  },
  declarationPage: {
    about: 'この宣言について',
    /** Before the declaration's `commitment`, shown only when its source states one. */
    commitment: '宣言する組織が約束すること：',
    chartTitle: '主催者が発表した宣言組織数の推移',
    chartLabel: (figures: string) => `主催者が発表した宣言組織数の推移の棒グラフ。${figures}`,
    chartFigure: (asOf: string, count: number) => `${asOf}時点で${count}組織`,
    chartUnit: '組織',
    asOf: '時点',
    count: '組織数',
    source: '出典',
    noCounts: '主催者が発表した宣言組織数は、このサイトの出典にはありません。',
    csv: '宣言組織の一覧をCSV形式でダウンロード',
    csvNote: '列: 組織、種別、市区町村、表明日、備考、出典',
    registryCaption: (name: string) => `${name}の宣言組織（このサイトに掲載している分）`,
    tableScrollLabel: '宣言組織の表（横にスクロールできます）',
    /** Shown above the table only on narrow screens; the region's name says the same to a screen reader. */
    tableScrollHint: '表は横にスクロールできます →',
    employers: 'この宣言に賛同した雇用主を見る',
    unknownDate: '記載なし',
  },
  organizationPage: {
    /** Several organisations share a summary (e.g. "named as a client"), so the name leads. */
    description: (name: string, kind: string, summary: string) => `${name}（${kind}）。${summary}`,
    infoBox: '基本情報',
    industries: '業種',
    hiringPage: '採用情報',
    noWebsite: 'ウェブサイトの情報はありません。',
    employer: '雇用主としての情報',
    employerLink: '雇用主の一覧で見る',
  },
  employers: {
    title: '雇用主',
    description:
      '市区町村に拠点を置く組織と、働き方に関する宣言に賛同した組織を、仕事を探している人向けにまとめています。',
    intro:
      '市区町村に拠点を置く組織と、働き方に関する宣言（男性育休100%宣言、女性の再就職応援宣言など）に賛同した組織です。市区町村や宣言で絞り込めます。',
    filterByCity: '市区町村で絞り込む',
    filterByDeclaration: '宣言で絞り込む',
    all: 'すべての雇用主',
    count: (n: number) => `${n} 組織`,
    listHeading: (n: number) => `雇用主の一覧（${n} 組織）`,
    cityTitle: (city: string) => `${city}の雇用主`,
    cityDescription: (city: string, n: number) =>
      `${city}に拠点を置く ${n} 組織と、その組織が賛同した宣言です。`,
    declarationTitle: (declaration: string) => `「${declaration}」に賛同した雇用主`,
    declarationDescription: (declaration: string, n: number) =>
      `「${declaration}」に賛同した組織のうち、このサイトが把握している ${n} 組織です。`,
    filterNavLabel: '絞り込み',
    basedIn: '拠点',
    kind: '種別',
    industries: '業種',
    commitments: '賛同した宣言',
    facts: '職場のデータ',
    factAsOf: (date: string) => `${date}時点`,
    noFacts:
      '育休取得率などの職場のデータは、出典が確認できたものだけを載せます。この組織についてはまだありません。',
    /** Said once above a list of employers (employerListNotes), never on each card. */
    notes: {
      noFactsAll:
        '育休取得率などの職場のデータは、日付と出典が確認できたものだけを載せます。ここに並ぶ組織については、まだ掲載できるデータがありません。',
      noFactsSome: (n: number) =>
        `育休取得率などの職場のデータは、日付と出典が確認できたものだけを載せます。このページでは ${n} 組織についてデータがありません。`,
      noCommitments: (n: number) =>
        `${n} 組織は、このサイトの出典では宣言への賛同が確認できていないため、賛同した宣言を表示していません。`,
      noWebsite: (n: number) => `${n} 組織は、ウェブサイトの情報がないため、リンクを載せていません。`,
    },
    website: (name: string) => `${name}のウェブサイト`,
    hiringPage: (name: string) => `${name}の採用情報`,
    announced: (date: string) => `${date}表明`,
  },
  eventsPage: {
    title: 'イベント',
    description:
      '報道発表に含まれる記者会見、講演会、締結式などのイベントを、今後の予定と過去の開催に分けて掲載しています。',
    upcoming: '今後のイベント',
    past: '過去のイベント',
    noUpcoming: '予定されているイベントはありません。',
    noPast: '過去のイベントはありません。',
    release: '発表',
    asOfBuild: (date: string) => `${date}時点の情報です。`,
    /** On the first page, when past events begin on a later page. */
    pastFrom: (n: number) => `過去のイベント（${n}ページ目から）`,
  },
  /** The operator page (/about/): who runs this copy of the site, contact, terms. */
  aboutPage: {
    title: '運営者・お問い合わせ・利用規約',
    description: 'このサイトの運営者とお問い合わせ先、掲載内容の利用条件、著作権とリンクについての方針です。',
    operatorHeading: '運営者',
    operatorUnset:
      'このサイトの運営者の情報は、まだ設定されていません。このサイトは試験用のもので、検索エンジンには登録されません。',
    contactHeading: 'お問い合わせ',
    contactIntro:
      'このサイトの運営（掲載内容の誤り、表示の不具合、アクセシビリティなど）については、次の窓口へお問い合わせください。',
    contactUnset: 'お問い合わせ先は、まだ設定されていません。',
    email: 'メール',
    contactForm: 'お問い合わせフォーム',
    releaseContacts:
      '報道発表の内容についてのお問い合わせは、各報道発表の「報道関係者お問い合わせ先」に記載された発表元へお願いします。',
    releaseContactsLink: '問い合わせ先の考え方',
    citeLink: '報道発表の引用のしかた',
  },
  notFoundPage: {
    search: 'サイト内検索でさがす',
  },

  // --- Findability (search, feeds, calendar, open data, press page) ---
  search: jaSearch,
  feeds: {
    /**
     * The name of each feed's scope, unique across the site: a city's feed and the feed of the
     * city's government (both 相馬市) must not share a name (src/lib/subscriptions.ts).
     */
    scopeTitle: {
      all: 'すべての報道発表',
      cities: (name: string) => `${name}に関する報道発表`,
      organizations: (name: string) => `${name}が発表した報道発表`,
      topics: (name: string) => `トピック「${name}」の報道発表`,
      declarations: (name: string) => `「${name}」に関する報道発表`,
    },
    /** The channel title a feed reader shows: scope first, then the site. */
    channelTitle: (scope: string) => `${scope}｜地域プレスルーム`,
    /** Link text and <link rel="alternate"> title. */
    linkTitle: (scope: string) => `${scope}（RSS）`,
    description: {
      all: '地域プレスルームに掲載されたすべての報道発表です。',
      cities: (name: string) =>
        `${name}に関係する報道発表です。${name}が発表したものに限らず、${name}を扱う発表をすべて含みます。`,
      organizations: (name: string) => `${name}が発表者となっている報道発表です。`,
      topics: (name: string) => `トピック「${name}」に分類された報道発表です。`,
      declarations: (name: string) => `「${name}」に関する報道発表です。`,
    },
  },
  /** A feed opened in a browser (src/lib/feed-stylesheet.ts). */
  feedPage: {
    kicker: 'RSSフィード',
    howHeading: 'このフィードを購読するには',
    what: 'このページはRSSフィードです。RSSリーダー（フィードリーダー）に登録すると、この範囲の報道発表が公開されるたびに届きます。',
    step1: '下のアドレスをコピーします（ブラウザーのアドレス欄と同じものです）。',
    step2: 'お使いのRSSリーダーで「フィードを追加」「購読」などを選び、コピーしたアドレスを貼り付けます。',
    noReader: 'ほかの範囲のフィードとイベントのカレンダーは、報道関係者向けのページで案内しています。',
    pressLink: '購読のしかたとフィードの一覧',
    itemsHeading: 'このフィードの新しい報道発表',
    pageLink: 'ウェブサイトで一覧を見る',
    empty: 'この範囲の報道発表はまだありません。公開されるとこのフィードに入ります。',
  },
  calendar: {
    name: '地域プレスルーム：イベント',
    description: '地域プレスルームの報道発表に掲載されたイベント（記者会見・講演会・締結式など）です。',
    cityName: (name: string) => `地域プレスルーム：${name}のイベント`,
    cityDescription: (name: string) => `${name}に関する報道発表に掲載されたイベントです。`,
    /** Line in an event's description that points to its release. */
    source: (title: string) => `出典の報道発表: ${title}`,
    eventDescription: (title: string) => `報道発表「${title}」に掲載されたイベントです。`,
    /** What the content does not state: said once, never guessed (eventGapNotice). */
    checkTimeAndPlace: '時間・会場は発表元でご確認ください',
    checkTime: '時間は発表元でご確認ください',
    checkPlace: '会場は発表元でご確認ください',
    /** The "add this event" links under each event. */
    addIcs: 'カレンダーアプリに追加（.ics）',
    addWebcal: 'カレンダーアプリで開く（webcal）',
    addGoogle: 'Googleカレンダーに追加',
    addLabel: (title: string) => `「${title}」をカレンダーに追加`,
  },
  /** The press page's own labels; its prose is in ./ja/ (press policy, subscription guide, open-data docs). */
  press: {
    title: '報道関係者の方へ',
    description:
      '報道発表の購読（RSSフィード・カレンダー）、問い合わせ先の考え方、報道発表の引用のしかた、オープンデータの項目をまとめています。',
    feedAll: 'すべての報道発表',
    example: '例',
    feedCount: (n: number) => `${n} 件`,
    calendarAll: 'すべてのイベント',
    calendarCities: '市区町村ごとのイベント',
    citeExample: '引用の例',
    fieldHeader: '項目',
    descriptionHeader: '内容',
  },
} as const;
