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
  /** Labels for Pagefind's Component UI (its own keys). */
  ui: {
    placeholder: 'キーワードを入力（例: 育休、ワーケーション、相馬市）',
    clear_search: 'クリア',
    load_more: 'さらに表示',
    search_label: 'サイト内を検索',
    filters_label: '絞り込み',
    zero_results: '「[SEARCH_TERM]」に一致する情報は見つかりませんでした',
    many_results: '「[SEARCH_TERM]」の検索結果 [COUNT] 件',
    one_result: '「[SEARCH_TERM]」の検索結果 [COUNT] 件',
    total_zero_results: '該当なし',
    total_one_result: '[COUNT] 件',
    total_many_results: '[COUNT] 件',
    alt_search: '「[SEARCH_TERM]」は見つかりませんでした。代わりに「[DIFFERENT_TERM]」の結果を表示しています',
    search_suggestion: '「[SEARCH_TERM]」は見つかりませんでした。次のキーワードもお試しください:',
    searching: '「[SEARCH_TERM]」を検索しています',
    results_label: '検索結果',
    keyboard_navigate: '移動',
    keyboard_select: '選択',
    keyboard_clear: '消去',
    keyboard_close: '閉じる',
    keyboard_search: '検索',
    error_search: '検索できませんでした',
    filter_selected_one: '[COUNT] 件選択',
    filter_selected_many: '[COUNT] 件選択',
    input_hint: '入力すると結果が表示されます',
    loading: '読み込み中',
  },
} as const;
