/**
 * YAML folded text (`>-`) joins lines with a space. Between two Japanese characters that space
 * is an artefact of line wrapping, not a word break, and shows as a gap in the page.
 */
export function joinWrappedJapanese(text: string): string {
  return text
    .replace(/(\P{ASCII})[ \t\r\n]+(?=\P{ASCII})/gu, '$1')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}
