/**
 * A real nginx (Debian's package) serving a built dist/ on 127.0.0.1 with the repository's
 * snippet (deploy/nginx/pressroom.conf), as a production server would. It runs in the
 * foreground as a child of the test, with its pid file, logs and temp files in a temp folder.
 * A missing nginx is an error, never a skipped test: CI installs it in .ci/run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hostConfigFiles } from '../../src/lib/security/host-config.ts';
import { projectRoot } from './astro-build.ts';

export const nginxPath = process.env.NGINX_PATH || '/usr/sbin/nginx';
const mimeTypes = '/etc/nginx/mime.types';

export interface NginxServer {
  origin: string;
  /** With `redirect`: the plain-HTTP server of deploy/nginx/pressroom-redirect.conf. */
  redirectOrigin?: string;
  /** nginx's error log so far (startup problems, 404s it logged). */
  errorLog(): string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not listen on ${port}:\n${log()}`);
}

/**
 * `snippet` replaces the repository's snippet, for a test that needs a variant of it. `redirect`
 * also runs the repository's HTTP→HTTPS server block, on a free port instead of 80.
 */
export async function startNginx(
  root: string,
  options: { snippet?: string; redirect?: boolean } = {},
): Promise<NginxServer> {
  for (const [file, what] of [
    [nginxPath, 'nginx'],
    [mimeTypes, "nginx's mime.types"],
  ] as const)
    if (!existsSync(file))
      throw new Error(
        `${what} not found at ${file}. Install Debian's nginx with \`apt-get install -y nginx\` (see .ci/run) or set NGINX_PATH.`,
      );
  const dir = mkdtempSync(path.join(tmpdir(), 'pressroom-nginx-'));
  let snippetFile = path.join(projectRoot, hostConfigFiles.nginx);
  if (options.snippet !== undefined) {
    snippetFile = path.join(dir, 'snippet.conf');
    writeFileSync(snippetFile, options.snippet);
  }
  const port = await freePort();
  const redirectPort = options.redirect ? await freePort() : undefined;
  let redirectServer = '';
  if (redirectPort !== undefined) {
    const conf = readFileSync(path.join(projectRoot, hostConfigFiles.nginxRedirect), 'utf8');
    // Only the port changes: the test may not bind 80, and has no IPv6 loopback to rely on.
    redirectServer = conf
      .replace(/^\s*listen \[::\]:80;\n/m, '')
      .replace(/listen 80;/, `listen 127.0.0.1:${redirectPort};`);
    if (!redirectServer.includes(`127.0.0.1:${redirectPort}`))
      throw new Error('no `listen 80;` in the redirect file');
  }
  const errorLog = path.join(dir, 'error.log');
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `# One foreground process as the current user (no workers switching to another user).
daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${errorLog} warn;
events { worker_connections 64; }
http {
  include ${mimeTypes};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include ${snippetFile};
  }
${redirectServer}
}
`,
  );
  const child = spawn(nginxPath, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', errorLog], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const log = () => `${output}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`;
  await waitForPort(port, child, log);
  if (redirectPort !== undefined) await waitForPort(redirectPort, child, log);
  return {
    origin: `http://127.0.0.1:${port}`,
    ...(redirectPort !== undefined ? { redirectOrigin: `http://127.0.0.1:${redirectPort}` } : {}),
    errorLog: log,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGQUIT');
      await exited;
    },
  };
}
