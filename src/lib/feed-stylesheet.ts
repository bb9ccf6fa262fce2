/**
 * The XSLT stylesheet that every RSS feed names (<?xml-stylesheet?>), so that a feed opened in a
 * browser is a Japanese page saying what it is and how to subscribe, with its newest releases.
 * Feed readers ignore it. It must work under the site's CSP (src/lib/security/headers.ts) like
 * any page: the output has no script, no inline style and no style attribute, only the
 * same-origin stylesheet /feeds/feed.css.
 *
 * XSLT 1.0 has no date functions, so each item carries its publication instant as dc:date in
 * Japan time (2026-06-16T00:00:00+09:00) and the stylesheet writes it as 2026年6月16日（火）, the
 * weekday by Zeller's congruence, as src/lib/format.ts does for pages.
 */
import { ja } from '../i18n/ja.ts';
import { escapeMarkup } from './escape.ts';
import { staticPageUrls } from './urls.ts';

export const feedStylesheetPath = '/feeds/feed.xsl';
export const feedCssPath = '/feeds/feed.css';


export function feedStylesheet(): string {
  const t = ja.feedPage;
  const text = (s: string) => escapeMarkup(s);
  const weekdays = ['土', '日', '月', '火', '水', '木', '金'] // Zeller: 0 = Saturday
    .map((w, i) => `<xsl:when test="$h = ${i}">${w}</xsl:when>`)
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  exclude-result-prefixes="atom dc">
  <xsl:output method="html" encoding="utf-8" indent="no" doctype-system="about:legacy-compat"/>

  <!-- 2026-06-16T… → 2026年6月16日（火） -->
  <xsl:template name="date">
    <xsl:param name="iso"/>
    <xsl:variable name="y" select="number(substring($iso, 1, 4))"/>
    <xsl:variable name="m" select="number(substring($iso, 6, 2))"/>
    <xsl:variable name="d" select="number(substring($iso, 9, 2))"/>
    <xsl:variable name="mm" select="$m + 12 * ($m &lt; 3)"/>
    <xsl:variable name="yy" select="$y - ($m &lt; 3)"/>
    <xsl:variable name="k" select="$yy mod 100"/>
    <xsl:variable name="j" select="floor($yy div 100)"/>
    <xsl:variable name="h" select="($d + floor(13 * ($mm + 1) div 5) + $k + floor($k div 4) + floor($j div 4) + 5 * $j) mod 7"/>
    <xsl:value-of select="concat($y, '年', $m, '月', $d, '日（')"/>
    <xsl:choose>${weekdays}</xsl:choose>
    <xsl:text>）</xsl:text>
  </xsl:template>

  <xsl:template match="/">
    <xsl:variable name="self" select="rss/channel/atom:link[@rel='self']/@href"/>
    <html lang="ja">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="rss/channel/title"/></title>
        <link rel="stylesheet" href="${feedCssPath}"/>
      </head>
      <body>
        <header class="site-header"><a href="/">${text(ja.siteName)}</a></header>
        <main>
          <p class="kicker">${text(t.kicker)}</p>
          <h1><xsl:value-of select="rss/channel/title"/></h1>
          <p><xsl:value-of select="rss/channel/description"/></p>
          <section class="subscribe" aria-labelledby="how">
            <h2 id="how">${text(t.howHeading)}</h2>
            <p>${text(t.what)}</p>
            <ol>
              <li>${text(t.step1)}</li>
              <li>${text(t.step2)}</li>
            </ol>
            <p class="address"><code><xsl:value-of select="$self"/></code></p>
            <p>${text(t.noReader)} <a href="${staticPageUrls.press}#feeds">${text(t.pressLink)}</a></p>
          </section>
          <section aria-labelledby="items">
            <h2 id="items">${text(t.itemsHeading)}</h2>
            <p><a href="{rss/channel/link}">${text(t.pageLink)}</a></p>
            <xsl:choose>
              <xsl:when test="rss/channel/item">
                <ul class="items">
                  <xsl:for-each select="rss/channel/item">
                    <li>
                      <a href="{link}"><xsl:value-of select="title"/></a>
                      <xsl:if test="dc:date">
                        <p class="meta"><time datetime="{dc:date}"><xsl:call-template name="date"><xsl:with-param name="iso" select="dc:date"/></xsl:call-template></time></p>
                      </xsl:if>
                      <p><xsl:value-of select="description"/></p>
                    </li>
                  </xsl:for-each>
                </ul>
              </xsl:when>
              <xsl:otherwise><p>${text(t.empty)}</p></xsl:otherwise>
            </xsl:choose>
          </section>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
}
