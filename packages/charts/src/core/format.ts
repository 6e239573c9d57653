import { formatFigure, UNITS } from '@ua-drones/data';
import type { FigureRecord } from './records.js';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A number as a reader says it: 4,500,000 -> "4.5 million", 15000 -> "15,000". */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${grouped.format(value / 1e9)} billion`;
  if (abs >= 1e6) return `${grouped.format(value / 1e6)} million`;
  return grouped.format(value);
}

/** A short tick label for axes: 4,500,000 -> "4.5M". */
export function formatTick(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${grouped.format(value / 1e9)}B`;
  if (abs >= 1e6) return `${grouped.format(value / 1e6)}M`;
  if (abs >= 1e4) return `${grouped.format(value / 1e3)}k`;
  return grouped.format(value);
}

/** Value with its qualifier and unit as the data package says it: "more than 1,000 km", "87%". */
export function formatValue(figure: Pick<FigureRecord, 'value' | 'unit' | 'qualifier'>): string {
  return formatFigure(figure, { locale: 'en-US' });
}

/**
 * Value as a count, without the rate its unit carries ("75 drones", not "75 drones in one night"),
 * for a sentence that names the period itself. Units with no count of their own keep the rate.
 */
export function formatCount(figure: Pick<FigureRecord, 'value' | 'unit' | 'qualifier'>): string {
  const count = figure.unit.split('/')[0] as FigureRecord['unit'];
  return formatValue({ ...figure, unit: count in UNITS ? count : figure.unit });
}

/** The year or period a figure refers to, as a label. */
export function periodLabel(period: string | null): string {
  if (period === null) return 'year not stated';
  return period.replace('/..', ' onward').replace('/', '–');
}
