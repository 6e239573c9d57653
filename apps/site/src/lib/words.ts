/** Words a reader reads in a chapter's MDX source: front matter, imports and markup left out. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    // A data component reads as about two words ("4.5 million drones", "[3]").
    .replace(/<(Fig|Q|Cite|When|Conflict)\b[^>]*\/?>/g, ' value value ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`[\]()|-]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Minutes at 230 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
