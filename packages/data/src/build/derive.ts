import type { EventRecord } from '../schema/event.ts';
import type { FigureRecord, MeasureRecord } from '../schema/figure.ts';
import type { PartnershipRecord } from '../schema/partnership.ts';
import type { QuoteRecord } from '../schema/quote.ts';
import type { SourceRecord } from '../schema/source.ts';
import { UNITS } from '../units.ts';

export type Precision = 'year' | 'month' | 'day';

/** The precision of an ISO date is its length: `2025` is a year, `2025-09` a month. */
export function datePrecision(date: string): Precision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

const pad = (value: number) => String(value).padStart(2, '0');

/** First day an ISO date covers (`2025` starts on 2025-01-01). */
function firstDay(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** Last day an ISO date covers (`2025-02` ends on 2025-02-28). */
function lastDay(date: string): string {
  const [year = '0', month, day] = date.split('-');
  if (day !== undefined) return date;
  if (month === undefined) return `${year}-12-31`;
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${pad(last)}`;
}

/** Start, end (null when open) and precision of an ISO date or interval. */
export function periodBounds(period: string) {
  const [start = period, end = start] = period.split('/');
  return {
    start: firstDay(start),
    end: end === '..' ? null : lastDay(end),
    precision: datePrecision(start),
  };
}

// Rounds away float noise from unit factors (0.5 mi is 0.804672 km, not 0.8046720000000001).
const clean = (value: number) => Number(value.toPrecision(12));

export function deriveFigure(figure: FigureRecord) {
  const unit = UNITS[figure.unit];
  const bounds = figure.period === null ? null : periodBounds(figure.period);
  return {
    ...figure,
    unitCode: unit.code,
    baseUnit: unit.base,
    valueInBaseUnit: clean(figure.value * unit.factor),
    periodStart: bounds?.start ?? null,
    periodEnd: bounds?.end ?? null,
    periodPrecision: bounds?.precision ?? null,
    errata: figure.errata ?? [],
  };
}

export function deriveMeasure(measure: MeasureRecord, figures: readonly FigureRecord[]) {
  const first = figures.find((figure) => figure.measure === measure.id);
  return {
    ...measure,
    baseUnit: first === undefined ? null : UNITS[first.unit].base,
    figureCount: figures.filter((figure) => figure.measure === measure.id).length,
  };
}

export const deriveEvent = (event: EventRecord) => ({
  ...event,
  datePrecision: datePrecision(event.date),
  errata: event.errata ?? [],
});

export const derivePartnership = (partnership: PartnershipRecord) => ({
  ...partnership,
  datePrecision: partnership.date === null ? null : datePrecision(partnership.date),
  errata: partnership.errata ?? [],
});

export const deriveQuote = (quote: QuoteRecord) => ({
  ...quote,
  datePrecision: quote.date === null ? null : datePrecision(quote.date),
  errata: quote.errata ?? [],
});

export const deriveSourceDates = (source: SourceRecord) => {
  const bounds = periodBounds(source.date);
  return { dateStart: bounds.start, dateEnd: bounds.end, datePrecision: bounds.precision };
};
