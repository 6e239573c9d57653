/**
 * A note call set straight after a numeral reads as an exponent ("19⁷¹ drones", "in 2014²³"), so
 * institutes never put one there. <Fig> and <When> render their value with its marker, and a
 * sentence may cite a passage right after a year; after rendering, such markers move on to the
 * next punctuation mark of the same sentence (or join the next marker, or end the block), their
 * margin notes with them. A marker after words or punctuation stays where the writer put it.
 */

/** A marker and its margin note as CiteMarker.astro renders them. */
const MARKER =
  '<a class="cite-link"[^>]*>\\d+</a><span class="sidenote" id="note-[\\w-]+">(?:(?!<span class="sidenote")[\\s\\S])*?<span class="note-source">[^<]*<a [^>]*>[^<]*</a></span></span>';
/** Markers right after a numeral or a percent sign, past any tags that close after it. */
const ON_NUMERAL = new RegExp(`([\\d%])((?:</[a-z]+>)*)((?:${MARKER})+)`, 'g');
const PUNCTUATION = /[,.;:!?)]/;
const BLOCK_END = /^<\/(?:p|li|td|th|h\d|dd|dt|figcaption|blockquote|div|section)>/;

/**
 * Where the markers land: after the next punctuation mark of the text they stand in, or joining
 * the next marker, or before the block ends. They may leave the inline element they were in (the
 * value's link, a date's span), but never enter another one's text.
 */
function landing(html: string, from: number): number {
  let depth = 0;
  let i = from;
  while (i < html.length) {
    if (html.startsWith('<a class="cite-link"', i)) return i;
    if (html[i] === '<') {
      const end = html.indexOf('>', i);
      const tag = html.slice(i, end + 1);
      if (BLOCK_END.test(tag)) return i;
      if (tag.startsWith('</')) depth = Math.max(0, depth - 1);
      else if (!tag.endsWith('/>') && !/^<(?:br|img|wbr)\b/.test(tag)) depth++;
      i = end + 1;
      continue;
    }
    if (depth === 0 && PUNCTUATION.test(html[i] as string)) return i + 1;
    i++;
  }
  return html.length;
}

export function markersOffNumerals(html: string): string {
  let out = html;
  let start = 0;
  for (;;) {
    ON_NUMERAL.lastIndex = start;
    const match = ON_NUMERAL.exec(out);
    if (!match) return out;
    const [whole, numeral, closing = '', markers = ''] = match;
    const before = out.slice(0, match.index) + numeral + closing;
    const after = out.slice(match.index + whole.length);
    const at = landing(after, 0);
    if (at === 0) {
      // Nothing of the sentence follows (the block ends): the markers stay.
      start = match.index + whole.length;
      continue;
    }
    // Each move takes markers further on, so the loop ends; where they land on a numeral again
    // (joining a marker after a year, say) the next pass moves them together.
    out = before + after.slice(0, at) + markers + after.slice(at);
    start = match.index;
  }
}
