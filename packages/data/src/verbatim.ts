/**
 * Excerpts are checked against the source texts after normalizing only what copy-paste and
 * typesetting change: runs of whitespace and typographic quotes/apostrophes. Nothing else
 * (dashes, spelling, case) is forgiven, so an excerpt stays a quotation.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `needle` occurs verbatim in `haystack`, up to whitespace and typographic quotes. */
export function containsVerbatim(haystack: string, needle: string): boolean {
  return normalizeText(haystack).includes(normalizeText(needle));
}

const clip = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length)}…` : text;

/**
 * Says where a passage stops matching the text it should be copied from, so whoever wrote it
 * can fix the one character that differs instead of re-reading the whole article.
 */
export function explainMismatch(haystack: string, needle: string): string {
  const text = normalizeText(haystack);
  const passage = normalizeText(needle);
  let low = 0;
  let high = passage.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(passage.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low < 12) return 'not even its first words occur in the source';
  const at = text.indexOf(passage.slice(0, low));
  const tail = text.slice(at + low, at + low + 30);
  return `it matches up to "…${clip(passage.slice(Math.max(0, low - 30), low), 30)}", then has "${clip(passage.slice(low), 30)}" where the source has "${tail ? clip(tail, 30) : '(end of text)'}"`;
}
