/**
 * The Japanese search query suite over the real content. Each query says which pages a reader
 * must see in the top three, which page must come first when there is one right answer, which
 * pages must not come first (a page that merely mentions the words) and which must not appear at
 * all (pages that do not contain the words: the precision failures of pagefind#1237).
 */
export interface SearchCase {
  query: string;
  why: string;
  top3?: string[];
  first?: string;
  notFirst?: string[];
  none?: string[];
}

const r2020 = '/releases/2020/kamaishi-jmam-workation-agreement/';
const r2026 = '/releases/2026/soma-three-declarations/';
const agreement = '/agreements/kamaishi-jmam-workation/';

export const searchCases: SearchCase[] = [
  {
    query: '釜石',
    why: 'place name without 市: the city, its government and its agreement',
    top3: ['/cities/kamaishi/', '/organizations/kamaishi-city/'],
    none: [r2026, '/cities/soma/'],
  },
  {
    query: '釜石市',
    why: 'the city by its full name',
    first: '/cities/kamaishi/',
    top3: ['/organizations/kamaishi-city/'],
  },
  {
    query: '相馬市',
    why: 'the city, its government and its release',
    top3: ['/cities/soma/', '/organizations/soma-city/', r2026],
    none: [r2020, '/cities/kamaishi/'],
  },
  {
    query: '育休',
    why: 'a fragment of 男性育休: the declaration, not the pages that never say it',
    first: '/declarations/paternity-leave-100/',
    top3: [r2026],
    none: [r2020, '/cities/kamaishi/', agreement],
  },
  {
    query: '男性育休',
    why: 'the declaration by its short name',
    first: '/declarations/paternity-leave-100/',
  },
  {
    query: '男性育休100%宣言',
    why: 'the declaration by its full name, with digits and a symbol',
    first: '/declarations/paternity-leave-100/',
    notFirst: [r2026],
  },
  {
    query: 'ワーケーション',
    why: 'katakana term: the release and the agreement about it',
    top3: [r2020, agreement],
    none: [r2026, '/cities/soma/'],
  },
  {
    query: '女性の再就職',
    why: 'phrase with a particle: the declaration, not the cities that are only listed in it',
    first: '/declarations/womens-reemployment/',
    notFirst: ['/cities/fukushima/', '/cities/higashiyamato/', '/cities/nakano/'],
  },
  {
    query: '再就職',
    why: 'a word the query segmenter splits into 再 + 就職',
    first: '/declarations/womens-reemployment/',
    none: [r2020, '/cities/kamaishi/'],
  },
  {
    query: '女性の再就職応援宣言',
    why: 'the declaration by its full name',
    first: '/declarations/womens-reemployment/',
  },
  {
    query: '働き方改革加速宣言',
    why: 'the third declaration by its full name',
    first: '/declarations/work-style-reform-acceleration/',
    notFirst: ['/declarations/paternity-leave-100/', '/declarations/womens-reemployment/'],
  },
  {
    query: '阿部勝弘',
    why: "a person's name: the mayor of Soma",
    top3: ['/cities/soma/', r2026],
    none: [r2020],
  },
  {
    query: '小室淑恵',
    why: "a person's name: the head of ワーク・ライフバランス",
    top3: ['/organizations/work-life-balance/', r2026],
  },
  {
    query: 'JMAM',
    why: 'an abbreviation: the organization it stands for comes first',
    first: '/organizations/jmam/',
    top3: [r2020],
  },
  {
    query: '日本能率協会マネジメントセンター',
    why: 'a long company name that contains another organization’s name',
    first: '/organizations/jmam/',
    notFirst: ['/organizations/jma/', agreement],
  },
  {
    query: '日本能率協会',
    why: 'the parent association, whose name is a prefix of JMAM’s',
    first: '/organizations/jma/',
    top3: ['/organizations/jmam/'],
  },
  {
    query: 'ワークライフバランス',
    why: 'company name typed without its middle dot',
    first: '/organizations/work-life-balance/',
  },
  {
    query: 'ワーク・ライフバランス',
    why: 'company name as written',
    first: '/organizations/work-life-balance/',
  },
  {
    query: 'レジリエンス',
    why: 'katakana programme theme',
    top3: [agreement, r2020],
    none: [r2026],
  },
  {
    query: '鉄の産業史',
    why: 'a course of the programme; the city page mentions 鉄 and 産業 far more often',
    first: agreement,
    notFirst: ['/cities/kamaishi/'],
  },
  {
    query: 'オープンシティ戦略',
    why: "the city's strategy",
    first: '/cities/kamaishi/',
  },
  {
    query: 'かまいし',
    why: 'the reading of 釜石 in hiragana',
    top3: ['/cities/kamaishi/'],
    none: ['/cities/soma/'],
  },
  {
    query: 'そうま',
    why: 'the reading of 相馬 in hiragana',
    first: '/cities/soma/',
  },
  {
    query: 'Kamaishi',
    why: 'the English name of the city',
    first: '/cities/kamaishi/',
  },
  {
    query: '032115',
    why: "Kamaishi's 全国地方公共団体コード",
    first: '/cities/kamaishi/',
  },
  {
    query: '中野区',
    why: 'a ward and its government, both signatories of a declaration',
    top3: ['/cities/nakano/', '/organizations/nakano-city/'],
  },
  {
    query: '橋野鉄鉱山',
    why: 'a heritage site named only on the city page and in the release',
    first: '/cities/kamaishi/',
    top3: [r2020],
  },
  {
    query: '協定締結式',
    why: 'the signing ceremony (an event of the 2020 release)',
    first: r2020,
    top3: [agreement],
  },
  {
    query: '記者会見',
    why: 'the press conference of the 2026 release',
    first: r2026,
  },
  {
    query: '人手不足',
    why: 'a compound the query segmenter keeps whole',
    first: r2026,
    none: [r2020],
  },
  {
    query: 'パソナ',
    why: 'part of a company name',
    first: '/organizations/pasona-tohoku-sosei/',
  },
  {
    query: '妙高',
    why: 'a city named once in a release',
    first: '/cities/myoko/',
  },
  {
    query: 'here there',
    why: 'an English programme name',
    top3: ['/organizations/jmam/', r2020],
  },
];
