import H3 from './H3.astro';
import H4 from './H4.astro';
import H5 from './H5.astro';

/** MDX component map: the body's ## becomes h3 when the page puts it under its own h2. */
export const demotedHeadings = { h2: H3, h3: H4, h4: H5 };
