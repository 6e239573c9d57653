/** Tables and lines about one page's bytes and requests, shared by the sections that show them. */
import type { Sizes } from '../../lib/sizes.ts';
import { BYTE_ROWS, type ByteRow, type PageBytes } from '../../sections/reader.ts';
import { kb, sizeCells, table } from '../format.ts';
import { ok } from '../outcome.ts';
import type { Results } from '../results.ts';

/** The report page's bytes: measured as the report page, or as the compared page when it is one. */
export function reportPageBytes(results: Results): PageBytes | undefined {
  const bytes = ok(results.sections.bytes);
  return bytes?.report ?? bytes?.ssr;
}

export function bytesTable(bytes: PageBytes): string {
  return table(
    ['Part', 'Raw', 'gzip', 'brotli'],
    BYTE_ROWS.filter((row) => row === 'Total' || row === 'HTML' || bytes.rows[row].raw > 0).map(
      (row) => [row.startsWith('  ') ? `  ↳ ${row.trim()}` : row, ...sizeCells(bytes.rows[row])],
    ),
  );
}

export function requestsLine(bytes: PageBytes): string {
  const byType = Object.entries(bytes.requestsByType)
    .sort((a, b) => b[1] - a[1])
    .map(([type, count]) => `${count} ${type}`)
    .join(', ');
  const foreign =
    bytes.foreign.length === 0
      ? 'none to another origin'
      : `**${bytes.foreign.length} to another origin**: ${bytes.foreign.join(', ')}`;
  return `Requests: **${bytes.requests}** (${byType}); ${foreign}.`;
}

/**
 * The three largest parts of a page (gzip) among those a size target counts, for the reason of a
 * missed target.
 */
export function largestParts(bytes: PageBytes, counted: (row: ByteRow) => boolean): string {
  const rows = (Object.entries(bytes.rows) as Array<[ByteRow, Sizes]>)
    .filter(([row, sizes]) => row !== 'Total' && counted(row) && sizes.gzip > 0)
    .sort((a, b) => b[1].gzip - a[1].gzip)
    .slice(0, 3);
  return `largest: ${rows.map(([row, sizes]) => `${row.trim()} ${kb(sizes.gzip)}`).join(', ')}`;
}
