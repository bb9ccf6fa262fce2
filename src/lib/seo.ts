/** What every page says about itself in <head>: title, description, canonical and Open Graph. */
import { joinWrappedJapanese } from './text.ts';

/** Search engines show about 120 Japanese characters of a description. */
export const descriptionLength = 120;

/**
 * A meta description from free text: wrapped lines joined, and cut at a sentence end when one falls
 * in the second half, otherwise at the limit with an ellipsis.
 */
export function metaDescription(text: string, max = descriptionLength): string {
  const flat = joinWrappedJapanese(text);
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const head = chars.slice(0, max - 1).join('');
  const stop = head.lastIndexOf('。');
  if (stop >= max / 2) return head.slice(0, stop + 1);
  return `${head}…`;
}

/** `相馬市 | 市区町村 | 地域プレスルーム`; the home page is the site name alone. */
export function documentTitle(parts: {
  title: string;
  section?: string | undefined;
  siteName: string;
  home: boolean;
}) {
  if (parts.home) return parts.siteName;
  return [parts.title, parts.section, parts.siteName].filter(Boolean).join(' | ');
}

export function absoluteUrl(pathname: string, site: URL | string): string {
  return new URL(pathname, site).href;
}
