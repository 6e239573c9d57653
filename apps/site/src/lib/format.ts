/** Words for the data's controlled values; numbers and dates are formatted by @ua-drones/data. */

/** Tokens whose hyphen is part of the word, not a separator. */
const HYPHENATED = new Set(['op-ed']);

/** 'official-statement' -> 'official statement'; 'op-ed' stays 'op-ed'. */
export function humanize(token: string): string {
  return HYPHENATED.has(token) ? token : token.replace(/-/g, ' ');
}

/** Text that starts a line of its own (a field's value): 'more than' -> 'More than'. */
export function capitalized(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** A controlled value shown as a label on its own: 'op-ed' -> 'Op-ed'. */
export function labelOf(token: string): string {
  return capitalized(humanize(token));
}

/** "1 figure", "3 quotes": a count with its noun in the right number. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "figures 3, quotes 1" as "3 figures, 1 quote", leaving out what there is none of. */
export function counts(entries: ReadonlyArray<readonly [number, string]>): string {
  return entries
    .filter(([n]) => n > 0)
    .map(([n, noun]) => countOf(n, noun))
    .join(', ');
}

const languages = new Intl.DisplayNames(['en'], { type: 'language' });

/** A BCP 47 tag in words: 'en' -> 'English', 'uk' -> 'Ukrainian'. */
export function languageName(tag: string): string {
  return languages.of(tag) ?? tag;
}

/**
 * Display text set as the chapters are (Astro's smart quotes): an apostrophe or a pair of double
 * quotes typed straight in a title, a takeaway or a chart's words becomes curly, so a headline
 * does not sit in straight marks beside curly body text. Plain text in, plain text out.
 */
export function typographic(text: string): string {
  return text
    .replace(/(\p{L}|\d)'(\p{L})/gu, '$1’$2')
    .replace(/(\p{L})'(?=[\s.,;:!?)]|$)/gu, '$1’')
    .replace(/"([^"]*)"/g, '“$1”');
}

/**
 * The same for markup whose text escapes the apostrophe (`&apos;`, `&#39;`: a chart's SVG as
 * rendered): only between letters or after a word's last letter, so no attribute (double-quoted
 * throughout) and no tag is touched.
 */
export function typographicMarkup(markup: string): string {
  return markup
    .replace(/(\p{L}|\d)(?:&apos;|&#39;|')(\p{L})/gu, '$1’$2')
    .replace(/(\p{L})(?:&apos;|&#39;)(?=[\s.,;:!?)<]|$)/gu, '$1’');
}

/**
 * `text` cut for a short space at the last word boundary within `max` characters, as
 * `[shown, rest]` with `shown + rest === text`: CSS line-clamp cuts mid-word ("thei…"). Punctuation
 * before the cut goes with the rest ("in October 2025", not "2025,"), so "…" reads after a word.
 * Text that fits, or whose first word is longer than `max` (a URL), is shown whole.
 */
export function cutAtWord(text: string, max: number): [shown: string, rest: string] {
  if (text.length <= max) return [text, ''];
  const space = text.lastIndexOf(' ', max);
  if (space <= 0) return [text, ''];
  const end = space - (/[\s,;:.–—-]+$/.exec(text.slice(0, space))?.[0].length ?? 0);
  return [text.slice(0, end), text.slice(end)];
}
