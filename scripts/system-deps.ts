/**
 * What `npm test` needs from the operating system besides npm packages: Debian's Chromium (the
 * browser tests drive it; nothing downloads a browser of its own), Debian's nginx (the header
 * tests serve dist/ with it) and a Japanese font (so screenshots show text, not empty boxes).
 * Pure: the caller probes the machine and acts on the plan.
 */

export interface SystemProbe {
  chromium: boolean;
  nginx: boolean;
  japaneseFont: boolean;
  root: boolean;
  aptGet: boolean;
}

/** The Debian package that provides each need. */
export const debianPackages = {
  chromium: 'chromium',
  nginx: 'nginx',
  japaneseFont: 'fonts-noto-cjk',
} as const;

export type SystemPlan =
  | { action: 'none' }
  | { action: 'install'; packages: string[] }
  | { action: 'stop'; packages: string[]; message: string };

export function systemPlan(probe: SystemProbe): SystemPlan {
  const packages = (Object.keys(debianPackages) as (keyof typeof debianPackages)[])
    .filter((need) => !probe[need])
    .map((need) => debianPackages[need]);
  if (packages.length === 0) return { action: 'none' };
  if (probe.root && probe.aptGet) return { action: 'install', packages };
  const command = `sudo apt-get install -y ${packages.join(' ')}`;
  return {
    action: 'stop',
    packages,
    message: probe.aptGet
      ? `npm test needs ${packages.join(', ')} from Debian. Run \`${command}\`, then \`npm test\` again.`
      : `npm test needs ${packages.join(', ')} (Debian package names). Install them with your system's package manager (on Debian: \`${command}\`), or point CHROMIUM_PATH and NGINX_PATH at your own, then run \`npm test\` again.`,
  };
}
