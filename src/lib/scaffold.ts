/**
 * What `npm run new` asks for each kind of entry, and how it turns the answers into a file that
 * passes the corpus check at once: the answers are checked with the same schemas, and the
 * written text is read back through the same parser and validation as `npm run check`.
 */
import type { z } from 'astro/zod';
import path from 'node:path';
import { stringify } from 'yaml';
import { agreementSchema } from '../schemas/agreements.ts';
import { citySchema } from '../schemas/cities.ts';
import { declarationSchema } from '../schemas/declarations.ts';
import { organizationKinds, organizationSchema } from '../schemas/organizations.ts';
import {
  moment,
  email,
  entryIdPattern,
  isoDate,
  nonEmptyText,
  officePhoneNumber,
  type CollectionName,
} from '../schemas/primitives.ts';
import { releaseKinds, releaseSchema } from '../schemas/releases.ts';
import { parseYaml, splitFrontMatter } from './corpus/front-matter.ts';
import { contentLayout } from './corpus/layout.ts';
import type { Problem } from './corpus/problem.ts';
import { displayPath, readCorpus, type RawEntry } from './corpus/read.ts';
import { validateEntries } from './corpus/validate.ts';
import { yearInJapan } from './japan-time.ts';

export const scaffoldKinds = ['release', 'agreement', 'city', 'declaration', 'organization'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

export const kindCollection = {
  release: 'releases',
  agreement: 'agreements',
  city: 'cities',
  declaration: 'declarations',
  organization: 'organizations',
} as const satisfies Record<ScaffoldKind, CollectionName>;

export const kindLabel: Record<ScaffoldKind, string> = {
  release: '報道発表',
  agreement: '連携協定',
  city: '市区町村',
  declaration: '宣言',
  organization: '組織',
};

export interface Question {
  /** The command-line flag (`--title`) and the answer's key. */
  flag: string;
  label: string;
  example?: string;
  optional?: boolean;
  /** The answer is a list with at least this many items (flags repeat or take commas for ids). */
  list?: { min: number };
  /** The answer is the id of an existing entry of this collection. */
  refersTo?: CollectionName;
  choices?: readonly string[];
  /** Checks one answer (one item of a list) with the schema of the field it fills. */
  schema?: z.ZodType;
}

const slug: Question = {
  flag: 'slug',
  label: 'ファイル名（英小文字・数字・ハイフン。URLになります）',
  example: 'soma-kickoff-lecture',
};

export const questions: Record<ScaffoldKind, Question[]> = {
  release: [
    slug,
    { flag: 'title', label: 'タイトル', schema: releaseSchema.shape.title },
    { flag: 'lead', label: 'リード文（要旨）', schema: releaseSchema.shape.lead },
    {
      flag: 'published',
      label: '公開日（YYYY-MM-DD）、または時刻まで決まっていれば時差付きの日時',
      example: '2026-06-16T10:00:00+09:00',
      schema: moment,
    },
    {
      flag: 'kind',
      label:
        '種類（original: 発表者自身の言葉で発表する／digest: 他で発表された報道発表をこのサイトが要約する。省略すると original）',
      choices: releaseKinds,
      optional: true,
    },
    { flag: 'publisher', label: '発表者（組織の id）', list: { min: 1 }, refersTo: 'organizations' },
    { flag: 'city', label: '関係する市区町村（id）', list: { min: 0 }, refersTo: 'cities', optional: true },
    {
      flag: 'contact-organization',
      label: '問い合わせ先の組織（id。省略すると最初の発表者）',
      refersTo: 'organizations',
      optional: true,
    },
    { flag: 'department', label: '問い合わせ先の部署', example: '広報課', schema: nonEmptyText(120) },
    {
      flag: 'email',
      label: '部署のメールアドレス（email か phone の少なくとも一方）',
      optional: true,
      schema: email,
    },
    {
      flag: 'phone',
      label: '部署の固定電話番号',
      example: '0000-00-0000',
      optional: true,
      schema: officePhoneNumber,
    },
  ],
  agreement: [
    slug,
    { flag: 'title', label: '協定の名前', schema: agreementSchema.shape.title },
    { flag: 'kind', label: '協定の種類', example: '連携協定', schema: agreementSchema.shape.kind },
    { flag: 'summary', label: '要約', schema: agreementSchema.shape.summary },
    { flag: 'party', label: '当事者（組織の id、2者以上）', list: { min: 2 }, refersTo: 'organizations' },
    { flag: 'signed', label: '締結日', example: '2020-05-21', schema: isoDate },
    { flag: 'method', label: '締結の方法', choices: ['online', 'in-person'] },
    { flag: 'city', label: '関係する市区町村（id）', list: { min: 1 }, refersTo: 'cities' },
    { flag: 'scope', label: '協定の内容（1項目）', list: { min: 1 }, schema: nonEmptyText(200) },
  ],
  city: [
    slug,
    { flag: 'name', label: '名前', example: '相馬市', schema: citySchema.shape.name },
    { flag: 'reading', label: '読み（ひらがな）', example: 'そうまし', schema: citySchema.shape.reading },
    { flag: 'name-en', label: '英語の名前', example: 'Soma City', schema: citySchema.shape.nameEn },
    { flag: 'prefecture', label: '都道府県', example: '福島県', schema: citySchema.shape.prefecture },
    {
      flag: 'code',
      label: '全国地方公共団体コード（6桁）',
      example: '072095',
      schema: citySchema.shape.code,
    },
    { flag: 'summary', label: '概要', schema: citySchema.shape.summary },
  ],
  declaration: [
    slug,
    { flag: 'name', label: '宣言の名前', schema: declarationSchema.shape.name },
    { flag: 'sponsor', label: '主催する組織（id）', refersTo: 'organizations' },
    { flag: 'purpose', label: '目的', schema: declarationSchema.shape.purpose },
  ],
  organization: [
    slug,
    { flag: 'name', label: '名前（正式名称）', schema: organizationSchema.shape.name },
    { flag: 'kind', label: '種別', choices: organizationKinds },
    { flag: 'summary', label: '概要', schema: organizationSchema.shape.summary },
    { flag: 'city', label: '拠点の市区町村（id）', refersTo: 'cities', optional: true },
  ],
};

export type Answers = Record<string, string | string[] | undefined>;

/** The entries that exist, id → name, for reference answers and for refusing a taken id. */
export type KnownEntries = Map<CollectionName, Map<string, string>>;

export function existingEntries(contentDir: string): KnownEntries {
  const known: KnownEntries = new Map();
  for (const e of readCorpus(contentDir).entries) {
    const data = (e.data ?? {}) as Record<string, unknown>;
    const name = [data.name, data.title].find((v) => typeof v === 'string') as string | undefined;
    known.set(e.collection, (known.get(e.collection) ?? new Map()).set(e.id, name ?? e.id));
  }
  return known;
}

/** Why one answer (or one list item) is not acceptable, in the check's words; undefined if it is. */
export function checkAnswer(q: Question, value: string, ids: KnownEntries): string | undefined {
  if (q.flag === 'slug')
    return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && entryIdPattern.test(value)
      ? undefined
      : '英小文字・数字・ハイフンで書いてください（例: soma-kickoff-lecture）';
  if (q.refersTo && !ids.get(q.refersTo)?.has(value))
    return `${q.refersTo} に "${value}" がありません。id の綴りを確認するか、先にそのエントリを作ってください`;
  if (q.choices && !q.choices.includes(value)) return `${q.choices.join(' / ')} のいずれかです`;
  const result = q.schema?.safeParse(value);
  if (result && !result.success) return result.error.issues[0]?.message;
  return undefined;
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v.at(-1) : v);

/** Questions still unanswered (required ones only), after the flags. */
export function missingAnswers(kind: ScaffoldKind, answers: Answers): Question[] {
  return questions[kind].filter(
    (q) => !q.optional && (q.list ? list(answers[q.flag]).length < q.list.min : !one(answers[q.flag])),
  );
}

/** The year folder of a release: the year of its publication in Japan. */
function yearOf(published: string): string {
  const parsed = moment.safeParse(published);
  return parsed.success ? String(yearInJapan(parsed.data)) : published.slice(0, 4);
}

export interface Scaffold {
  collection: CollectionName;
  /** Path inside the content folder. */
  rel: string;
  id: string;
  text: string;
}

/** Front matter without Date objects or folded lines; ids and dates stay as the editor would type them. */
function yamlText(data: Record<string, unknown>): string {
  return stringify(data, { lineWidth: 0 });
}

/** The file type a new entry of each kind is written as (agreements, cities and declarations may use MDX). */
const extension: Record<ScaffoldKind, string> = {
  release: 'md',
  agreement: 'mdx',
  city: 'mdx',
  declaration: 'mdx',
  organization: 'yaml',
};

export function scaffold(kind: ScaffoldKind, answers: Answers, options: { draft?: boolean } = {}): Scaffold {
  const a = (flag: string) => one(answers[flag]) ?? '';
  /**
   * The answers to the kind's questions, but the slug, each under the field its flag names
   * (name-en → nameEn), in the questions' order: for the kinds whose fields are all plain text.
   */
  const fields = () =>
    Object.fromEntries(
      questions[kind]
        .filter((q) => q !== slug)
        .map((q) => [q.flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), a(q.flag)]),
    );
  const collection = kindCollection[kind];
  const layout = contentLayout[collection];
  const dir = 'dir' in layout ? layout.dir : '';
  const slugValue = a('slug');
  let data: Record<string, unknown>;
  let body: string | undefined = '';
  // Each kind's folder of the content layout; a release also in the folder of its year.
  let rel = `${dir}/${slugValue}.${extension[kind]}`;
  switch (kind) {
    case 'release': {
      const publishers = list(answers.publisher);
      const releaseKind = a('kind') || 'original';
      data = {
        kind: releaseKind,
        title: a('title'),
        lead: a('lead'),
        published: a('published'),
        ...(options.draft === false ? {} : { draft: true }),
        publishers,
        // A digest names whose release it summarises; the editor adds `url` when it is known.
        ...(releaseKind === 'digest' ? { source: { publisher: publishers[0] } } : {}),
        ...(list(answers.city).length ? { cities: list(answers.city) } : {}),
        contacts: [
          {
            organization: a('contact-organization') || publishers[0],
            department: a('department'),
            ...(a('email') ? { email: a('email') } : {}),
            ...(a('phone') ? { phone: a('phone') } : {}),
          },
        ],
      };
      body = '本文をここに書いてください。\n';
      rel = `${dir}/${yearOf(a('published'))}/${slugValue}.${extension[kind]}`;
      break;
    }
    case 'agreement':
      data = {
        title: a('title'),
        kind: a('kind'),
        summary: a('summary'),
        parties: list(answers.party),
        signed: a('signed'),
        signing: { method: a('method') },
        cities: list(answers.city),
        scope: list(answers.scope),
      };
      break;
    case 'city':
    case 'declaration':
      data = fields();
      break;
    case 'organization':
      data = {
        name: a('name'),
        kind: a('kind'),
        ...(a('city') ? { city: a('city') } : {}),
        summary: a('summary'),
      };
      body = undefined;
      break;
  }
  const yaml = yamlText(data);
  let text: string;
  if (body === undefined) text = yaml;
  else {
    // The comment keeps a scaffolded release from going out by mistake before it is finished.
    const front = yaml.replace(/^draft: true$/m, 'draft: true # 公開するときはこの行を消すか false にします');
    text = `---\n${front}---\n${body ? `\n${body}` : ''}`;
  }
  return { collection, rel, id: path.posix.relative(dir, rel).replace(/\.[^./]+$/, ''), text };
}

/**
 * Runs the corpus check over the content folder as it would be with the new file, without
 * writing it. Returns the problems of the new file (`file: field: message`).
 */
export function checkScaffold(contentDir: string, s: Scaffold): Problem[] {
  const corpus = readCorpus(contentDir);
  const file = displayPath(path.resolve(contentDir, s.rel));
  let raw: RawEntry;
  if (s.collection === 'organizations') {
    const parsed = parseYaml(s.text);
    if (!parsed.ok) return [{ file, field: '(YAML)', message: parsed.message }];
    raw = { collection: s.collection, id: s.id, file, data: parsed.value };
  } else {
    const split = splitFrontMatter(s.text);
    const parsed = split ? parseYaml(split.frontMatter, 1) : undefined;
    if (!split || !parsed?.ok)
      return [
        {
          file,
          field: '(front matter)',
          message: parsed && !parsed.ok ? parsed.message : 'フロントマターがありません',
        },
      ];
    raw = { collection: s.collection, id: s.id, file, data: parsed.value, body: split.body };
  }
  return validateEntries([...corpus.entries, raw]).problems.filter((p) => p.file === file);
}
