/** Tables and lines about one page's bytes and requests, shared by the sections that show them. */
import type { Sizes } from '../../lib/sizes.ts';
import { BYTE_ROWS, type ByteRow, type PageBytes } from '../../sections/reader.ts';
import { kb, sizeCells, table } from '../format.ts';
import { ok } from '../outcome.ts';
import type { Results } from '../results.ts';

/**
 * What REPORT_PAGE.totalGzipBytes counts: the document (its charts inline), stylesheets and
 * scripts. Fonts have their own budget (REPORT_PAGE.fontWoff2Bytes), as in the site's tests.
 */
const WEIGHED = ['HTML', 'CSS', 'JS'] as const satisfies readonly ByteRow[];
const WEIGHED_TYPES = ['document', 'stylesheet', 'script'];

/** The weighed rows and the parts of the HTML ("of which inline SVG"), which name a miss's cause. */
export const weighed = (row: ByteRow) =>
  (WEIGHED as readonly ByteRow[]).includes(row) || row.startsWith('  ');

/** A page's bytes as its two budgets count them. */
export function budgeted(bytes: PageBytes): {
  page: { gzip: number; files: number };
  /** woff2 is compressed already: its bytes as sent are the budget's unit. */
  fonts: { bytes: number; files: number };
} {
  const count = (types: string[]) =>
    types.reduce((sum, type) => sum + (bytes.requestsByType[type] ?? 0), 0);
  return {
    page: {
      gzip: WEIGHED.reduce((sum, row) => sum + bytes.rows[row].gzip, 0),
      files: count(WEIGHED_TYPES),
    },
    fonts: { bytes: bytes.rows.Fonts.raw, files: count(['font']) },
  };
}

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
