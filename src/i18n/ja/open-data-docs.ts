/**
 * The documentation of the open data (/press/#data): every file, every field of its items, and
 * the signatories CSV's columns, whose headers the CSV itself uses (src/lib/open-data.ts).
 * A build test keeps the field lists equal to the files' keys.
 */
export const openDataDocs = {
  heading: 'オープンデータ',
  intro:
    'このサイトの情報を、機械で読み取りやすい形式でも公開しています。どのファイルも公開済みの情報だけを含み、サイトを更新するたびに作り直されます。文字コードはUTF-8です。日時は日本時間（+09:00付きのISO 8601）で、日付・年月・年は出典の精度のまま（2026-06-24、2026-06、1991）です。値がない項目は null です。ほかのデータを指す項目は { id, name } の形で、id は各ページのURLの末尾と同じです。',
  csv: {
    heading: '宣言組織の一覧（CSV）',
    intro:
      "宣言ごとに、このサイトが把握している宣言組織の一覧をCSVで配信しています。Excelでそのまま開けるよう、BOM付きのUTF-8で保存しています。= + - @ で始まるセルは、数式として実行されないよう先頭に「'」（アポストロフィ）を付けています。",
  },
  /** Columns of the signatories CSV, in order: [header, what the column holds]. */
  signatoryColumns: {
    organizationId: ['組織ID', '組織のid（organizations.json の id）'],
    organization: ['組織名', '組織の名称'],
    kind: ['種別', '組織の種別（企業、市区町村、都道府県など）'],
    city: ['市区町村', '組織の拠点の市区町村（このサイトに掲載がある場合）'],
    announced: ['表明日', '宣言した日（出典に示されている場合、YYYY-MM-DD）'],
    municipalOrdinal: [
      '自治体での順番',
      '宣言した自治体の中での順番（出典が示す場合だけ。ほかの宣言組織の順番は出典にないため空欄）',
    ],
    note: ['備考', '「自治体で6番目」などの補足'],
    sourceRelease: ['出典の報道発表', '宣言を伝えた報道発表のURL'],
    sourceUrl: ['出典URL', 'このサイトの外の出典のURL'],
  },
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
        [
          'kind',
          '種類（original: 発表者自身がこのサイトで発表したもの、digest: 他で発表された報道発表をこのサイトが要約したもの）',
        ],
        [
          'published',
          '公開日（出典が日付だけを示す場合は YYYY-MM-DD、時刻も示す場合は +09:00 付きの日時。時刻を補うことはしません）',
        ],
        ['updated', '更新日（published と同じ書き方）'],
        ['publishers', '発表者の組織（{ id, name } のリスト）'],
        [
          'source',
          '要約の元になった報道発表（publisher: 発表した組織、url: 元の報道発表のURL。分からない場合は null）',
        ],
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
} as const;
