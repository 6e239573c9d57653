import { formatPeriod } from '@ua-drones/data';
import { source } from './lookup.js';
import type { ChartRecord } from './records.js';

/** The sources of the records, once each, in order of first citation. */
function citedSources(records: readonly ChartRecord[]): string[] {
  return [...new Set(records.map((record) => record.source))];
}

/** How running text names a source: its short name ("the Kyiv op-ed", "Dickinson"), or its id. */
export function sourceName(id: string): string {
  return source(id)?.shortName ?? id;
}

/**
 * How a label names a source, briefly: its short name without the article ("Kyiv op-ed",
 * "Dickinson"), or its id when the data package does not know it.
 */
export function sourceLabel(id: string): string {
  return sourceName(id).replace(/^the /, '');
}

/**
 * One source as the credit line cites it: author, title (in quotation marks only when the piece
 * has one; a description of an untitled piece is ours and says so) and date, "inferred" in words
 * when the date is inferred from the text.
 */
function citation(id: string): string {
  const cited = source(id);
  if (!cited) return id;
  const by = cited.author ? `${cited.author}, ` : '';
  const title = cited.titleGiven ? `“${cited.title}”` : `${cited.title} (untitled)`;
  const date = `${formatPeriod(cited.date)}${cited.dateInferred ? ', date inferred' : ''}`;
  return `${by}${title}, ${date}`;
}

/** "Sources: Author, “Title”, September 2025; …", built from the records' citations. */
export function sourceNote(records: readonly ChartRecord[]): string {
  const ids = citedSources(records);
  return `${ids.length === 1 ? 'Source' : 'Sources'}: ${ids.map(citation).join('; ')}.`;
}
