/**
 * The one escaper: text into HTML or XML (character data and quoted attribute values), with the
 * `entities` library rather than a hand-written replace chain. Feeds escape a plain-text field
 * with it *before* the feed library escapes it again for XML, because feed readers treat
 * `<description>` and `content:encoded` as HTML.
 */
export { escapeUTF8 as escapeMarkup } from 'entities';
