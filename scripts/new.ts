/**
 * npm run new [-- KIND] [--flag value …]: scaffolds a release, agreement, city, declaration or
 * organization. Asks for whatever the flags leave out (in a terminal), or, without a terminal,
 * lists the missing flags. Never overwrites a file, and writes only what passes the corpus check.
 *
 *   npm run new -- release --slug soma-lecture --title … --lead … \
 *     --published 2026-06-24T10:00:00+09:00 --publisher soma-city --city soma \
 *     --department 秘書課 --email koho@city.soma.example.jp
 *
 * --content-dir DIR (or PRESSROOM_CONTENT_DIR) writes into another content folder;
 * a release is a draft unless --no-draft is given.
 */
import * as p from '@clack/prompts';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirFromEnv } from '../src/lib/corpus/layout.ts';
import { formatProblem } from '../src/lib/corpus/problem.ts';
import {
  checkAnswer,
  checkScaffold,
  existingEntries,
  kindCollection,
  kindLabel,
  missingAnswers,
  questions,
  scaffold,
  scaffoldKinds,
  type Answers,
  type Question,
  type ScaffoldKind,
} from '../src/lib/scaffold.ts';

const flags = [...new Set(Object.values(questions).flatMap((qs) => qs.map((q) => q.flag)))];

function usage(): string {
  return [
    '使い方: npm run new -- <種類> [--項目 値 …] [--content-dir DIR] [--no-draft]',
    '',
    ...scaffoldKinds.map(
      (k) =>
        `  ${k}（${kindLabel[k]}）: ${questions[k].map((q) => (q.optional ? `[--${q.flag}]` : `--${q.flag}`)).join(' ')}`,
    ),
    '',
    '足りない項目は、端末から実行すると順に尋ねます。id の一覧を取る項目（--publisher など）は',
    '繰り返すか、カンマで区切って書けます。',
  ].join('\n');
}

/** Ends with a message and no stack trace: the editor needs the what and the how, not the where. */
function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    allowNegative: true,
    options: {
      ...Object.fromEntries(flags.map((f) => [f, { type: 'string', multiple: true }] as const)),
      'content-dir': { type: 'string' },
      draft: { type: 'boolean', default: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
try {
  args = parse();
} catch (e) {
  fail(`オプションを読めません（${(e as Error).message}）。綴りを確認してください\n\n${usage()}`, 2);
}
if (args.values.help) {
  console.log(usage());
  process.exit(0);
}

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const contentDir = args.values['content-dir'] ?? contentDirFromEnv();
if (!existsSync(contentDir))
  fail(`コンテンツのフォルダ ${contentDir} がありません。--content-dir を確認してください`);
const ids = existingEntries(contentDir);

function cancelled(): never {
  p.cancel('中止しました。ファイルは作っていません。');
  process.exit(1);
}

async function askKind(): Promise<ScaffoldKind> {
  const given = args.positionals[0];
  if (given) {
    if ((scaffoldKinds as readonly string[]).includes(given)) return given as ScaffoldKind;
    fail(
      `「${given}」は作れません。${scaffoldKinds.join(' / ')} のいずれかを指定してください\n\n${usage()}`,
      2,
    );
  }
  if (!interactive) fail(`作るものの種類を指定してください\n\n${usage()}`, 2);
  const kind = await p.select({
    message: '何を作りますか',
    options: scaffoldKinds.map((k) => ({ value: k, label: `${kindLabel[k]}（${k}）` })),
  });
  if (p.isCancel(kind)) cancelled();
  return kind;
}

/** Answers from the flags: ids may be comma-separated; a repeated single-value flag keeps the last. */
function answersFromFlags(kind: ScaffoldKind): Answers {
  const answers: Answers = {};
  for (const q of questions[kind]) {
    const values = (args.values as Record<string, unknown>)[q.flag] as string[] | undefined;
    if (!values) continue;
    answers[q.flag] = q.list
      ? values
          .flatMap((v) => (q.refersTo ? v.split(',') : [v]))
          .map((v) => v.trim())
          .filter(Boolean)
      : values.at(-1);
  }
  const unknown = Object.keys(args.values).filter(
    (f) => flags.includes(f) && !questions[kind].some((q) => q.flag === f),
  );
  if (unknown.length)
    fail(`${kind} には ${unknown.map((f) => `--${f}`).join(' ')} はありません\n\n${usage()}`, 2);
  return answers;
}

async function ask(q: Question): Promise<string | string[]> {
  const known = q.refersTo ? ids.get(q.refersTo) : undefined;
  const choices = q.choices ?? (known ? [...known.keys()].sort() : undefined);
  const label = (c: string) => (known?.get(c) && known.get(c) !== c ? `${c}（${known.get(c)}）` : c);
  if (choices && q.list) {
    const picked = await p.multiselect({
      message: q.label,
      options: choices.map((c) => ({ value: c, label: label(c) })),
      required: q.list.min > 0,
    });
    if (p.isCancel(picked)) cancelled();
    if (picked.length < q.list.min) fail(`${q.label}: ${q.list.min} 件以上選んでください`);
    return picked;
  }
  if (choices) {
    const options = choices.map((c) => ({ value: c, label: label(c) }));
    const picked = await p.select({
      message: q.label,
      options: q.optional ? [{ value: '', label: '（なし）' }, ...options] : options,
    });
    if (p.isCancel(picked)) cancelled();
    return picked;
  }
  const value = await p.text({
    message: q.label,
    placeholder: q.example,
    validate: (v) => (q.optional && !v ? undefined : checkAnswer(q, v ?? '', ids)),
  });
  if (p.isCancel(value)) cancelled();
  return q.list ? [value] : value;
}

if (interactive) p.intro('地域プレスルーム: 新しいエントリ');
const kind = await askKind();
const collection = kindCollection[kind];
const answers = answersFromFlags(kind);

// Flags are checked like typed answers, so a mistake is reported before anything is asked.
const wrong = questions[kind].flatMap((q) =>
  [answers[q.flag]].flat().flatMap((v) => {
    const why = v === undefined || v === '' ? undefined : checkAnswer(q, v, ids);
    return why ? [`--${q.flag} ${v}: ${why}`] : [];
  }),
);
if (wrong.length) fail(wrong.join('\n'));

const missing = missingAnswers(kind, answers);
if (missing.length && !interactive)
  fail(
    `足りない項目があります: ${missing.map((q) => `--${q.flag}（${q.label}）`).join('、')}\n\n${usage()}`,
    2,
  );
// Asking starts only when something required is missing; then every open question is asked.
if (missing.length)
  for (const q of questions[kind]) {
    if (answers[q.flag] !== undefined) continue;
    const value = await ask(q);
    if (value.length > 0) answers[q.flag] = value;
  }

const entry = scaffold(kind, answers, { draft: args.values.draft });
const file = path.join(contentDir, entry.rel);
if (existsSync(file)) fail(`${file} は既にあります。上書きはしません。別の --slug を指定してください`);
if (ids.get(collection)?.has(entry.id))
  fail(
    `${collection} の id "${entry.id}" は既に使われています（拡張子の違うファイル）。別の --slug を指定してください`,
  );

const problems = checkScaffold(contentDir, entry);
if (problems.length)
  fail(
    `${problems.map(formatProblem).join('\n')}\n\nこの内容ではチェックを通らないため、ファイルは作っていません。`,
  );

mkdirSync(path.dirname(file), { recursive: true });
try {
  // 'wx': fail rather than overwrite, even if the file appeared since the check above.
  writeFileSync(file, entry.text, { flag: 'wx' });
} catch (e) {
  fail(`${file} を書けませんでした（${(e as NodeJS.ErrnoException).code}）。上書きはしません`);
}
const done = [
  `${file} を作りました。`,
  ...(kind === 'release' && args.values.draft
    ? ['下書き（draft: true）です。公開するときは draft の行を消してください。']
    : []),
  '内容を書き足したら npm run check で確認できます。',
].join('\n');
if (interactive) p.outro(done);
else console.log(done);
