/**
 * Headless Chromium from Debian (/usr/bin/chromium), driven by playwright-core. A missing browser
 * is an error, never a skipped test: CI installs it in .ci/run.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Without the background-networking flags Chromium tries to reach Google's hosts, which this
// machine's closed network refuses.
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it with \`apt-get install -y chromium\` (see .ci/run) or set CHROMIUM_PATH.`,
    );
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
}
