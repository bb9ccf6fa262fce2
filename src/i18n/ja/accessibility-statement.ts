/**
 * The accessibility statement (/accessibility/): the site's policy, its status, what its design
 * does, and what the automated checks cover (src/lib/a11y-checks.ts). Policy prose, kept apart
 * from the UI strings in ../ja.ts.
 */
export const accessibilityStatement = {
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
} as const;
