/** Words for the data's controlled values; numbers and dates are formatted by @ua-drones/data. */

/** Tokens whose hyphen is part of the word, not a separator. */
const HYPHENATED = new Set(['op-ed']);

/** 'official-statement' -> 'official statement'; 'op-ed' stays 'op-ed'. */
export function humanize(token: string): string {
  return HYPHENATED.has(token) ? token : token.replace(/-/g, ' ');
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
