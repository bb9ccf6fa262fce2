/**
 * The search page's strings. Part of `ja` (src/i18n/ja.ts) like every other section, but in its
 * own module because the search page's script bundles it for the browser: importing all of
 * `ja` there would ship every page's text with the first search.
 */
export const jaSearch = {
  title: 'サイト内検索',
  description: '報道発表・連携協定・市区町村・宣言・組織をキーワードで検索できます。',
  /** Filter names as shown in the filter pane; they are also the filter keys in the index. */
  filters: {
    kind: '種別',
    city: '市区町村',
    organization: '組織',
    topic: 'トピック',
    year: '年',
  },
  sortLabel: '並び順',
  sortRelevance: '関連度順',
  sortNewest: '新しい順',
  noScript:
    'この検索はJavaScriptを使います。お使いのブラウザーではJavaScriptが無効になっているため、検索できません。次の一覧から探してください。',
  browse: '一覧から探す',
  /** The search form and results (src/pages/search/_search.ts); screen-reader text included. */
  ui: {
    searchLabel: 'サイト内を検索',
    placeholder: 'キーワードを入力（例: 育休、ワーケーション、相馬市）',
    submit: '検索',
    filtersLabel: '絞り込み',
    filtersSelected: (n: number) => `絞り込み（${n} 件選択中）`,
    filtersLoading: '絞り込みの項目を読み込んでいます。',
    filtersError: '絞り込みの項目を読み込めませんでした。',
    option: (value: string, count: number) => `${value}（${count}件）`,
    clearFilters: '絞り込みをすべて解除',
    /**
     * Older releases, searched only when asked (src/lib/search-archive.ts); `year` is the newest
     * year the archive holds.
     */
    archiveLabel: (year: number) => `${year}年以前の報道発表も検索する`,
    archiveLoading: (year: number) => `${year}年以前の報道発表を読み込んでいます。`,
    archiveIncluded: (year: number) => `（${year}年以前の報道発表を含む）`,
    tryArchive: (year: number) => `${year}年以前の報道発表は、まだ検索していません。`,
    resultsLabel: '検索結果',
    summary: (q: string, count: number) =>
      q === '' ? `絞り込みの結果 ${count} 件` : `「${q}」の検索結果 ${count} 件`,
    shown: (shown: number, count: number) => `（${count} 件中 ${shown} 件を表示）`,
    zero: (q: string) =>
      q === '' ? '絞り込みに一致する情報は見つかりませんでした。' : `「${q}」に一致する情報は見つかりませんでした。`,
    more: 'さらに表示',
    error: '検索できませんでした。ページを再読み込みして、もう一度お試しください。',
    /** What to try when nothing is found. */
    tryHeading: '見つからないときは',
    tryFewerWords: '言葉を減らしてみてください。',
    tryEachWord: '一語ずつ探す:',
    tryOtherSpelling:
      '別の書き方でも探せます。ひらがな・カタカナ・漢字を変えたり、略した言葉を元の言葉にしたり（例: 育休 → 育児休業）してみてください。',
    tryBrowse: '一覧からも探せます:',
    browseCities: '市区町村の一覧',
    browseTopics: 'トピックの一覧',
  },
} as const;
