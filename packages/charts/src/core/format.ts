import { formatFigure, formatFigureTime, formatNumber as sayNumber } from '@ua-drones/data';
import type { FigureRecord } from './records.js';

/** A number as a reader says it: 4,500,000 -> "4.5 million", 15000 -> "15,000". */
export function formatNumber(value: number): string {
  return sayNumber(value, { locale: 'en-US' });
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A short tick label for axes: 4,500,000 -> "4.5M", 100,000 -> "100K", 1,500 -> "1,500". */
export function formatTick(value: number): string {
  return Math.abs(value) >= 1e4 ? compact.format(value) : grouped.format(value);
}

/**
 * Value with its qualifier and unit as the data package says it: "more than 1,000 km", "87%".
 * `per: false` drops a rate's time for a chart whose title already says it ("75 drones").
 */
export function formatValue(
  figure: Pick<FigureRecord, 'value' | 'unit' | 'qualifier' | 'currency' | 'period'>,
  { per = true }: { per?: boolean } = {},
): string {
  return formatFigure(figure, { locale: 'en-US', per });
}

/** When a figure holds, as the data package says it: "2025", "as of 2026", "not dated". */
export function timeLabel(figure: FigureRecord): string {
  return formatFigureTime(figure);
}
