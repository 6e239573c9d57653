/**
 * The editorial line a chapter places above a chart (`<Chart takeaway="…">`): one sentence of plain
 * text under the chart's title. Numbers stay in the chart and in the data components, as in prose
 * (WRITING.md), so a takeaway has no digit.
 */

/** Visible words before a chart, besides its number and subtitle: the issue 13 budget. */
export const MAX_WORDS_BEFORE_CHART = 45;

/** A takeaway is the chart's headline (issue 25): short enough to read at a glance. */
export const MAX_HEADLINE_WORDS = 15;

/** Words as a reader counts them: runs of text with at least one letter. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** What is wrong with a takeaway, or null when it is one plain sentence of headline length. */
export function takeawayProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'the takeaway is empty: leave the attribute out instead';
  if (/\d/.test(trimmed))
    return 'the takeaway has a digit: numbers belong in the chart and in <Fig>';
  if (/[<>{}]/.test(trimmed)) return 'the takeaway is plain text: no markup or components';
  // A sentence ends at . ! or ? (after any closing quote or bracket) followed by more text.
  if (/[.!?]['"’”)]*\s+\S/.test(trimmed)) return 'the takeaway is more than one sentence';
  const words = wordCount(trimmed);
  if (words > MAX_HEADLINE_WORDS) {
    return `the takeaway has ${words} words; it is the chart's headline, at most ${MAX_HEADLINE_WORDS} words (qualifications go in the prose)`;
  }
  return null;
}
