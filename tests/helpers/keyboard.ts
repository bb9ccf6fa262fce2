/** Keyboard-only navigation for journeys: Tab until the wanted element has focus, as a person would. */
import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  href: string | null;
  text: string;
  /** Ids of the sections the element sits in, innermost first. */
  within: string[];
  /** The focus indicator as drawn: outline style and width. */
  outline: string;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const within: string[] = [];
    for (let n = el?.parentElement; n; n = n.parentElement) if (n.id) within.push(n.id);
    for (let n = el?.closest('section'); n; n = n.parentElement?.closest('section') ?? null) {
      const label = n.getAttribute('aria-labelledby');
      if (label) within.push(label);
    }
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      href: el?.getAttribute('href') ?? null,
      text: el?.textContent?.trim() ?? '',
      within,
      outline: el ? `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}` : '',
    };
  });
}

/**
 * Presses Tab until `wanted` holds for the focused element; fails after `max` presses, naming
 * what had focus, so a journey that needs more steps than a person would take is visible.
 */
export async function tabUntil(
  page: Page,
  wanted: (f: Focused) => boolean,
  max = 80,
): Promise<{ presses: number; el: Focused }> {
  const seen: string[] = [];
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    if (wanted(el)) return { presses, el };
    seen.push(el.href ?? `<${el.tag}>`);
  }
  throw new Error(`not reached after ${max} Tab presses; focus went through: ${seen.join(' ')}`);
}
