import { containsVerbatim, explainMismatch, normalizeText } from '@ua-drones/data';

export { normalizeText };

/**
 * Null when `passage` occurs in `text` by the rule the data package applies to its own excerpts
 * (only whitespace, zero-width characters and typographic quotes are forgiven); otherwise where
 * it stops matching, so the writer can fix the one character that differs.
 */
export function verbatimMismatch(text: string, passage: string): string | null {
  if (normalizeText(passage).length === 0) return 'the excerpt is empty';
  return containsVerbatim(text, passage) ? null : explainMismatch(text, passage);
}
