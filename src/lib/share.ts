/**
 * Share links for a page: plain <a href> to each service's documented share address, so nothing
 * is requested from the service (no script, widget, iframe or icon) until the reader clicks.
 */
import { ja } from '../i18n/ja.ts';

export type ShareService = 'line' | 'x' | 'facebook' | 'mail';

export interface ShareLink {
  service: ShareService;
  label: string;
  href: string;
}

const enc = encodeURIComponent;

export function shareLinks(page: { title: string; url: string }): ShareLink[] {
  const { title, url } = page;
  const t = ja.share.services;
  return [
    // LINE's share address for web pages; LINE fetches the page's Open Graph data itself.
    { service: 'line', label: t.line, href: `https://social-plugins.line.me/lineit/share?url=${enc(url)}` },
    { service: 'x', label: t.x, href: `https://x.com/intent/post?text=${enc(title)}&url=${enc(url)}` },
    {
      service: 'facebook',
      label: t.facebook,
      href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`,
    },
    // RFC 6068: every reserved character percent-encoded, line breaks as CRLF.
    {
      service: 'mail',
      label: t.mail,
      href: `mailto:?subject=${enc(title)}&body=${enc(`${title}\r\n${url}`)}`,
    },
  ];
}
