import type { EventRecord } from '../schema/event.ts';
import type { FigureRecord, MeasureRecord } from '../schema/figure.ts';
import type { PartnershipRecord } from '../schema/partnership.ts';
import type { QuoteRecord } from '../schema/quote.ts';
import type { SourceRecord } from '../schema/source.ts';
import { convert, UNITS } from '../units.ts';

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

/** A figure with its value in its measure's unit and the bounds of its period and `asOf`. */
export function deriveFigure(figure: FigureRecord, measure: MeasureRecord) {
  const period = figure.period === null ? null : periodBounds(figure.period);
  const asOf = figure.asOf === null ? null : periodBounds(figure.asOf);
  return {
    ...figure,
    unitCode: UNITS[figure.unit].code,
    baseUnit: measure.unit,
    valueInBaseUnit: convert(figure.value, figure.unit, measure.unit),
    periodStart: period?.start ?? null,
    periodEnd: period?.end ?? null,
    periodPrecision: period?.precision ?? null,
    asOfStart: asOf?.start ?? null,
    asOfEnd: asOf?.end ?? null,
    errata: figure.errata ?? [],
  };
}

export function deriveMeasure(measure: MeasureRecord, figures: readonly FigureRecord[]) {
  return {
    ...measure,
    unitCode: UNITS[measure.unit].code,
    figureCount: figures.filter((figure) => figure.measure === measure.id).length,
  };
}

export const deriveEvent = (event: EventRecord) => ({
  ...event,
  datePrecision: event.date === null ? null : datePrecision(event.date),
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
