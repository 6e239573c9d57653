import { formatPeriod } from '@ua-drones/data';
import { source } from './lookup.js';
import type { ChartRecord } from './records.js';

/** Footnote numbers for the sources of the records, in order of first citation. */
export function citationNumbers(records: readonly ChartRecord[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const record of records) {
    if (!numbers.has(record.source)) numbers.set(record.source, numbers.size + 1);
  }
  return numbers;
}

/** The marker a label carries to point at its source in the note: "[2]". */
export function citationMark(numbers: Map<string, number>, record: ChartRecord): string {
  return `[${numbers.get(record.source)}]`;
}

/** "Sources: [1] Title (2025-09); [2] …", built from the records' citations. */
export function sourceNote(records: readonly ChartRecord[]): string {
  const numbers = citationNumbers(records);
  const parts = [...numbers].map(([id, n]) => {
    const cited = source(id);
    if (!cited) return `[${n}] ${id}`;
    const by = cited.author ? `${cited.author}, ` : '';
    return `[${n}] ${by}“${cited.title}” (${formatPeriod(cited.date)})`;
  });
  return `${numbers.size === 1 ? 'Source' : 'Sources'}: ${parts.join('; ')}. Data: @ua-drones/data.`;
}
