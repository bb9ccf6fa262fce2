/**
 * A page of a list split into pages (/events/page/2/, /en/cities/soma/page/2/): its title says
 * which page it is, and a page after the first leads back to the first in its breadcrumbs.
 */
import { en } from '../i18n/en.ts';
import { ja } from '../i18n/ja.ts';
import { staticPageUrls } from '../lib/urls.ts';
import { englishHomeCrumb } from './english/items.ts';

export function listPage({
  name,
  firstPage,
  currentPage,
  english = false,
}: {
  /** The list's name: the first page's title. */
  name: string;
  firstPage: string;
  currentPage: number;
  english?: boolean;
}) {
  const home = english ? englishHomeCrumb : { href: staticPageUrls.home, label: ja.nav.home };
  return {
    title: (english ? en.pagination : ja.pagination).titled(name, currentPage),
    breadcrumbs: [home, ...(currentPage > 1 ? [{ href: firstPage, label: name }] : [])],
  };
}
