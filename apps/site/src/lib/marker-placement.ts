/**
 * A note call set straight after a numeral reads as an exponent ("19⁷¹ drones", "in 2014²³"), so
 * institutes never put one there. <Fig> and <When> render their value with its marker, and a
 * sentence may cite a passage right after a year; after rendering, such markers move on to the
 * next punctuation mark of the same sentence (or join the next marker, or end the block), their
 * margin notes with them. A marker after words or punctuation stays where the writer put it.
 */
import { markerPattern } from './marker-separators.ts';

/** Markers right after a numeral or a percent sign, past any tags that close after it. */
const ON_NUMERAL = new RegExp(`([\\d%])((?:</[a-z]+>)*)((?:${markerPattern()})+)`, 'g');
const PUNCTUATION = /[,.;:!?)]/;
const TRAILING = /[,.;:!?)’”"]/;
/** A word a full stop abbreviates ("U.S.", "Col. Gen."), which ends no clause. */
const ABBREVIATION = /(?:^|[^\p{L}])(?:\p{Lu}|Col|Gen|Lt|Maj|Mr|Mrs|Ms|Dr|St|No|vs)$/u;

/**
 * Whether the mark at i ends a clause: not a decimal point or a thousands comma ("4.5", "1,200"),
 * not inside a word ("U.S"), not an abbreviation's full stop.
 */
function endsClause(html: string, i: number): boolean {
  const mark = html[i] as string;
  if (!PUNCTUATION.test(mark)) return false;
  if (/[\p{L}\d]/u.test(html[i + 1] ?? '')) return false;
  return !(mark === '.' && ABBREVIATION.test(html.slice(Math.max(0, i - 8), i)));
}
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
    if (depth === 0 && endsClause(html, i)) {
      // Past the whole run (a parenthesis and its full stop, a closing quote): markers never sit
      // between two marks.
      let j = i + 1;
      while (j < html.length && TRAILING.test(html[j] as string)) j++;
      return j;
    }
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
