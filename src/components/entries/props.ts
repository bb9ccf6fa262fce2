import type { RenderResult } from 'astro:content';

/**
 * What a kind's first-page component here takes from the entry route
 * (src/pages/[collection]/[id]/[...page].astro): the presenter's `about`, and the entry's text
 * when the kind shows it (rendered by the route, on the first page only).
 */
export interface AboutProps<V extends { about: unknown }> {
  about: NonNullable<V['about']>;
  Content?: RenderResult['Content'] | undefined;
}
