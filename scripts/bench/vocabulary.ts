/**
 * Word banks for the synthetic benchmark corpus. Every name here is invented for the benchmark
 * (place names are common Japanese place-name parts, recombined); none of it is published content.
 */

/** 01 北海道 … 47 沖縄県, in 総務省 code order: [name, romaji]. */
export const prefectures: readonly (readonly [string, string])[] = [
  ['北海道', 'hokkaido'],
  ['青森県', 'aomori'],
  ['岩手県', 'iwate'],
  ['宮城県', 'miyagi'],
  ['秋田県', 'akita'],
  ['山形県', 'yamagata'],
  ['福島県', 'fukushima'],
  ['茨城県', 'ibaraki'],
  ['栃木県', 'tochigi'],
  ['群馬県', 'gunma'],
  ['埼玉県', 'saitama'],
  ['千葉県', 'chiba'],
  ['東京都', 'tokyo'],
  ['神奈川県', 'kanagawa'],
  ['新潟県', 'niigata'],
  ['富山県', 'toyama'],
  ['石川県', 'ishikawa'],
  ['福井県', 'fukui'],
  ['山梨県', 'yamanashi'],
  ['長野県', 'nagano'],
  ['岐阜県', 'gifu'],
  ['静岡県', 'shizuoka'],
  ['愛知県', 'aichi'],
  ['三重県', 'mie'],
  ['滋賀県', 'shiga'],
  ['京都府', 'kyoto'],
  ['大阪府', 'osaka'],
  ['兵庫県', 'hyogo'],
  ['奈良県', 'nara'],
  ['和歌山県', 'wakayama'],
  ['鳥取県', 'tottori'],
  ['島根県', 'shimane'],
  ['岡山県', 'okayama'],
  ['広島県', 'hiroshima'],
  ['山口県', 'yamaguchi'],
  ['徳島県', 'tokushima'],
  ['香川県', 'kagawa'],
  ['愛媛県', 'ehime'],
  ['高知県', 'kochi'],
  ['福岡県', 'fukuoka'],
  ['佐賀県', 'saga'],
  ['長崎県', 'nagasaki'],
  ['熊本県', 'kumamoto'],
  ['大分県', 'oita'],
  ['宮崎県', 'miyazaki'],
  ['鹿児島県', 'kagoshima'],
  ['沖縄県', 'okinawa'],
];

/** Place-name parts: [kanji, hiragana reading, romaji]. 相馬 comes first: the search probe asks for it. */
export const placeParts: readonly (readonly [string, string, string])[] = [
  ['相馬', 'そうま', 'soma'],
  ['釜石', 'かまいし', 'kamaishi'],
  ['青葉', 'あおば', 'aoba'],
  ['桜川', 'さくらがわ', 'sakuragawa'],
  ['若葉', 'わかば', 'wakaba'],
  ['朝日', 'あさひ', 'asahi'],
  ['白浜', 'しらはま', 'shirahama'],
  ['高原', 'たかはら', 'takahara'],
  ['緑川', 'みどりかわ', 'midorikawa'],
  ['大野', 'おおの', 'ono'],
  ['小松', 'こまつ', 'komatsu'],
  ['松原', 'まつばら', 'matsubara'],
  ['山田', 'やまだ', 'yamada'],
  ['川口', 'かわぐち', 'kawaguchi'],
  ['石田', 'いしだ', 'ishida'],
  ['中島', 'なかじま', 'nakajima'],
  ['長浜', 'ながはま', 'nagahama'],
  ['浜田', 'はまだ', 'hamada'],
  ['森山', 'もりやま', 'moriyama'],
  ['竹田', 'たけだ', 'takeda'],
  ['本宮', 'もとみや', 'motomiya'],
  ['岩瀬', 'いわせ', 'iwase'],
  ['北見', 'きたみ', 'kitami'],
  ['日高', 'ひだか', 'hidaka'],
  ['鶴見', 'つるみ', 'tsurumi'],
  ['花園', 'はなぞの', 'hanazono'],
  ['水沢', 'みずさわ', 'mizusawa'],
  ['葉山', 'はやま', 'hayama'],
  ['星野', 'ほしの', 'hoshino'],
  ['柳井', 'やない', 'yanai'],
  ['千歳', 'ちとせ', 'chitose'],
  ['春日', 'かすが', 'kasuga'],
  ['稲田', 'いなだ', 'inada'],
  ['栗原', 'くりはら', 'kurihara'],
  ['黒石', 'くろいし', 'kuroishi'],
  ['白石', 'しろいし', 'shiroishi'],
  ['三原', 'みはら', 'mihara'],
  ['富岡', 'とみおか', 'tomioka'],
  ['船橋', 'ふなばし', 'funabashi'],
  ['宮野', 'みやの', 'miyano'],
];

/** Prefixes that multiply the place parts into distinct names: [kanji, reading, romaji]. */
export const placePrefixes: readonly (readonly [string, string, string])[] = [
  ['', '', ''],
  ['北', 'きた', 'kita'],
  ['南', 'みなみ', 'minami'],
  ['東', 'ひがし', 'higashi'],
  ['西', 'にし', 'nishi'],
  ['新', 'しん', 'shin'],
  ['上', 'かみ', 'kami'],
  ['下', 'しも', 'shimo'],
];

export const municipalityKinds = [
  { suffix: '市', reading: 'し' },
  { suffix: '町', reading: 'まち' },
  { suffix: '村', reading: 'むら' },
] as const;

/** Industries for company names: [name part, romaji, industry label for employer profiles]. */
export const industries: readonly (readonly [string, string, string])[] = [
  ['精機', 'seiki', '製造業（精密機械）'],
  ['電機', 'denki', '製造業（電気機械）'],
  ['建設', 'kensetsu', '建設業'],
  ['食品', 'shokuhin', '食料品製造業'],
  ['物流', 'butsuryu', '運輸業・郵便業'],
  ['製菓', 'seika', '食料品製造業'],
  ['観光', 'kanko', '宿泊業・飲食サービス業'],
  ['印刷', 'insatsu', '印刷・同関連業'],
  ['工業', 'kogyo', '製造業'],
  ['水産', 'suisan', '漁業・水産加工業'],
  ['農産', 'nosan', '農業'],
  ['商事', 'shoji', '卸売業'],
  ['ソフトウェア', 'software', '情報通信業'],
  ['エネルギー', 'energy', '電気・ガス業'],
  ['メディカル', 'medical', '医療・福祉'],
  ['交通', 'kotsu', '運輸業'],
  ['不動産', 'fudosan', '不動産業'],
  ['銀行', 'bank', '金融業'],
];

/** The controlled topic vocabulary of the benchmark corpus: [id, name, description]. */
export const topics: readonly (readonly [string, string, string])[] = [
  ['work-style-reform', '働き方改革', '長時間労働の見直しや柔軟な働き方の導入に関する取組。'],
  ['regional-revitalization', '地方創生', '地域に仕事と人の流れをつくる自治体の戦略や施策。'],
  ['workation', 'ワーケーション', '地域に滞在して働きながら、その土地ならではの体験もする取組。'],
  ['human-resource-development', '人材育成', '研修や学びの機会を通じて働く人の成長を支える取組。'],
  ['paternity-leave', '男性育休', '男性の育児休業の取得と、育児に関わりやすい職場づくり。'],
  ['womens-career', '女性のキャリア', '女性の就業継続や再就職、管理職登用を支える取組。'],
  ['recruitment', '採用・人材確保', '人手不足のなかで選ばれる職場をつくり、採用と定着につなげる取組。'],
  ['disaster-prevention', '防災', '災害への備えと、地域の防災力を高める取組。'],
  ['disaster-recovery', '復興', '災害からの復旧・復興とその経験の継承。'],
  ['tourism', '観光', '観光客の誘致や観光資源の磨き上げに関する話題。'],
  ['agriculture', '農業', '農業の担い手確保やブランド化、スマート農業の導入。'],
  ['fisheries', '水産業', '漁業と水産加工の振興、資源管理に関する取組。'],
  ['digital-transformation', 'デジタル化', '行政手続のオンライン化や地域のデジタル活用。'],
  ['childcare', '子育て支援', '保育や子育て世帯への支援に関する施策。'],
  ['education', '教育', '学校教育や生涯学習に関する取組。'],
  ['health', '健康づくり', '住民の健康増進や医療との連携。'],
  ['elderly-care', '高齢者福祉', '高齢者の見守りや介護に関する施策。'],
  ['environment', '環境', '脱炭素や資源循環、自然環境の保全。'],
  ['energy', 'エネルギー', '再生可能エネルギーの導入や地域の電力に関する取組。'],
  ['transport', '交通', '地域公共交通の維持や新しい移動サービス。'],
  ['housing', '住まい', '空き家の活用や移住者向けの住まいに関する施策。'],
  ['migration', '移住・定住', '移住の相談や定住につながる支援。'],
  ['culture', '文化・芸術', '文化財の保存や芸術活動の振興。'],
  ['sports', 'スポーツ', 'スポーツによるまちづくりや大会の開催。'],
  ['industry-promotion', '産業振興', '地場産業の振興や企業誘致に関する取組。'],
  ['startups', '創業支援', '起業する人への相談や資金、拠点の支援。'],
  ['international', '国際交流', '海外の都市との交流や多文化共生の取組。'],
  ['public-safety', '安全・安心', '防犯や交通安全など暮らしの安全に関する取組。'],
];

/** Declarations sponsored by associations: [id, name, purpose]. */
export const declarations: readonly (readonly [string, string, string])[] = [
  [
    'work-style-reform-pledge',
    '働き方改革推進宣言',
    '長時間労働を見直し、生産性と働きやすさを両立する職場づくりを進めることを表明する宣言。',
  ],
  [
    'paternity-leave-pledge',
    '男性育休取得推進宣言',
    '男性社員の育児休業の取得を推進し、取得しやすい職場風土をつくることを表明する宣言。',
  ],
  [
    'return-to-work-pledge',
    '再就職応援宣言',
    '育児や介護で仕事を離れた人の再就職と活躍を応援することを表明する宣言。',
  ],
  [
    'health-management-pledge',
    '健康経営宣言',
    '従業員の健康づくりを経営の課題として位置付け、計画的に取り組むことを表明する宣言。',
  ],
  [
    'carbon-neutral-pledge',
    'ゼロカーボン宣言',
    '事業活動から出る温室効果ガスの排出を実質ゼロにすることを目指す宣言。',
  ],
  [
    'diversity-pledge',
    'ダイバーシティ推進宣言',
    '性別や年齢、国籍にかかわらず多様な人材が活躍できる職場をつくることを表明する宣言。',
  ],
  [
    'youth-employment-pledge',
    '若者雇用応援宣言',
    '地元の若者の採用と育成に力を入れ、定着を支えることを表明する宣言。',
  ],
  [
    'disaster-cooperation-pledge',
    '災害時協力宣言',
    '災害が起きたときに物資や人員で地域を支えることを表明する宣言。',
  ],
];

/** Press-office departments for contacts. */
export const departments = [
  '総務部 広報課',
  '企画政策部 秘書広報課',
  '市長公室 広報広聴課',
  '産業振興部 商工観光課',
  '総合政策部 政策企画課',
  '子ども未来部 子育て支援課',
  '建設部 都市計画課',
  '危機管理部 防災対策課',
];

export const companyDepartments = [
  '広報部',
  '経営企画部 広報担当',
  '総務部 広報グループ',
  'コーポレートコミュニケーション部',
];

/** Release headline patterns. {city} {org} {topic} {thing} are filled in. */
export const headlines = [
  '{city}と{org}、{topic}に関する連携協定を締結',
  '{city}が「{thing}」を開始します',
  '{org}が{city}で{topic}の実証事業を始めます',
  '{city}、{topic}の新たな計画を策定しました',
  '「{thing}」の参加者を募集します（{city}）',
  '{city}の{topic}の取組が全国の表彰を受けました',
  '{org}、{city}に新しい拠点を開設',
  '{city}で{topic}をテーマにしたシンポジウムを開催します',
  '{city}と{org}が{topic}の推進で協力',
  '{topic}に関する{city}の調査結果を公表します',
];

export const things = [
  '地域の働き方応援事業',
  'まちの魅力発信プロジェクト',
  '子育て応援パスポート',
  '移住お試し住宅',
  'デジタル窓口サービス',
  '地元企業インターンシップ',
  'みんなの防災講座',
  'ふるさと就職フェア',
  'シニアの学び直し講座',
  '地域交通の実証運行',
  '商店街にぎわい事業',
  '農業の担い手育成塾',
];

/**
 * Sentence patterns for bodies, written for the benchmark. {city} {org} {topic} {thing}
 * {date} {n} {pref} are filled in; no MDX-special characters (braces, angle brackets) remain.
 */
export const sentences = [
  '{city}は{date}、{org}と{topic}の分野で協力していくことを発表しました。',
  '今回の取組は、{city}が進めてきた{topic}の施策を一段と広げるものです。',
  '{org}はこれまでに全国{n}か所以上で同様の事業を手がけてきました。',
  '市内の事業者や住民からは、{topic}に関する相談が年々増えています。',
  '事業の期間は3年間で、初年度は{n}人程度の参加を見込んでいます。',
  '{city}の担当者は、地域の実情に合った仕組みを住民と一緒につくりたいと話しています。',
  '説明会はオンラインでも配信し、後日、録画を市の公式サイトで公開します。',
  '{pref}内の自治体でこうした取組を行うのは初めてです。',
  '参加費は無料で、事前の申し込みが必要です。',
  '成果は報告書にまとめ、ほかの地域でも活用できるよう公開する予定です。',
  '{org}の代表は、地域の企業と人材をつなぐ役割を果たしたいと述べました。',
  '市は今後、関係する団体と協議会を設け、進み具合を年に2回確認します。',
  '昨年度の調査では、回答した事業所の約{n}%が人手不足を感じていると答えました。',
  '{thing}は、住民の声をもとに内容を見直しながら続けていきます。',
  'これまでの取組で得た知見を生かし、対象を市内全域に広げます。',
  '詳しい日程と会場は、決まり次第お知らせします。',
  '高校生や大学生など若い世代にも参加を呼びかけます。',
  '事業の一部には国の交付金を活用します。',
  '{city}と{org}は、取組の成果を共同で発信していく考えです。',
  '地域に根付いた企業の魅力を、市外の求職者にも届けることを目指しています。',
  '相談窓口は平日の午前9時から午後5時まで受け付けています。',
  '会場では、地元の事業者による展示や体験コーナーも設けます。',
  '取組の進め方については、有識者の意見も取り入れます。',
  '{topic}は市の総合計画でも重点分野に位置付けられています。',
];

export const sectionHeadings = [
  '背景',
  '取組の概要',
  '主な内容',
  '今後の予定',
  '関係者のコメント',
  'これまでの経緯',
  '参加の方法',
  '事業の目的',
];

export const listItems = [
  '対象：市内に事業所を置く企業・団体',
  '定員：先着{n}人',
  '費用：無料',
  '申込方法：市の公式サイトの申込フォーム',
  '主催：{city}',
  '共催：{org}',
  '会場：{city}役所 大会議室',
  '形式：会場とオンラインの併用',
  '内容：講演、事例紹介、意見交換',
  '締切：開催日の1週間前',
];

export const surnames = [
  '佐藤',
  '鈴木',
  '高橋',
  '田中',
  '伊藤',
  '渡辺',
  '山本',
  '中村',
  '小林',
  '加藤',
  '吉田',
  '山口',
  '松本',
  '井上',
  '木村',
  '林',
  '清水',
  '山崎',
  '森',
  '池田',
];
export const givenNames = [
  '一郎',
  '健太',
  '直樹',
  '和子',
  '陽子',
  '誠',
  '恵美',
  '博之',
  '由美',
  '隆',
  '美穂',
  '大輔',
  '智子',
  '浩二',
  '真理',
];

/** National associations that sponsor the declarations: [id, name, short]. */
export const sponsors: readonly (readonly [string, string, string])[] = [
  ['work-network', '一般社団法人はたらき方ネットワーク', 'はたらき方ネット'],
  ['family-support-network', '一般社団法人子育て応援企業協議会', '子育て応援協'],
  ['green-business-forum', '一般社団法人グリーンビジネスフォーラム', 'GBF'],
  ['regional-employment-council', '公益社団法人地域雇用推進協議会', '地域雇用協'],
];
