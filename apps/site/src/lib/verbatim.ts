/**
 * Whether a passage is copied verbatim from a text, by the rule the data package applies to its
 * records' excerpts: only runs of whitespace, zero-width characters and typographic quotes are
 * normalized; dashes, spelling and case must match.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const clip = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length)}…` : text;

/**
 * Null when `passage` occurs in `text`; otherwise where it stops matching, so the writer can fix
 * the one character that differs.
 */
export function verbatimMismatch(text: string, passage: string): string | null {
  const haystack = normalizeText(text);
  const needle = normalizeText(passage);
  if (needle.length === 0) return 'the excerpt is empty';
  if (haystack.includes(needle)) return null;
  let low = 0;
  let high = needle.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (haystack.includes(needle.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low < 12) return 'not even its first words occur in the source';
  const at = haystack.indexOf(needle.slice(0, low));
  const tail = haystack.slice(at + low, at + low + 30);
  return `it matches up to "…${clip(needle.slice(Math.max(0, low - 30), low), 30)}", then has "${clip(needle.slice(low), 30)}" where the source has "${tail ? clip(tail, 30) : '(end of text)'}"`;
}
