/**
 * The benchmark corpus: N synthetic Japanese press releases with the cities, organizations,
 * agreements, declarations and topics around them, valid under src/schemas and deterministic
 * from a seed. Written into a folder the caller names (a temporary one), never into content/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { municipalCodeCheckDigit } from '../../src/lib/municipal-code.ts';
import { createRandom, type Random } from './prng.ts';
import * as vocab from './vocabulary.ts';

export interface CorpusOptions {
  releases: number;
  seed?: number;
  /** Share of releases written as .mdx (the rest are .md). */
  mdxShare?: number;
}

export interface CorpusSummary {
  dir: string;
  seed: number;
  releases: number;
  mdx: number;
  md: number;
  /** Releases the publishing gate hides at the benchmark's build instant (drafts, embargoes). */
  unpublished: number;
  events: number;
  cities: number;
  organizations: number;
  agreements: number;
  declarations: number;
  topics: number;
  /** A public .mdx release (path inside the content folder) to edit for the incremental rebuild. */
  editTarget: string;
}

/** The instant the benchmark builds at: every generated release up to it is public unless held back. */
export const BENCH_BUILD_TIME = '2026-11-01T00:00:00+09:00';
export const DEFAULT_SEED = 20260616;
/**
 * Releases are Markdown (.md); .mdx is for the rare release that needs a component, and costs
 * about twice as much to build (each .mdx is bundled and imported as a module).
 */
export const DEFAULT_MDX_SHARE = 0.1;

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));
// No anchors: editors never write them, and each entry should read on its own.
const yamlText = (data: unknown) => stringify(data, { lineWidth: 0, aliasDuplicateObjects: false });
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Calendar day and time in Japan for an instant, as the schemas want them written. */
function jst(ms: number) {
  const iso = new Date(ms + 9 * 3600_000).toISOString();
  return { day: iso.slice(0, 10), dateTime: `${iso.slice(0, 19)}+09:00`, year: iso.slice(0, 4) };
}
const jstDayLabel = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

interface City {
  id: string;
  name: string;
  romaji: string;
  prefecture: string;
  government: string;
  kindLabel: string;
}
interface Org {
  id: string;
  name: string;
  cityId?: string | undefined;
  kind: string;
}
interface Agreement {
  id: string;
  cityId: string;
  parties: string[];
}

interface Fill {
  city: string;
  org: string;
  topic: string;
  thing: string;
  date: string;
  pref: string;
}

function fill(rng: Random, template: string, f: Fill): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) =>
    key === 'n' ? String(rng.int(2, 9) * 10 + rng.int(0, 9)) : String(f[key as keyof Fill]),
  );
}

function paragraph(rng: Random, f: Fill, sentences: number): string {
  return Array.from({ length: sentences }, () => fill(rng, rng.pick(vocab.sentences), f)).join('');
}

function person(rng: Random) {
  return `${rng.pick(vocab.surnames)}${rng.pick(vocab.givenNames)}`;
}

export function generateCorpus(dir: string, options: CorpusOptions): CorpusSummary {
  const n = options.releases;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`releases must be a positive integer, got ${n}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const mdxShare = options.mdxShare ?? DEFAULT_MDX_SHARE;
  const rng = createRandom(seed);

  rmSync(dir, { recursive: true, force: true });
  const write = (rel: string, text: string) => {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  const writeMarkdown = (rel: string, data: unknown, body: string) =>
    write(rel, `---\n${yamlText(data)}---\n\n${body.trim()}\n`);

  // Realistic proportions for an archive of N releases: about 100 releases per profiled city
  // over the years, one company for every 25 releases, an agreement for every 40.
  const cityCount = clamp(Math.round(n / 100), 12, vocab.placeParts.length * vocab.placePrefixes.length);
  const companyCount = clamp(Math.round(n / 25), 20, 1000);
  const agreementCount = clamp(Math.round(n / 40), 4, 400);

  // --- topics -------------------------------------------------------------------------------
  const topics = vocab.topics.map(([id, name, description]) => ({ id, name, description }));
  write('topics.yaml', yamlText(topics));

  // --- cities and their governments ------------------------------------------------------------
  const cities: City[] = [];
  const orgs: Org[] = [];
  const orgFiles = new Map<string, Record<string, unknown>>();
  const nextNumber = new Map<string, number>();
  const usedPrefectures = new Set<number>();
  outer: for (const [pk, pr, pRomaji] of vocab.placePrefixes)
    for (const [k, r, romaji] of vocab.placeParts) {
      if (cities.length === cityCount) break outer;
      const first = cities.length === 0;
      const roll = rng.next();
      const kind = first
        ? vocab.municipalityKinds[0]
        : roll < 0.6
          ? vocab.municipalityKinds[0]
          : roll < 0.9
            ? vocab.municipalityKinds[1]
            : vocab.municipalityKinds[2];
      // 相馬市 in 福島県 (07) comes first, so the search probe finds it.
      const prefIndex = first ? 6 : rng.int(0, vocab.prefectures.length - 1);
      const [prefecture] = vocab.prefectures[prefIndex]!;
      usedPrefectures.add(prefIndex);
      const series = `${prefIndex}:${kind.suffix === '市' ? 'city' : 'town'}`;
      const number = nextNumber.get(series) ?? (kind.suffix === '市' ? 201 : 301);
      nextNumber.set(series, number + 1);
      const firstFive = `${pad(prefIndex + 1)}${pad(number, 3)}`;
      const code = `${firstFive}${municipalCodeCheckDigit(firstFive)}`;
      const id = pRomaji ? `${pRomaji}-${romaji}` : romaji;
      const name = `${pk}${k}${kind.suffix}`;
      const kindEn = kind.suffix === '市' ? 'city' : kind.suffix === '町' ? 'town' : 'village';
      const government = `${id}-${kindEn}`;
      const site = `https://www.${kindEn}.${id}.example.lg.jp/`;
      const city: City = { id, name, romaji: id, prefecture, government, kindLabel: kind.suffix };
      cities.push(city);
      const source = { url: site, title: `${name}公式サイト` };
      const mayor = person(rng);
      const [t1, t2] = rng.sample(vocab.topics, 2);
      const f = {
        city: name,
        org: '地元の企業',
        topic: '地方創生',
        thing: rng.pick(vocab.things),
        date: '',
        pref: prefecture,
      };
      writeMarkdown(
        `cities/${id}.mdx`,
        {
          name,
          reading: `${pr}${r}${kind.reading}`,
          nameEn: `${pRomaji ? `${pRomaji[0]!.toUpperCase()}${pRomaji.slice(1)}-` : ''}${romaji[0]!.toUpperCase()}${romaji.slice(1)} ${kindEn[0]!.toUpperCase()}${kindEn.slice(1)}`,
          prefecture,
          code,
          government,
          tagline: `${t1![1]}と${t2![1]}のまち`,
          summary: `${prefecture}の${kind.suffix === '市' ? '市' : kind.suffix === '町' ? '町' : '村'}。${paragraph(rng, f, 2)}`,
          mayor: {
            name: mayor,
            asOf: `20${rng.int(20, 26)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
            source,
          },
          officialSite: site,
          strategies: [
            {
              name: `第${rng.int(2, 3)}期${name}まち・ひと・しごと創生総合戦略`,
              milestones: [
                { date: `20${rng.int(15, 19)}-0${rng.int(1, 9)}`, label: '策定' },
                { date: `202${rng.int(0, 5)}-1${rng.int(0, 2)}`, label: '改訂' },
              ],
            },
          ],
          transport: [`${prefecture}内の主要駅からバスで約${rng.int(2, 9)}0分`],
          sources: [source],
        },
        [paragraph(rng, f, 4), '## まちの取組', paragraph(rng, f, 3)].join('\n\n'),
      );
      orgs.push({ id: government, name, cityId: id, kind: 'municipality' });
      orgFiles.set(government, {
        name,
        kind: 'municipality',
        city: id,
        representative: {
          title: kind.suffix === '市' ? '市長' : kind.suffix === '町' ? '町長' : '村長',
          name: mayor,
        },
        website: site,
        summary: `${prefecture}${name}の役所。${paragraph(rng, f, 2)}`,
        sources: [source],
      });
      const chamber = `${id}-chamber`;
      orgs.push({ id: chamber, name: `${name}商工会`, cityId: id, kind: 'association' });
      orgFiles.set(chamber, {
        name: `${name}商工会`,
        kind: 'association',
        city: id,
        summary: `${name}の商工業者でつくる団体。経営相談や地域のにぎわいづくりに取り組む。`,
        sources: [source],
      });
    }

  for (const prefIndex of [...usedPrefectures].sort((a, b) => a - b)) {
    const [name, romaji] = vocab.prefectures[prefIndex]!;
    const id = `${romaji}-prefecture`;
    orgs.push({ id, name, kind: 'prefecture' });
    orgFiles.set(id, {
      name,
      kind: 'prefecture',
      website: `https://www.pref.${romaji}.example.lg.jp/`,
      summary: `${name}の県庁。県内の市町村と連携して産業振興や子育て支援などを進める。`,
    });
  }

  for (const [id, name, shortName] of vocab.sponsors) {
    orgs.push({ id, name, kind: 'association' });
    orgFiles.set(id, {
      name,
      shortName,
      kind: 'association',
      headOffice: '東京都千代田区',
      founded: String(rng.int(2005, 2015)),
      website: `https://www.${id}.example.or.jp/`,
      summary: `${name}は、企業や自治体と連携して働く環境の改善を呼びかける団体。宣言への賛同を募り、取組事例を発信している。`,
    });
  }

  // --- companies -------------------------------------------------------------------------------
  const companiesByCity = new Map<string, Org[]>();
  const companies: Org[] = [];
  const orgIds = new Set(orgs.map((o) => o.id));
  for (let i = 0; i < companyCount; i++) {
    const city = rng.pick(cities);
    const [part, , partRomaji] = rng.pick(vocab.placeParts);
    const [industry, industryRomaji, label] = rng.pick(vocab.industries);
    let id = `${partRomaji}-${industryRomaji}`;
    for (let k = 2; orgIds.has(id); k++) id = `${partRomaji}-${industryRomaji}-${k}`;
    orgIds.add(id);
    const name = rng.chance(0.5) ? `株式会社${part}${industry}` : `${part}${industry}株式会社`;
    const org: Org = { id, name, cityId: city.id, kind: 'company' };
    companies.push(org);
    orgs.push(org);
    companiesByCity.set(city.id, [...(companiesByCity.get(city.id) ?? []), org]);
    const founded = rng.int(1950, 2020);
    const website = `https://www.${id}.example.co.jp/`;
    const f = {
      city: city.name,
      org: name,
      topic: label,
      thing: rng.pick(vocab.things),
      date: '',
      pref: city.prefecture,
    };
    orgFiles.set(id, {
      name,
      kind: 'company',
      city: city.id,
      headOffice: `${city.prefecture}${city.name}`,
      founded: String(founded),
      representative: { title: '代表取締役', name: person(rng) },
      capitalYen: rng.int(1, 500) * 1_000_000,
      website,
      summary: `${city.name}に本社を置く${label}の会社。${paragraph(rng, f, 2)}`,
      business: [label, `${industry}に関する研究開発`],
      ...(rng.chance(0.5)
        ? {
            employer: {
              industries: [label],
              hiringPage: `${website}recruit/`,
              workplaceFacts: [
                {
                  label: '男性の育児休業取得率',
                  value: `${rng.int(10, 100)}%`,
                  asOf: `202${rng.int(3, 6)}-04-01`,
                  source: { url: `${website}sustainability/`, title: `${name} サステナビリティ` },
                },
              ],
            },
          }
        : {}),
      sources: [{ url: website }],
    });
  }
  for (const [id, data] of orgFiles) write(`organizations/${id}.yaml`, yamlText(data));

  // --- agreements ------------------------------------------------------------------------------
  const agreements: Agreement[] = [];
  const agreementsByCity = new Map<string, Agreement[]>();
  const agreementIds = new Set<string>();
  for (let i = 0; i < agreementCount; i++) {
    const city = cities[i % cities.length]!;
    const local = companiesByCity.get(city.id) ?? [];
    const partner = local.length && rng.chance(0.6) ? rng.pick(local) : rng.pick(companies);
    const [topicId, topicName] = rng.pick(vocab.topics);
    let id = `${city.id}-${partner.id}`;
    for (let k = 2; agreementIds.has(id); k++) id = `${city.id}-${partner.id}-${k}`;
    agreementIds.add(id);
    const agreement = { id, cityId: city.id, parties: [city.government, partner.id] };
    agreements.push(agreement);
    agreementsByCity.set(city.id, [...(agreementsByCity.get(city.id) ?? []), agreement]);
    const signed = `20${rng.int(12, 26)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`;
    const f = {
      city: city.name,
      org: partner.name,
      topic: topicName,
      thing: rng.pick(vocab.things),
      date: jstDayLabel(signed),
      pref: city.prefecture,
    };
    writeMarkdown(
      `agreements/${id}.mdx`,
      {
        title: `${city.name}と${partner.name}の${topicName}に関する連携協定`,
        kind: rng.pick(['包括連携協定', '連携協定', '協力協定']),
        summary: paragraph(rng, f, 3),
        parties: agreement.parties,
        signed,
        signing: { method: rng.chance(0.2) ? 'online' : 'in-person' },
        cities: [city.id],
        scope: rng.sample(vocab.things, rng.int(2, 4)).map((t) => `${t}に関すること`),
        sources: [{ url: `https://www.city.${city.id}.example.lg.jp/kyotei/${topicId}.html` }],
      },
      [paragraph(rng, f, 4), '## 協定の内容', paragraph(rng, f, 3)].join('\n\n'),
    );
  }

  // --- declarations ----------------------------------------------------------------------------
  const signatoryPool = orgs.filter((o) => o.kind === 'company' || o.kind === 'municipality');
  vocab.declarations.forEach(([id, name, purpose], i) => {
    const sponsor = vocab.sponsors[i % vocab.sponsors.length]![0];
    const openedYear = rng.int(2015, 2023);
    const opened = `${openedYear}-0${rng.int(1, 9)}`;
    const url = `https://www.${sponsor}.example.or.jp/declarations/${id}/`;
    const signatories = rng
      .sample(signatoryPool, clamp(Math.round(signatoryPool.length / 6), 3, 60))
      .map((o, k) => ({
        organization: o.id,
        announced: `${Math.min(2025, openedYear + 1 + Math.floor(k / 10))}-1${rng.int(0, 2)}-1${rng.int(0, 9)}`,
        source: { url, title: `${name} 賛同組織一覧` },
      }));
    signatories.sort((a, b) => a.announced.localeCompare(b.announced));
    const listed = signatories.length;
    writeMarkdown(
      `declarations/${id}.mdx`,
      {
        name,
        sponsor,
        opened,
        purpose,
        url,
        reportedCounts: [
          { count: listed + rng.int(5, 50), asOf: `${openedYear + 2}-03`, source: { url } },
          { count: listed + rng.int(60, 300), asOf: '2026-06', source: { url } },
        ],
        signatories,
      },
      `${purpose}このサイトでは、把握している賛同組織だけを掲載しています。`,
    );
  });

  // --- releases --------------------------------------------------------------------------------
  const start = Date.parse('2011-04-01T00:00:00+09:00');
  const end = Date.parse('2026-10-25T00:00:00+09:00');
  const buildTime = Date.parse(BENCH_BUILD_TIME);
  const slugs = new Set<string>();
  const publicIds: string[] = [];
  let mdx = 0;
  let unpublished = 0;
  let events = 0;
  let editTarget = '';
  for (let i = 0; i < n; i++) {
    // Spread evenly over the years, with jitter, and at office hours.
    const dayMs = start + Math.floor(((i + rng.next()) / n) * (end - start));
    const published =
      dayMs - (dayMs % 86_400_000) + (rng.pick([0, 1, 2, 4, 5, 6]) * 3600_000 + 1800_000 * rng.int(0, 1));
    const when = jst(published);
    const city = cities[Math.floor(rng.next() ** 1.3 * cities.length)]!; // bigger cities publish more
    const local = companiesByCity.get(city.id) ?? [];
    const company = local.length ? rng.pick(local) : rng.pick(companies);
    const roll = rng.next();
    const publishers =
      roll < 0.6 ? [city.government] : roll < 0.85 ? [company.id] : [city.government, company.id];
    const releaseTopics = rng.sample(topics, rng.int(1, 3));
    const mainTopic = releaseTopics[0]!;
    const cityAgreements = agreementsByCity.get(city.id) ?? [];
    const agreement = cityAgreements.length && rng.chance(0.15) ? rng.pick(cityAgreements) : undefined;
    const declaration = rng.chance(0.08) ? rng.pick(vocab.declarations)[0] : undefined;
    const thing = rng.pick(vocab.things);
    const orgName = company.name;
    const f: Fill = {
      city: city.name,
      org: orgName,
      topic: mainTopic.name,
      thing,
      date: jstDayLabel(when.day),
      pref: city.prefecture,
    };

    let slug = `${city.id}-${mainTopic.id}`;
    for (let k = 2; slugs.has(`${when.year}/${slug}`); k++) slug = `${city.id}-${mainTopic.id}-${k}`;
    const id = `${when.year}/${slug}`;
    slugs.add(id);

    const releaseEvents = rng.chance(0.35)
      ? Array.from({ length: rng.int(1, 2) }, (_, k) => {
          const at = jst(published + rng.int(3, 40) * 86_400_000 + (13 + k) * 3600_000);
          const timed = rng.chance(0.7);
          return {
            // Two events of a release may fall on one day: an id keeps their calendar keys apart.
            id: k === 0 ? 'briefing' : 'report',
            title: `${thing}${k === 0 ? '説明会' : '報告会'}`,
            kind: k === 0 ? '説明会' : '報告会',
            start: timed ? at.dateTime : at.day,
            ...(timed && rng.chance(0.5)
              ? { end: jst(Date.parse(at.dateTime) + 2 * 3600_000).dateTime }
              : {}),
            ...(rng.chance(0.3)
              ? { attendance: 'online' }
              : { attendance: 'in-person', place: `${city.name}役所 大会議室` }),
            ...(rng.chance(0.3)
              ? { url: `https://www.city.${city.id}.example.lg.jp/events/${slug}-${k + 1}.html` }
              : {}),
          };
        })
      : [];
    events += releaseEvents.length;

    const draft = rng.chance(0.005);
    const embargoed = !draft && rng.chance(0.005);
    const hidden = draft || embargoed || published > buildTime;
    if (hidden) unpublished++;

    const contacts = publishers.map((p) =>
      p === city.government
        ? {
            organization: p,
            department: rng.pick(vocab.departments),
            email: `koho@city.${city.id}.example.lg.jp`,
            phone: `0${rng.int(200, 599)}-${rng.int(10, 99)}-${rng.int(1000, 9999)}`,
          }
        : {
            organization: p,
            department: rng.pick(vocab.companyDepartments),
            email: `press@${p}.example.co.jp`,
            ...(rng.chance(0.6) ? { phone: `03-${rng.int(3000, 6999)}-${rng.int(1000, 9999)}` } : {}),
          },
    );

    // Most archived releases are the press room's digests of a release published on the city's site.
    const digest = rng.chance(0.7);
    const data = {
      kind: digest ? 'digest' : 'original',
      title: fill(rng, rng.pick(vocab.headlines), f),
      ...(rng.chance(0.5) ? { subtitle: `${thing}で${mainTopic.name}を進めます` } : {}),
      lead: paragraph(rng, f, 3),
      published: when.dateTime,
      ...(rng.chance(0.05) ? { updated: jst(published + rng.int(1, 5) * 86_400_000).dateTime } : {}),
      ...(embargoed ? { embargo: '2027-01-15T10:00:00+09:00' } : {}),
      ...(draft ? { draft: true } : {}),
      publishers,
      ...(digest
        ? {
            source: {
              publisher: publishers[0],
              url: `https://www.city.${city.id}.example.lg.jp/news/${slug}.html`,
            },
          }
        : {}),
      cities: [city.id],
      ...(agreement ? { agreements: [agreement.id] } : {}),
      ...(declaration ? { declarations: [declaration] } : {}),
      topics: releaseTopics.map((t) => t.id),
      ...(releaseEvents.length ? { events: releaseEvents } : {}),
      contacts,
    };

    const previous = publicIds.length
      ? publicIds[publicIds.length - 1 - rng.int(0, Math.min(20, publicIds.length - 1))]
      : undefined;
    const sections: string[] = [
      `${paragraph(rng, f, 2)}詳しくは[${city.name}のページ](/cities/${city.id}/)もご覧ください。${paragraph(rng, f, 1)}`,
    ];
    for (const heading of rng.sample(vocab.sectionHeadings, rng.int(4, 6))) {
      sections.push(`## ${heading}`);
      for (let p = rng.int(1, 3); p > 0; p--) sections.push(paragraph(rng, f, rng.int(3, 5)));
      if (rng.chance(0.2)) sections.push(`### ${thing}について`, paragraph(rng, f, 2));
    }
    const list = rng.sample(vocab.listItems, rng.int(3, 6)).map((item) => `- ${fill(rng, item, f)}`);
    sections.splice(2, 0, list.join('\n'));
    if (rng.chance(0.3))
      sections.push(
        Array.from(
          { length: rng.int(3, 5) },
          (_, k) => `${k + 1}. ${fill(rng, rng.pick(vocab.sentences), f)}`,
        ).join('\n'),
      );
    if (rng.chance(0.4)) {
      const rows = Array.from(
        { length: rng.int(3, 6) },
        (_, k) => `| ${2020 + k}年度 | ${rng.int(10, 500)} | ${rng.int(1, 99)}% |`,
      );
      sections.push(`## 実績\n\n| 年度 | 参加者数 | 満足度 |\n| --- | ---: | ---: |\n${rows.join('\n')}`);
    }
    const links = [
      `- [${orgName}](/organizations/${company.id}/)`,
      `- [${city.name}公式サイト](https://www.city.${city.id}.example.lg.jp/)`,
    ];
    if (previous) links.push(`- [これまでの発表](/releases/${previous}/)`);
    sections.push('## 関連リンク', links.join('\n'));

    const ext = rng.chance(mdxShare) ? 'mdx' : 'md';
    if (ext === 'mdx') mdx++;
    const rel = `releases/${id}.${ext}`;
    writeMarkdown(rel, data, sections.join('\n\n'));
    if (!hidden) {
      publicIds.push(id);
      if (ext === 'mdx' || !editTarget.endsWith('.mdx')) editTarget = rel;
    }
  }

  return {
    dir,
    seed,
    releases: n,
    mdx,
    md: n - mdx,
    unpublished,
    events,
    cities: cities.length,
    organizations: orgs.length,
    agreements: agreements.length,
    declarations: vocab.declarations.length,
    topics: topics.length,
    editTarget,
  };
}
