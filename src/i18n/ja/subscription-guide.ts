/**
 * How to subscribe, as the press page (/press/) explains it: RSS feeds per scope and the events
 * calendars. Documentation prose, kept apart from the UI strings in ../ja.ts.
 */
export const subscriptionGuide = {
  feeds: {
    heading: 'RSSフィードで購読する',
    intro:
      '担当する範囲の報道発表だけを受け取れるよう、フィードを範囲ごとに用意しています。お使いのRSSリーダーに、次のアドレスを登録してください。ブラウザーでフィードを開くと、購読のしかたを説明するページとして表示されます。フィードには公開済みの報道発表だけが、本文全体とともに新しい順に入ります。',
    // Shaped like ja.collections (`duplicates` pairs them), but what each feed holds, not the list.
    groups: {
      cities: { heading: '市区町村ごと', note: 'その市区町村に関する報道発表です。' },
      organizations: { heading: '組織ごと', note: 'その組織が発表者となっている報道発表です。' },
      topics: { heading: 'トピックごと', note: 'そのトピックに分類された報道発表です。' },
      declarations: { heading: '宣言ごと', note: 'その宣言に関する報道発表です。' },
    },
    /**
     * Cities and organizations grow with the archive, so their feeds are listed on their own pages
     * (and in cities.json / organizations.json), not here: this page stays one round trip.
     */
    onEntryPages: {
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
  },
  calendar: {
    heading: 'イベントをカレンダーに取り込む',
    intro:
      '報道発表に掲載された記者会見・講演会などの日程を、iCalendar形式（.ics）で配信しています。カレンダーアプリに購読として登録すると、新しいイベントが自動で追加されます。時刻は日本時間です。日付だけが分かっているイベントは終日の予定になります。',
    citiesWhere:
      'イベントが掲載されている市区町村には、そのページの見出しのすぐ下、「購読する」にカレンダーがあります。アドレスは、市区町村のページのアドレスの末尾（id）を使った次の形です。',
    oneEvent:
      'ひとつのイベントだけを予定に入れたいときは、報道発表のページで各イベントの下にある「カレンダーアプリに追加（.ics）」か「Googleカレンダーに追加」を使ってください。',
  },
} as const;
