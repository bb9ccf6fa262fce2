/**
 * npm's pretest: before the suite starts, make sure the machine has what the tests use from
 * the operating system (see system-deps.ts). As root on Debian it installs what is missing with
 * apt-get; otherwise it stops with one message naming the command to run, instead of letting
 * every browser and nginx test fail one by one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from '../tests/helpers/browser.ts';
import { nginxPath } from '../tests/helpers/nginx.ts';
import { systemPlan } from './system-deps.ts';

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

function hasJapaneseFont(): boolean {
  if (onPath('fc-list'))
    return execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim() !== '';
  // fontconfig's tools are not always installed (Chromium needs only its library): ask dpkg.
  const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', 'fonts-noto-cjk'], { encoding: 'utf8' });
  return status.stdout === 'install ok installed';
}

function probe() {
  return {
    chromium: existsSync(chromiumPath),
    nginx: existsSync(nginxPath),
    japaneseFont: hasJapaneseFont(),
    // PRESSROOM_PROVISION_AS_USER=1: decide as a user who cannot install (the test of the stop
    // message runs as root in CI, where switching to another user cannot reach a private clone).
    root: process.getuid?.() === 0 && process.env.PRESSROOM_PROVISION_AS_USER !== '1',
    aptGet: onPath('apt-get'),
  };
}

const plan = systemPlan(probe());
if (plan.action === 'stop') {
  console.error(plan.message);
  process.exit(1);
}
if (plan.action === 'install') {
  console.log(`Installing ${plan.packages.join(', ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...plan.packages],
  ]) {
    const run = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) {
      console.error(
        `\`apt-get ${args.join(' ')}\` failed (exit ${run.status}); the tests need ${plan.packages.join(', ')}.`,
      );
      process.exit(1);
    }
  }
  const after = systemPlan(probe());
  if (after.action !== 'none') {
    console.error(`Still missing after apt-get: ${after.packages.join(', ')}.`);
    process.exit(1);
  }
}
