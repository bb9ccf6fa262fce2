import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOperator } from '../../src/data/operator.ts';
import { aboutView } from '../../src/presenters/about.ts';
import {
  deploymentStatus,
  deploymentWarning,
  EXAMPLE_SITE_URL,
  robotsTxt,
} from '../../src/lib/deployment.ts';

const filled = { example: false, name: '試験用の運営者', email: 'a@example.org' };
const example = { ...filled, example: true };

function operatorFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'operator-')), 'operator.yaml');
  writeFileSync(file, text);
  return file;
}

describe('deployment status', () => {
  it('is indexable only with a real address and the operator’s own details', () => {
    expect(deploymentStatus('https://press.example.lg.jp', filled).indexable).toBe(true);
    expect(deploymentStatus(EXAMPLE_SITE_URL, filled).indexable).toBe(false);
    expect(deploymentStatus(`${EXAMPLE_SITE_URL}/`, filled).indexable).toBe(false);
    expect(deploymentStatus('https://press.example.lg.jp', example).indexable).toBe(false);
    expect(deploymentStatus('https://press.example.lg.jp', undefined).indexable).toBe(false);
  });

  it('warns with what to fix for each problem, and stays silent for a real deployment', () => {
    const warning = deploymentWarning(deploymentStatus(EXAMPLE_SITE_URL, example));
    expect(warning).toContain('noindex');
    expect(warning).toContain('SITE_URL が設定されていないため');
    expect(warning).toContain('deploy/operator.yaml が例のままです');
    expect(deploymentWarning(deploymentStatus('https://press.example.lg.jp', filled))).toBeUndefined();
  });

  it('writes robots.txt: Disallow everything on a preview, the sitemap on a real site', () => {
    const preview = robotsTxt(deploymentStatus(EXAMPLE_SITE_URL, filled), EXAMPLE_SITE_URL);
    expect(preview).toMatch(/^User-agent: \*\nDisallow: \/\n$/m);
    const real = robotsTxt(
      deploymentStatus('https://press.example.lg.jp', filled),
      'https://press.example.lg.jp',
    );
    expect(real).toBe('User-agent: *\nAllow: /\n\nSitemap: https://press.example.lg.jp/sitemap-index.xml\n');
  });
});

describe('operator file', () => {
  it('the repository’s file is the example, and the operator page shows none of it', () => {
    const op = readOperator(path.resolve('deploy/operator.yaml'));
    expect(op.example).toBe(true);
    expect(aboutView(op)).toEqual({});
    expect(aboutView(readOperator(path.resolve('tests/fixtures/operator/filled.yaml'))).operator?.name).toBe(
      'テスト運営者（試験用の架空の組織）',
    );
  });

  it('names file and field, in Japanese, when something is wrong', () => {
    const noContact = operatorFile('name: 市役所 広報課\n');
    expect(() => readOperator(noContact)).toThrow(
      `${noContact}: email: お問い合わせ先として email か contactUrl`,
    );
    const badMail = operatorFile('name: 市役所 広報課\nemail: not-an-address\n');
    expect(() => readOperator(badMail)).toThrow(`${badMail}: email: メールアドレスの形式ではありません`);
    const broken = operatorFile('name: [\n');
    expect(() => readOperator(broken)).toThrow(`${broken}: 読み込めません`);
  });
});
