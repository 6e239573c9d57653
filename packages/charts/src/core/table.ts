import { csvFormatRows } from 'd3-dsv';
import { formatValue } from './format.js';
import type { FigureRecord } from './records.js';

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

/** Figures as rows in the order given: what each counts, when, the number as stated, its source. */
export function figureTable(figures: readonly FigureRecord[]): Table {
  return {
    columns: [
      { key: 'id', label: 'Figure' },
      { key: 'label', label: 'What' },
      { key: 'period', label: 'When' },
      { key: 'dateInferred', label: 'Date inferred' },
      { key: 'value', label: 'Number' },
      { key: 'unit', label: 'Unit' },
      { key: 'stated', label: 'As stated' },
      { key: 'source', label: 'Source' },
    ],
    rows: figures.map((f) => ({
      id: f.id,
      label: f.label,
      period: f.period,
      dateInferred: f.periodInferred ? 'yes' : 'no',
      value: f.value,
      unit: f.unit,
      stated: formatValue(f),
      source: f.source,
    })),
  };
}
