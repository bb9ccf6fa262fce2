/**
 * Text from content is text in every output. A release, organizations and a declaration carry
 * hostile but valid strings (`</script>`, an HTML tag with a handler, spreadsheet formulas);
 * the built site must show them literally and never let them act: no element or script from
 * content in HTML, JSON-LD that parses and cannot close its <script>, well-formed XML feeds,
 * parseable JSON, and CSV cells that a spreadsheet cannot run. Feeds, data files and calendars
 * come with other issues: their checks run over whatever of those files the build emits.
 */
import * as cheerio from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
// fast-xml-parser's own validation is deprecated in favour of this package (see its fxp.d.ts).
import { SyntaxValidator } from 'fast-xml-validator';
import path from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { copyCorpus } from '../helpers/corpus.ts';
import { outputFiles, type OutputFile } from '../helpers/dist.ts';
import { dataBlockTypes, isExecutableScriptType } from '../helpers/html.ts';

const script = '</script><script>alert(1)</script>';
const img = '<img src=x onerror=alert(1)>';
const formula = '=HYPERLINK("http://x")';

const title = `${formula} ${script} ${img} & "引用" 'single'`;
const subtitle = `+1 ${script}`;
const lead = `-1 ${img} ${script}`;
const department = `@x ${script}`;
const eventTitle = `${formula} ${script}`;
/** Organization names and signatory notes: the cells of a signatories CSV. */
const orgNames = {
  'escape-formula': formula,
  'escape-plus': '+1 株式会社',
  'escape-minus': '-1 株式会社',
  'escape-at': '@x 株式会社',
};
const notes = ['=1+1', '+1', '-1', '@x'];

const yamlString = (s: string) => JSON.stringify(s);
const releaseRel = 'releases/2026/escaping-check.mdx';
const releaseUrl = 'releases/2026/escaping-check/index.html';

const extra: Record<string, string> = {
  [releaseRel]: `---
kind: original
title: ${yamlString(title)}
subtitle: ${yamlString(subtitle)}
lead: ${yamlString(lead)}
published: 2026-06-20T10:00:00+09:00
publishers: [escape-formula, soma-city]
cities: [soma]
declarations: [escaping-check]
events:
  - title: ${yamlString(eventTitle)}
    start: 2026-12-01T14:00:00+09:00
    place: ${yamlString(`@x ${img}`)}
contacts:
  - organization: escape-formula
    department: ${yamlString(department)}
    email: press@escape.example.jp
---

本文です。
`,
  'declarations/escaping-check.mdx': `---
name: ${yamlString(`${formula} 宣言`)}
sponsor: escape-formula
purpose: ${yamlString(`-1 ${script}`)}
signatories:
${Object.keys(orgNames)
  .map(
    (id, i) =>
      `  - organization: ${id}\n    note: ${yamlString(notes[i]!)}\n    source: { release: 2026/escaping-check }`,
  )
  .join('\n')}
---
`,
  ...Object.fromEntries(
    Object.entries(orgNames).map(([id, name]) => [
      `organizations/${id}.yaml`,
      `name: ${yamlString(name)}\nkind: company\nsummary: ${yamlString(`${script} ${img}`)}\n`,
    ]),
  ),
};

let files: OutputFile[] = [];
const byExt = (ext: string) => files.filter((f) => f.rel.endsWith(ext));

beforeAll(() => {
  const build = astroBuild({
    contentDir: copyCorpus(extra),
    env: { BUILD_TIME: '2026-11-01T00:00:00+09:00' },
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.output.slice(-3000)}`);
  files = outputFiles(build.outDir);
});

/** Every string inside a parsed JSON value. */
const strings = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(strings)
      : v && typeof v === 'object'
        ? Object.values(v).flatMap(strings)
        : [];

describe('HTML', () => {
  it('never contains a script, element or handler that came from content', () => {
    const html = byExt('.html');
    expect(html.length).toBeGreaterThan(40);
    for (const f of html) {
      // Parsed as a browser parses (parse5): a `<` inside a quoted attribute value is text, so
      // the check is on elements and attributes, not on the raw characters.
      const $ = cheerio.load(f.text);
      expect($('img[src="x"]').length, f.rel).toBe(0);
      const handlers = $('*')
        .get()
        .flatMap((el) => Object.keys($(el).attr() ?? {}).filter((a) => a.startsWith('on')));
      expect(handlers, f.rel).toEqual([]);
      // JSON-LD may carry the hostile text as escaped data (\u003c…); anything that broke out of it
      // would be parsed as a separate <script> element, caught here and by the type check below.
      expect($('script:not([type="application/ld+json"])').text(), f.rel).not.toContain('alert');
      // Only the site's own scripts: files loaded by src, and the data blocks the site emits on purpose.
      $('script').each((_, el) => {
        const type = $(el).attr('type') ?? '';
        if (isExecutableScriptType(type)) expect($(el).attr('src'), `${f.rel}: inline script`).toMatch(/^\//);
        else expect(dataBlockTypes, `${f.rel}: <script type="${type}">`).toContain(type);
      });
    }
  });

  it('shows every hostile field of the release literally', () => {
    const page = files.find((f) => f.rel === releaseUrl)!;
    const $ = cheerio.load(page.text);
    expect($('h1').text()).toBe(title);
    expect($('title').text()).toContain(title);
    expect($('meta[name="description"]').attr('content')).toBe(lead);
    const main = $('main').text();
    for (const text of [subtitle, lead, department, eventTitle, formula]) expect(main).toContain(text);
  });

  it('shows organization names and declaration text literally on their pages', () => {
    const org = cheerio.load(files.find((f) => f.rel === 'organizations/escape-formula/index.html')!.text);
    expect(org('h1').text()).toBe(formula);
    const decl = cheerio.load(files.find((f) => f.rel === 'declarations/escaping-check/index.html')!.text);
    expect(decl('main').text()).toContain(`-1 ${script}`);
  });

  it('keeps JSON-LD valid JSON that cannot close its <script> element, on every page that has it', () => {
    for (const f of byExt('.html')) {
      const $ = cheerio.load(f.text);
      $('script[type="application/ld+json"]').each((_, el) => {
        const raw = $(el).text();
        expect(raw, f.rel).not.toMatch(/<\/script/i);
        expect(() => JSON.parse(raw), f.rel).not.toThrow();
      });
    }
    // On the release page, the title survives as data when there is JSON-LD at all.
    const $ = cheerio.load(files.find((f) => f.rel === releaseUrl)!.text);
    const blocks = $('script[type="application/ld+json"]')
      .map((_, el) => JSON.parse($(el).text()) as unknown)
      .get();
    expect(blocks.length).toBeGreaterThan(0);
    expect(strings(blocks).some((s) => s.includes(script))).toBe(true);
  });
});

/** Checks of one output file each, run over every file of its kind that the build emits. */
const checks = {
  xml(f: OutputFile) {
    expect(() => SyntaxValidator.validate(f.text), f.rel).not.toThrow();
    if (f.rel.startsWith('feeds/') && f.text.includes('escaping-check'))
      expect(strings(new XMLParser({ processEntities: true }).parse(f.text) as unknown), f.rel).toContain(
        title,
      );
  },
  json(f: OutputFile) {
    const value = JSON.parse(f.text) as unknown;
    // However the file escapes it (`<\/script>`, `\u003c`), the parsed string is the original.
    if (f.text.includes('alert(1)'))
      expect(
        strings(value).some((s) => s.includes(script)),
        f.rel,
      ).toBe(true);
  },
  csv(f: OutputFile) {
    const rows = parseCsv(f.text.replace(/^\uFEFF/, ''), { relaxColumnCount: true }) as string[][];
    const cells = rows.flat();
    for (const cell of cells) expect(cell, `${f.rel}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
    if (f.rel.includes('escaping-check')) {
      for (const name of Object.values(orgNames)) expect(cells, f.rel).toContain(`'${name}`);
      for (const note of notes) expect(cells, f.rel).toContain(`'${note}`);
    }
  },
  ics(f: OutputFile) {
    const unescape = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
    const lines = f.text.split(/\r?\n/).filter(Boolean);
    for (const line of lines) expect(line, f.rel).toMatch(/^[A-Z][A-Z0-9-]*(;[^:]*)?:/);
    if (f.text.includes('HYPERLINK'))
      expect(
        lines.filter((l) => l.startsWith('SUMMARY')).map((l) => unescape(l.slice(l.indexOf(':') + 1))),
        f.rel,
      ).toContain(eventTitle);
  },
};

describe('feeds, as a feed reader reads them', () => {
  it('keeps a markup-like title and lead as text: the HTML a reader renders has no element from content', async () => {
    const feeds = byExt('.xml').filter((f) => f.rel.startsWith('feeds/') && f.text.includes('escaping-check'));
    expect(feeds.length).toBeGreaterThan(0);
    // rss-parser hands over description and content:encoded as a reader sees them: XML decoded
    // once, the rest is HTML for the reader to render.
    const parser = new Parser<object, { description: string; encoded: string }>({
      customFields: { item: [['description', 'description'], ['content:encoded', 'encoded']] },
    });
    for (const f of feeds) {
      const item = (await parser.parseString(f.text)).items.find((i) => i.link?.includes('escaping-check'));
      expect(item, f.rel).toBeDefined();
      expect(item?.title, f.rel).toBe(title);
      for (const html of [item?.description ?? '', item?.encoded ?? '']) {
        const $ = cheerio.load(html);
        expect($('img[src="x"]').length, f.rel).toBe(0);
        expect($('script').length, f.rel).toBe(0);
        expect($('[onerror]').length, f.rel).toBe(0);
      }
      expect(cheerio.load(item?.description ?? '').text(), f.rel).toBe(lead);
      expect(cheerio.load(item?.encoded ?? '')('p').first().text(), f.rel).toBe(lead);
    }
  });
});

describe('other outputs', () => {
  // Each kind must exist, and the hostile entries must have reached at least one file of it.
  const carrying = (ext: string, marker: string) => byExt(ext).filter((f) => f.text.includes(marker));

  it('every XML file (feeds, sitemap) is well-formed, with the hostile title as text in feeds', () => {
    expect(
      carrying('.xml', 'escaping-check').filter((f) => f.rel.startsWith('feeds/')).length,
    ).toBeGreaterThan(0);
    for (const f of byExt('.xml')) checks.xml(f);
  });
  it('every JSON file parses, with the hostile strings intact', () => {
    expect(carrying('.json', 'alert(1)').length).toBeGreaterThan(0);
    for (const f of byExt('.json')) checks.json(f);
  });
  it('no CSV cell starts with = + - @ (tab or CR): formulas are prefixed with an apostrophe', () => {
    expect(byExt('.csv').filter((f) => f.rel.includes('escaping-check')).length).toBe(1);
    for (const f of byExt('.csv')) checks.csv(f);
  });
  it('every iCalendar line is a property: no content line broke out of its field', () => {
    expect(carrying('.ics', 'HYPERLINK').length).toBeGreaterThan(0);
    for (const f of byExt('.ics')) checks.ics(f);
  });
});

describe('the output checks themselves', () => {
  // Samples show each check passes correct output and catches the mistake it exists for.
  const file = (rel: string, text: string): OutputFile => ({ rel, text, compressed: false });
  const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const csvCell = (s: string) => `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replaceAll('"', '""')}"`;
  const icsText = (s: string) => s.replace(/\\/g, '\\\\').replace(/[,;]/g, '\\$&');

  it('XML: an escaped feed title passes, a raw one fails', () => {
    const feed = (t: string) =>
      `<?xml version="1.0"?><rss><channel><item><title>${t}</title><link>https://x/releases/2026/escaping-check/</link></item></channel></rss>`;
    checks.xml(file('feeds/releases.xml', feed(xmlText(title))));
    expect(() => checks.xml(file('feeds/releases.xml', feed(title)))).toThrow();
  });

  it('JSON: a JSON.stringify-ed title passes, one pasted into a template fails', () => {
    checks.json(file('data/releases.json', JSON.stringify([{ title }]).replaceAll('<', '\\u003c')));
    expect(() => checks.json(file('data/releases.json', `[{"title": "${title}"}]`))).toThrow();
  });

  it('CSV: apostrophe-prefixed formulas pass, a bare formula fails', () => {
    const rows = Object.values(orgNames).map((n, i) => `${csvCell(n)},${csvCell(notes[i]!)}`);
    checks.csv(
      file('data/declarations/escaping-check-signatories.csv', `organization,note\n${rows.join('\n')}\n`),
    );
    expect(() =>
      checks.csv(file('data/x.csv', `organization\n"${formula.replaceAll('"', '""')}"\n`)),
    ).toThrow();
  });

  it('iCalendar: an escaped summary passes, a newline that breaks out fails', () => {
    const ics = (summary: string) =>
      `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:${summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    checks.ics(file('events.ics', ics(icsText(eventTitle))));
    expect(() => checks.ics(file('events.ics', ics(`${icsText(eventTitle)}\nalert(1)`)))).toThrow();
  });
});

describe('what this branch emits', () => {
  it('lists the files the conditional checks above ran over', () => {
    // Recorded so a reader can see which checks had material; HTML and JSON always do.
    const kinds = ['.html', '.json', '.xml', '.csv', '.ics'].map((ext) => `${ext}: ${byExt(ext).length}`);
    expect(byExt('.html').length).toBeGreaterThan(0);
    expect(byExt('.json').map((f) => f.rel)).toContain('schedule.json');
    console.info(`escaping checks ran over ${kinds.join(', ')} (${path.basename(releaseUrl)})`);
  });
});
