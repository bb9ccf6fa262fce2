/**
 * npm run headers: writes public/_headers and deploy/nginx/pressroom.conf from
 * src/lib/security/headers.ts, the one source of the site's security headers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  hostConfigFiles,
  renderHeadersFile,
  renderNginxRedirect,
  renderNginxSnippet,
} from '../src/lib/security/host-config.ts';

const root = path.resolve(import.meta.dirname, '..');
for (const [file, text] of [
  [hostConfigFiles.headers, renderHeadersFile()],
  [hostConfigFiles.nginx, renderNginxSnippet()],
  [hostConfigFiles.nginxRedirect, renderNginxRedirect()],
] as const) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
  console.log(`${file} を書き出しました。`);
}
