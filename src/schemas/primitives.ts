/**
 * Shared value types for every collection. Messages are written for the editor who has to fix
 * the file: they say what is expected and give an example.
 */
import { z } from 'astro/zod';
import { isValidMunicipalCode } from '../lib/municipal-code.ts';
import { joinWrappedJapanese } from '../lib/text.ts';

export const collectionNames = [
  'releases',
  'agreements',
  'cities',
  'declarations',
  'organizations',
  'topics',
  // The English edition (content/en/): summaries of Japanese entries and English names.
  'englishSummaries',
  'englishNames',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/** Ids are file paths without extension: lower-case ASCII words joined by hyphens, `/` between folders. */
export const entryIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/**
 * The ids that exist while the corpus check parses entries. Set only by `withKnownIds`; inside
 * Astro's own content sync it is unset, because the check has already run before the build.
 */
let knownIds: ReadonlyMap<CollectionName, ReadonlySet<string>> | undefined;

/** Parses with reference checking against the given ids, so a dangling reference is a schema error. */
export function withKnownIds<T>(ids: ReadonlyMap<CollectionName, ReadonlySet<string>>, parse: () => T): T {
  const previous = knownIds;
  knownIds = ids;
  try {
    return parse();
  } finally {
    knownIds = previous;
  }
}

/**
 * A reference to another entry. The output mirrors Astro's `reference()` ({ collection, id }),
 * but unlike Astro's, a missing target is an error, reported with the field it sits in.
 */
export function ref<C extends CollectionName>(collection: C) {
  return z
    .string({ error: `${collection} の id を文字列で書いてください` })
    .regex(entryIdPattern, {
      error: `${collection} の id は英小文字・数字・ハイフンのファイル名です（例: kamaishi）`,
      abort: true,
    })
    .refine((id) => knownIds?.get(collection)?.has(id) ?? true, {
      error: (issue) =>
        `${collection} に "${String(issue.input)}" がありません。id の綴りを確認するか、先にそのエントリを作ってください`,
    })
    .transform((id) => ({ collection, id }));
}
type Ref<C extends CollectionName = CollectionName> = { collection: C; id: string };

/**
 * A reference written with its collection, `releases/2026/soma-three-declarations`, for fields
 * that may point into more than one collection (the English edition's `japanese`).
 */
export function refIn<C extends CollectionName>(collections: readonly C[], example: string) {
  const pattern = new RegExp(`^(${collections.join('|')})/(.+)$`);
  const hint = `${collections.join(' か ')} のエントリを「コレクション名/id」で書いてください（例: ${example}）`;
  return z
    .string({ error: hint })
    .regex(pattern, { error: hint, abort: true })
    .transform((value) => {
      const [, collection, id] = pattern.exec(value) as unknown as [string, C, string];
      return { collection, id };
    })
    .refine(({ collection, id }) => knownIds?.get(collection)?.has(id) ?? true, {
      error: (issue) => {
        const { collection, id } = issue.input as Ref;
        return `${collection}/${id} というエントリがありません。コレクション名と id の綴りを確認してください（例: ${example}）`;
      },
    });
}

/**
 * Formatting markup in a plain-text field is an editor's mistake: it would show literally
 * ("<br>", "&amp;"). This is help, not a security filter: every other text, `<script>` included,
 * is ordinary text and escaped in every output (tests/build/escaping.test.ts).
 */
const formattingTag =
  /<\/?(?:a|b|br|div|em|font|i|mark|p|rp|rt|ruby|s|small|span|strong|sub|sup|u)(?:\s[^<>]*)?\/?>/i;
const characterReference = /&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i;

export const nonEmptyText = (max = 2000) =>
  z
    .string({ error: '文字列を書いてください' })
    .trim()
    .min(1, { error: '空にはできません' })
    .max(max, { error: `${max} 文字以内にしてください` })
    // Control characters (other than tab and newline) are invisible and break feeds and CSV.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), {
      error: '制御文字が含まれています。削除してください',
    })
    .refine((s) => !formattingTag.test(s), {
      error: (issue) =>
        `HTMLのタグ ${formattingTag.exec(String(issue.input))?.[0] ?? ''} は使えません。この項目は書式なしの文字列なので、タグを削除してください（改行や強調は本文で）`,
    })
    .refine((s) => !characterReference.test(s), {
      error: (issue) =>
        `HTMLの文字参照 ${characterReference.exec(String(issue.input))?.[0] ?? ''} は使えません。その文字をそのまま書いてください（&amp; → &）`,
    })
    // YAML's folded text joins wrapped lines with a space; between Japanese characters that space
    // is an artefact, so it goes here, once, before the text reaches any output (HTML, feeds,
    // JSON, CSV, calendars).
    .transform(joinWrappedJapanese);

/** 全国地方公共団体コード: five digits plus a check digit. */
export const municipalCode = z
  .string({
    error: '全国地方公共団体コードは引用符で囲んだ6桁の文字列で書いてください（例: "032115"）',
  })
  .regex(/^\d{6}$/, { error: '全国地方公共団体コードは6桁の数字です（例: "032115"）', abort: true })
  .refine(isValidMunicipalCode, {
    error: '全国地方公共団体コードの検査数字（6桁目）が合いません。総務省のコード表で確認してください',
  });

/** A mobile number (070, 080, 090): a person's, never published (pages check it again). */
export const isMobileNumber = (phone: string): boolean => /^0[789]0/.test(phone);
/** A Japanese fixed-line, IP or toll-free number written with hyphens, e.g. 0193-27-8463. */
export const phoneNumber = z
  .string({ error: '電話番号を文字列で書いてください（例: "0193-27-8463"）' })
  .regex(/^0\d{1,4}-\d{1,4}-\d{3,4}$/, {
    error: '電話番号はハイフン区切りで書いてください（例: 0193-27-8463）',
  })
  .refine((s) => /^0\d{9,10}$/.test(s.replaceAll('-', '')), {
    error: '電話番号の桁数が合いません（市外局番から10桁、または11桁）',
  });

/** Press contacts are organisational: a person's mobile number is never published. */
export const officePhoneNumber = phoneNumber.refine((s) => !isMobileNumber(s), {
  error: '携帯電話番号は掲載できません。部署の固定電話番号を書いてください',
});

export const email = z.email({ error: 'メールアドレスの形式ではありません（例: press@city.example.lg.jp）' });

/** Characters a URL may hold as written; anything else a URL parser would percent-encode. */
const urlCharacters = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;

export const httpsUrl = z
  .string({ error: 'https:// で始まるURLを書いてください' })
  .superRefine((raw, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message, input: raw });
    if (/\s/.test(raw)) return fail('URLに空白が含まれています。空白を取り除くか %20 に置き換えてください');
    const bad = [...raw].find((c) => !urlCharacters.test(c));
    if (bad !== undefined) {
      let encoded = '';
      try {
        encoded = `（${new URL(raw).href}）`;
      } catch {
        // not a URL at all; the message below is enough
      }
      return fail(`URLに「${bad}」が含まれています。パーセントエンコードした形${encoded}で書いてください`);
    }
    if (/%(?![0-9A-Fa-f]{2})/.test(raw)) return fail('URLの % の後には16進数2桁が必要です（例: %20）');
    if (!z.url({ protocol: /^https$/, hostname: z.regexes.domain }).safeParse(raw).success)
      fail('https:// で始まるURLを書いてください');
  });

const instantExample = '2026-06-16T10:00:00+09:00';
const dayExample = '2026-06-16';
const isoInstant = z.iso.datetime({ offset: true });
const isoDay = z.iso.date();
const dayPart = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;
const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * What is wrong with a date or date-time, said for the shape the editor actually wrote: an
 * impossible day is called impossible (not "add an offset"), a time without an offset is told to
 * add one (not "write a day").
 */
function momentProblem(raw: unknown, acceptDay: boolean): string | undefined {
  const example = acceptDay ? `${instantExample}、または日付だけなら ${dayExample}` : instantExample;
  if (typeof raw !== 'string') return `引用符で囲まず ${example} の形で書いてください`;
  const day = dayPart.exec(raw)?.[1];
  if (day === undefined) return `日時は ${example} の形で書いてください`;
  if (!isoDay.safeParse(day).success)
    return `${day} は存在しない日付です。月と日を確認してください（例: ${dayExample}）`;
  if (raw === day)
    return acceptDay
      ? undefined
      : `時刻と時差も書いてください（例: ${day}T10:00:00+09:00）。公開・解禁は時刻で決まります`;
  if (!hasOffset.test(raw))
    return `時差（+09:00）がありません。${raw}+09:00 のように日本時間の時差を付けてください`;
  if (!isoInstant.safeParse(raw).success)
    return `時刻の形式が違います。${instantExample} の形で書いてください`;
  return undefined;
}

function momentSchema(acceptDay: boolean) {
  return z.unknown().superRefine((raw, ctx) => {
    const message = momentProblem(raw, acceptDay);
    if (message !== undefined) ctx.addIssue({ code: 'custom', message, input: raw });
  });
}

/**
 * An instant with an explicit offset (an embargo, a build instant). Front matter reaches the
 * schemas as the editor wrote it (see src/content.config.ts), so a timestamp is a string here.
 */
export const dateTime = momentSchema(false).transform((v) => new Date(v as string));

/**
 * A moment at the precision the source gives: an instant with an offset, or a day (YYYY-MM-DD)
 * when the source gives no time. A day stays a string, so no output can invent a time for it
 * (src/lib/japan-time.ts).
 */
export const moment = momentSchema(true).transform((v): Date | string =>
  (v as string).includes('T') ? new Date(v as string) : (v as string),
);

/** A calendar day, YYYY-MM-DD, with no time zone (a signing date, a mayor's as-of date). */
export const isoDate = z.iso.date({ error: `日付は YYYY-MM-DD で書いてください（例: ${dayExample}）` });

/** A month, YYYY-MM, for facts the sources give only to the month (2016年3月). */
export const yearMonth = z
  .string({ error: '年月は引用符で囲んで "YYYY-MM" と書いてください（例: "2016-03"）' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '年月は YYYY-MM で書いてください（例: "2016-03"）' });

/** A year, a month or a day: the precision the source gives. */
export const partialDate = z.union([isoDate, yearMonth, z.string().regex(/^\d{4}$/)], {
  error: '日付は "YYYY"、"YYYY-MM" または YYYY-MM-DD で書いてください',
});

/** Where a fact comes from: a release on this site, an external page, or both. */
export const source = z
  .object({
    release: ref('releases').optional(),
    url: httpsUrl.optional(),
    title: nonEmptyText(200).optional(),
  })
  .strict()
  .refine((s) => s.release !== undefined || s.url !== undefined, {
    error: '出典には release（このサイトのリリースid）か url のどちらかが必要です',
  });
