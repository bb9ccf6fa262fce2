/**
 * The English search page's behaviour on Pagefind's Component UI: the ranking, and the query kept
 * in the URL (?q=) so a search can be shared and reloaded. Pagefind's own strings are English.
 */
import { englishSearchRanking } from '../../../lib/english/search.ts';

interface PagefindInstance {
  searchTerm: string;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  on(event: 'search', callback: (term: string) => void): void;
}
interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}

async function start(components: PagefindComponents) {
  const instance = components.configureInstance('default', { ranking: englishSearchRanking });
  let applying = false;
  instance.on('search', (term) => {
    if (applying) return;
    const params = new URLSearchParams(location.search);
    if (term.trim() === '') params.delete('q');
    else params.set('q', term.trim());
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  });
  await instance.triggerLoad();
  const q = (new URLSearchParams(location.search).get('q') ?? '').trim();
  if (q !== '' && instance.searchTerm === '') {
    applying = true;
    instance.triggerSearch(q);
    applying = false;
  }
}

// Typed here rather than on Window: the Japanese search page declares its own, wider view of it.
const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
if (components) void start(components);
