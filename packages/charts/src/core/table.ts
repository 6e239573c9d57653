import { csvFormatRows } from 'd3-dsv';

export type Cell = string | number | null;

/** The data behind a chart as rows: for an HTML table and a CSV download alike. */
export interface Table {
  columns: readonly { key: string; label: string }[];
  rows: readonly Record<string, Cell>[];
}

/** The table as RFC 4180 CSV with a header row of column labels. */
export function tableToCsv(table: Table): string {
  const header = table.columns.map((column) => column.label);
  const body = table.rows.map((row) =>
    table.columns.map((column) => {
      const cell = row[column.key];
      return cell === null || cell === undefined ? '' : String(cell);
    }),
  );
  return `${csvFormatRows([header, ...body])}\n`;
}
