/**
 * Lighthouse (the npm package) on Debian's Chromium, started by chrome-launcher at CHROME_PATH:
 * nothing downloads a browser. Mobile form factor and simulated throttling, Lighthouse's
 * defaults, as PageSpeed Insights reports a page on a phone.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from './browser.ts';

export interface LighthouseRun {
  performance: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
}

// The Playwright browser's flags (no calls to Google), and Chrome's own headless mode.
const flags = ['--headless=new', ...chromiumFlags];

/** One Lighthouse performance run of a URL. */
export async function lighthouseRun(url: string): Promise<LighthouseRun> {
  process.env.CHROME_PATH = chromiumPath;
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: flags, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: lhr.categories.performance?.score ?? 0,
      cls: num('cumulative-layout-shift'),
      lcpMs: num('largest-contentful-paint'),
      tbtMs: num('total-blocking-time'),
      fcpMs: num('first-contentful-paint'),
    };
  } finally {
    chrome.kill();
  }
}

/** The median run by performance score of `runs` runs (Lighthouse's advice for noisy machines). */
export async function lighthouseMedian(url: string, runs = 3): Promise<{ median: LighthouseRun; all: LighthouseRun[] }> {
  const all: LighthouseRun[] = [];
  for (let i = 0; i < runs; i += 1) all.push(await lighthouseRun(url));
  const sorted = [...all].sort((a, b) => a.performance - b.performance);
  return { median: sorted[Math.floor(sorted.length / 2)]!, all };
}
