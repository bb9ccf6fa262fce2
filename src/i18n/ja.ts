/** Every piece of Japanese UI text, in one place (the search section in ja-search.ts). Content text lives in content/. */
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
  accessibilityPage: {
    title: 'アクセシビリティ',
    description:
      'このサイトのウェブアクセシビリティ方針と、自動テストで確認している項目およびその結果を掲載しています。',
    policyHeading: 'ウェブアクセシビリティ方針',
    policy: [
      'このサイトは、高齢の方や障害のある方を含め、誰もが同じ情報にたどり着けることを目指しています。',
      '日本産業規格 JIS X 8341-3:2016「高齢者・障害者等配慮設計指針－情報通信における機器，ソフトウェア及びサービス－第3部：ウェブコンテンツ」の適合レベルAAに準拠することを目標とし、あわせてWCAG 2.2のレベルAAを参照しています。',
      '対象はこのサイトのすべてのページです。',
    ],
    statusHeading: '現在の対応状況',
    status: [
      '人による試験（JIS X 8341-3:2016 の試験方法に基づく達成基準ごとの確認）はまだ行っていません。そのため、「準拠」「一部準拠」といった適合の表明はしていません。',
      '下に記す自動チェックは、サイトを変更するたびにテストとして実行しています。違反が1件でも見つかるとテストは失敗します。',
    ],
    designHeading: '設計上の配慮',
    design: [
      '検索ページを除き、JavaScriptを使っていません。文字の大きさや色は閲覧する人の環境で変えられます。',
      'すべてのページに、本文へ移動するリンク、見出しの階層、ランドマーク（ヘッダー、ナビゲーション、本文、フッター）を設けています。',
      'キーボードだけで操作でき、フォーカスの位置を枠線で示します。',
      'グラフには、同じ数値を表や文で示しています。',
      '外部のサーバーからフォントやスクリプトを読み込みません。',
    ],
    checksHeading: '自動チェックの内容',
    engine: (version: string) => `チェックツール: axe-core ${version}（ブラウザー: Chromium）`,
    tags: '確認するルールの範囲（axe-core のタグ）',
    tagMeaning: {
      wcag2a: 'WCAG 2.0 レベルA',
      wcag2aa: 'WCAG 2.0 レベルAA',
      wcag21a: 'WCAG 2.1 レベルA',
      wcag21aa: 'WCAG 2.1 レベルAA',
      wcag22aa: 'WCAG 2.2 レベルAA',
    },
    viewportsHeading: '画面の幅',
    viewport: {
      desktop: (w: number) => `パソコン（幅 ${w}px）`,
      phone: (w: number) => `スマートフォン（幅 ${w}px）`,
    },
    pagesHeading: '確認するページ（ページの種類ごとに1ページ）',
    pageTypes: {
      home: 'ホーム',
      releases: '報道発表の一覧',
      release: '報道発表',
      cities: '市区町村の一覧',
      city: '市区町村',
      agreements: '連携協定の一覧',
      agreement: '連携協定',
      declarations: '宣言の一覧',
      declaration: '宣言',
      organizations: '組織の一覧',
      organization: '組織',
      topics: 'トピックの一覧',
      topic: 'トピック',
      employers: '雇用主',
      employersByCity: '雇用主（市区町村で絞り込み）',
      employersByDeclaration: '雇用主（宣言で絞り込み）',
      events: 'イベント',
      accessibility: 'アクセシビリティ（このページ）',
      about: '運営者・お問い合わせ・利用規約',
      search: 'サイト内検索',
      notFound: 'ページが見つからないときの案内',
    },
    listPagesHeading: 'ページ送りのある一覧',
    listPages:
      '長い一覧は複数のページに分け、「前のページ」「次のページ」とページ番号のリンクで移動できるようにしています。いま掲載している情報では一覧が1ページに収まるため、1,000件の報道発表を生成した試験用のサイトで、次の一覧の2ページ目にも同じ2つの画面の幅で axe-core のチェックをしています。',
    otherChecksHeading: 'そのほかの自動テスト',
    otherChecks: [
      '各ページに見出し（h1）が1つだけあり、ページごとに異なるタイトルが付いていること。',
      'キーボードのTabキーとEnterキーだけで、ホームから報道発表の問い合わせ先へ、ホームから市区町村の取り組みの一覧へ、雇用主の一覧から組織のウェブサイトへのリンクへたどり着けること（いま掲載している雇用主にはウェブサイトの情報がないため、最後の経路はテスト用の架空の組織を1つ加えたサイトで確認しています）。',
      'スマートフォンの幅（360px）で、表の中を除き、ページが横にはみ出さないこと。',
      'ページを表示するときに、このサイト以外へ通信が発生しないこと。',
      'サイト内検索は、検索結果を表示して絞り込みの一覧を開いた状態でも axe-core で確認し、絞り込みをキーボードで操作できること。',
    ],
    resultHeading: '結果',
    result:
      '上記のすべてのページと画面の幅で、axe-core が検出した違反は0件です。テストは違反が0件であることを合格の条件にしており、1件でも検出されると失敗します。',
    limits:
      '自動チェックで確認できるのは達成基準の一部です。代替テキストの内容の適切さ、読み上げの順序の自然さ、分かりやすい文章になっているかなどは、自動では判定できません。',
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
    termsHeading: '利用規約・著作権・リンク',
    terms: [
      {
        heading: '掲載内容について',
        body: [
          'このサイトは、自治体とそのパートナーが発表した情報を、出典を示して掲載しています。元の発表のページが分かる場合は、各報道発表の「発表元の情報」にリンクを載せています。',
          '掲載している情報は、それぞれの日付の時点のものです。イベントの日時や会場などは変わることがあります。最新の情報は発表元でご確認ください。',
        ],
      },
      {
        heading: '著作権',
        body: [
          '報道発表の内容についての権利は、それぞれの発表元にあります。引用する場合は、発表者名、タイトル、公開日、このサイトのURLを示してください。',
          'オープンデータ（JSON・CSV）の利用条件は、まだ定めていません。利用したい場合は、上のお問い合わせ先へご連絡ください。',
        ],
      },
      {
        heading: 'リンク',
        body: [
          'このサイトへのリンクに、事前の連絡は必要ありません。各ページのアドレスは公開後に変わりません。',
          'このサイトから外部のサイトへのリンクには「（外部サイト）」と表示しています。リンク先の内容には、それぞれのサイトの方針が適用されます。',
        ],
      },
    ],
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
  openData: {
    /** Column headers of the signatories CSV, in column order. */
    /** Columns of the signatories CSV, in order: [header, what the column holds]. */
    signatoryColumns: {
      organizationId: ['組織ID', '組織のid（organizations.json の id）'],
      organization: ['組織名', '組織の名称'],
      kind: ['種別', '組織の種別（企業、市区町村、都道府県など）'],
      city: ['市区町村', '組織の拠点の市区町村（このサイトに掲載がある場合）'],
      announced: ['表明日', '宣言した日（出典に示されている場合、YYYY-MM-DD）'],
      municipalOrdinal: ['自治体での順番', '宣言した自治体の中での順番（出典が示す場合だけ。ほかの宣言組織の順番は出典にないため空欄）'],
      note: ['備考', '「自治体で6番目」などの補足'],
      sourceRelease: ['出典の報道発表', '宣言を伝えた報道発表のURL'],
      sourceUrl: ['出典URL', 'このサイトの外の出典のURL'],
    },
  },
  press: {
    title: '報道関係者の方へ',
    description:
      '報道発表の購読（RSSフィード・カレンダー）、問い合わせ先の考え方、報道発表の引用のしかた、オープンデータの項目をまとめています。',
    feedsHeading: 'RSSフィードで購読する',
    feedsIntro:
      '担当する範囲の報道発表だけを受け取れるよう、フィードを範囲ごとに用意しています。お使いのRSSリーダーに、次のアドレスを登録してください。ブラウザーでフィードを開くと、購読のしかたを説明するページとして表示されます。フィードには公開済みの報道発表だけが、本文全体とともに新しい順に入ります。',
    feedAll: 'すべての報道発表',
    feedGroups: {
      cities: { heading: '市区町村ごと', note: 'その市区町村に関する報道発表です。' },
      organizations: { heading: '組織ごと', note: 'その組織が発表者となっている報道発表です。' },
      topics: { heading: 'トピックごと', note: 'そのトピックに分類された報道発表です。' },
      declarations: { heading: '宣言ごと', note: 'その宣言に関する報道発表です。' },
    },
    /**
     * Cities and organizations grow with the archive, so their feeds are listed on their own pages
     * (and in cities.json / organizations.json), not here: this page stays one round trip.
     */
    feedsOnEntryPages: {
      cities: {
        where:
          '各市区町村のページの見出しのすぐ下、「購読する」から購読できます。アドレスは、市区町村のページのアドレスの末尾（id）を使った次の形です。',
        index: '市区町村の一覧から探す',
      },
      organizations: {
        where:
          '各組織のページの見出しのすぐ下、「購読する」から購読できます。アドレスは、組織のページのアドレスの末尾（id）を使った次の形です。',
        index: '組織の一覧から探す',
      },
    },
    example: '例',
    feedCount: (n: number) => `${n} 件`,
    calendarHeading: 'イベントをカレンダーに取り込む',
    calendarIntro:
      '報道発表に掲載された記者会見・講演会などの日程を、iCalendar形式（.ics）で配信しています。カレンダーアプリに購読として登録すると、新しいイベントが自動で追加されます。時刻は日本時間です。日付だけが分かっているイベントは終日の予定になります。',
    calendarAll: 'すべてのイベント',
    calendarCities: '市区町村ごとのイベント',
    calendarCitiesWhere:
      'イベントが掲載されている市区町村には、そのページの見出しのすぐ下、「購読する」にカレンダーがあります。アドレスは、市区町村のページのアドレスの末尾（id）を使った次の形です。',
    calendarOneEvent:
      'ひとつのイベントだけを予定に入れたいときは、報道発表のページで各イベントの下にある「カレンダーアプリに追加（.ics）」か「Googleカレンダーに追加」を使ってください。',
    contactsHeading: '問い合わせ先について',
    contacts: [
      'このサイトは報道発表を掲載する場であり、発表の内容についてのお問い合わせは、各報道発表の「報道関係者お問い合わせ先」に記載された発表元の組織にお願いします。',
      '掲載している問い合わせ先は、部署名、部署の固定電話番号、部署のメールアドレスといった組織としての窓口だけです。担当者個人の携帯電話番号は掲載しません。登録の段階で携帯電話番号は受け付けない仕組みにしています。',
      '取材の申し込み方法が発表元から示されている場合は、報道発表の本文に記載しています。',
    ],
    citeHeading: '報道発表を引用するとき',
    cite: [
      'このサイトの報道発表には2つの種類があります。発表者自身がこのサイトで自らの言葉で発表する「報道発表」と、ほかの場所で発表された報道発表を地域プレスルームが要約した「報道発表の要約」です。要約のページには、冒頭にその旨と発表元の組織を示しています。要約の文章は地域プレスルームが書いたもので、発表元の文言ではありません。発言は要旨として、発言者を示して紹介しています。',
      '要約のページの「元の報道発表」の欄は、元の報道発表のアドレスが分かっている場合はその報道発表に、分からない場合は発表元のウェブサイトにリンクしています。ウェブサイトへのリンクには、元の報道発表のページではないことを書き添えています。発表元の言葉として引用する場合は、元の報道発表をご確認ください。',
      '引用するときは、タイトル、書き手（要約なら地域プレスルームと発表元）、公開日、このサイトのURLを示してください。各報道発表のページの「この記事を引用する」に、これらをそろえた引用文があります。クリックすると全体が選択され、そのままコピーできます。URLは公開後に変わらない恒久的なアドレスです。公開日は、出典が日付だけを示している場合は日付だけを表示しています。',
      '内容が更新された報道発表には更新日を表示しています。引用の際は、参照した時点の日付を添えると確実です。',
    ],
    citeExample: '引用の例',
    dataHeading: 'オープンデータ',
    dataIntro:
      'このサイトの情報を、機械で読み取りやすい形式でも公開しています。どのファイルも公開済みの情報だけを含み、サイトを更新するたびに作り直されます。文字コードはUTF-8です。日時は日本時間（+09:00付きのISO 8601）で、日付・年月・年は出典の精度のまま（2026-06-24、2026-06、1991）です。値がない項目は null です。ほかのデータを指す項目は { id, name } の形で、id は各ページのURLの末尾と同じです。',
    fieldHeader: '項目',
    descriptionHeader: '内容',
    csvHeading: '宣言組織の一覧（CSV）',
    csvIntro:
      "宣言ごとに、このサイトが把握している宣言組織の一覧をCSVで配信しています。Excelでそのまま開けるよう、BOM付きのUTF-8で保存しています。= + - @ で始まるセルは、数式として実行されないよう先頭に「'」（アポストロフィ）を付けています。",
    /** One entry per JSON file; `fields` documents every key of one item (dots for nested keys). */
    files: {
      releases: {
        title: '報道発表（releases.json）',
        intro: '公開済みの報道発表を新しい順に並べた { "releases": [...] } です。',
        fields: [
          ['id', '報道発表のid（例: 2026/soma-three-declarations）'],
          ['url', 'このサイトでのURL'],
          ['title', 'タイトル'],
          ['subtitle', 'サブタイトル'],
          ['lead', 'リード文（要旨）'],
          ['kind', '種類（original: 発表者自身がこのサイトで発表したもの、digest: 他で発表された報道発表をこのサイトが要約したもの）'],
          ['published', '公開日（出典が日付だけを示す場合は YYYY-MM-DD、時刻も示す場合は +09:00 付きの日時。時刻を補うことはしません）'],
          ['updated', '更新日（published と同じ書き方）'],
          ['publishers', '発表者の組織（{ id, name } のリスト）'],
          ['source', '要約の元になった報道発表（publisher: 発表した組織、url: 元の報道発表のURL。分からない場合は null）'],
          ['cities', '関係する市区町村'],
          ['agreements', '関係する連携協定'],
          ['declarations', '関係する宣言'],
          ['topics', 'トピック'],
          [
            'events',
            'イベント（title, kind: 種類, allDay: 終日か, start, end, place: 会場（出典が示す場合だけ）, attendance: 参加の形（in-person・online・mixed・unknown）, organizer: 主催者（出典が示す場合だけ）, speakers: 登壇者, url）',
          ],
          ['contacts', '報道関係者の問い合わせ先（organization, department: 部署, email, phone: 固定電話）'],
        ],
      },
      cities: {
        title: '市区町村（cities.json）',
        intro: '全国地方公共団体コードの順に並べた { "cities": [...] } です。',
        fields: [
          ['id', '市区町村のid（例: kamaishi）'],
          ['url', 'このサイトでのURL'],
          ['name', '名称'],
          ['reading', '読み（ひらがな）'],
          ['nameEn', '英語表記'],
          ['prefecture', '都道府県'],
          ['code', '全国地方公共団体コード（6桁、検査数字付き）'],
          ['government', '自治体としての組織（発表者・宣言組織として登場するもの）'],
          ['tagline', 'キャッチフレーズ'],
          ['summary', '概要'],
          ['mayor', '首長（name: 氏名、asOf: 確認した日）'],
          ['officialSite', '公式サイト'],
          ['strategies', '計画・戦略（name, principle: 基本理念, milestones: { date, label } のリスト）'],
          ['releases', '関係する報道発表のid'],
          ['agreements', '関係する連携協定のid'],
          ['organizations', 'この市区町村に拠点を置く組織のid'],
          ['sources', '出典（release: 報道発表のid、url、title）'],
          ['feed', 'この市区町村のRSSフィード'],
          ['calendar', 'この市区町村のイベントのカレンダー（.ics）。イベントがなければ null'],
        ],
      },
      organizations: {
        title: '組織（organizations.json）',
        intro: 'id の順に並べた { "organizations": [...] } です。',
        fields: [
          ['id', '組織のid（例: jmam）'],
          ['url', 'このサイトでのURL'],
          ['name', '名称'],
          ['shortName', '略称'],
          ['reading', '読み'],
          [
            'kind',
            '種別（company: 企業、municipality: 市区町村、prefecture: 都道府県、government: 国の機関、public-body: 公的機関、association: 団体）',
          ],
          ['city', '拠点の市区町村'],
          ['headOffice', '所在地'],
          ['founded', '設立（年、年月または日付）'],
          ['representative', '代表者（title: 役職、name: 氏名）'],
          ['capitalYen', '資本金（円）'],
          ['website', 'ウェブサイト'],
          ['summary', '概要'],
          ['business', '主な事業'],
          [
            'employer',
            '雇用主としての情報（industries: 業種、hiringPage: 採用ページ、workplaceFacts: 職場の事実 { label, value, asOf, source }）',
          ],
          ['releases', '発表者となっている報道発表のid'],
          ['agreements', '当事者・協力先となっている連携協定のid'],
          ['declarations', '賛同・表明した宣言のid'],
          ['sources', '出典（release: 報道発表のid、url、title）'],
          ['feed', 'この組織のRSSフィード'],
        ],
      },
      declarations: {
        title: '宣言（declarations.json）',
        intro: 'id の順に並べた { "declarations": [...] } です。',
        fields: [
          ['id', '宣言のid（例: womens-reemployment）'],
          ['url', 'このサイトでのURL'],
          ['name', '名称'],
          ['sponsor', '主催する組織'],
          ['opened', '賛同募集の開始（年月）'],
          ['purpose', '目的'],
          ['officialUrl', '宣言の公式ページ'],
          ['reportedCounts', '主催者が発表した宣言組織数（count, asOf: 時点, source: 出典）'],
          ['listedCount', 'このサイトが掲載している宣言組織の数'],
          [
            'signatories',
            '宣言組織（municipalOrdinal: 自治体での順番（出典が示す場合だけ）, organization, announced: 表明日, note: 備考, source: 出典）',
          ],
          ['releases', '関係する報道発表のid'],
          ['signatoriesCsv', '宣言組織の一覧のCSV'],
          ['feed', 'この宣言のRSSフィード'],
        ],
      },
    },
  },
} as const;
