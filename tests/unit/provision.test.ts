/**
 * `npm test` on a fresh machine: the pretest step installs Debian's chromium, nginx and a
 * Japanese font when it can, and otherwise stops before the suite with one message naming the
 * one command to run.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemPlan, type SystemProbe } from '../../scripts/system-deps.ts';
import { projectRoot } from '../helpers/astro-build.ts';

const all: SystemProbe = { chromium: true, nginx: true, japaneseFont: true, root: false, aptGet: true };

describe('the plan', () => {
  it('does nothing when everything is there, as root or not', () => {
    expect(systemPlan(all)).toEqual({ action: 'none' });
    expect(systemPlan({ ...all, root: true })).toEqual({ action: 'none' });
  });

  it('installs exactly the missing packages as root on Debian', () => {
    expect(systemPlan({ ...all, root: true, nginx: false, japaneseFont: false })).toEqual({
      action: 'install',
      packages: ['nginx', 'fonts-noto-cjk'],
    });
  });

  it('otherwise stops with one message naming the one command, for the missing packages only', () => {
    const plan = systemPlan({ ...all, chromium: false });
    expect(plan).toMatchObject({ action: 'stop', packages: ['chromium'] });
    expect(plan.action === 'stop' && plan.message).toBe(
      'npm test needs chromium from Debian. Run `sudo apt-get install -y chromium`, then `npm test` again.',
    );
  });

  it('without apt-get, as root or not, says what to install and how to point at other binaries', () => {
    for (const root of [true, false]) {
      const plan = systemPlan({ ...all, root, aptGet: false, chromium: false, nginx: false });
      expect(plan).toMatchObject({ action: 'stop', packages: ['chromium', 'nginx'] });
      expect(plan.action === 'stop' && plan.message).toMatch(/CHROMIUM_PATH and NGINX_PATH/);
    }
  });
});

// Starts Node twice: slow on a busy machine.
describe('the pretest script on this machine', { timeout: 60_000 }, () => {
  // As a user who cannot install anything, also when the tests run as root as in CI: another
  // Unix user could not even enter a clone made in a private folder, so the script is told.
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [path.join(projectRoot, 'scripts/provision.ts')], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, PRESSROOM_PROVISION_AS_USER: '1', ...env },
    });

  it('passes silently when chromium, nginx and the font are installed', () => {
    const result = run({});
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('stops before the suite with one line when the browser is missing and it cannot install', () => {
    const result = run({ CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'npm test needs chromium from Debian. Run `sudo apt-get install -y chromium`, then `npm test` again.',
    ]);
  });
});
