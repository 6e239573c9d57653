import { UNITS } from '@ua-drones/data';
import type { FigureRecord } from './records.js';

const QUALIFIER_WORDS: Record<FigureRecord['qualifier'], string> = {
  exact: '',
  approximately: 'about ',
  'at-least': 'at least ',
  'more-than': 'more than ',
  'less-than': 'less than ',
  almost: 'almost ',
  'up-to': 'up to ',
};

const UNIT_SUFFIX: Partial<Record<FigureRecord['unit'], string>> = {
  percent: '%',
  km: ' km',
  mi: ' mi',
  km2: ' km²',
};

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

/** Value with its qualifier and unit: "more than 1,000 km", "87%", "$100 million". */
export function formatValue(figure: Pick<FigureRecord, 'value' | 'unit' | 'qualifier'>): string {
  const number = formatNumber(figure.value);
  const unit = figure.unit;
  let text: string;
  if (unit === 'USD') text = `$${number}`;
  else if (unit === 'EUR') text = `€${number}`;
  else if (UNIT_SUFFIX[unit]) text = `${number}${UNIT_SUFFIX[unit]}`;
  else text = `${number} ${figure.value === 1 ? unit.replace(/s$/, '') : unit}`;
  return `${QUALIFIER_WORDS[figure.qualifier]}${text}`;
}

/** The value in its unit's base unit (miles become kilometres), using the data package's units. */
export function baseValue(figure: Pick<FigureRecord, 'value' | 'unit'>): {
  value: number;
  unit: string;
} {
  const unit = UNITS[figure.unit];
  return { value: figure.value * unit.factor, unit: unit.base };
}

/** The year or period a figure refers to, as a label. */
export function periodLabel(period: string | null): string {
  if (period === null) return 'year not stated';
  return period.replace('/..', ' onward').replace('/', '–');
}
