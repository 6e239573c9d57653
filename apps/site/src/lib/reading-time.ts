/** Minutes at 230 words a minute, at least one; words as parse-chapter.ts counts them. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
