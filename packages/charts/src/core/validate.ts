import { ChartInputError } from './errors.js';
import { type ChartRecord, type FigureRecord, kindOf, type RecordKind } from './records.js';

/** What a chart accepts: the record kind and, for figures, the measures it can place. */
export interface Expects {
  kind: RecordKind | readonly RecordKind[];
  /** Measure ids the chart draws (figures only); the caller selects figures of these measures. */
  measures?: readonly string[];
  /** What the chart needs, in words, for documentation and error messages. */
  description: string;
}

function idOf(record: unknown, index: number): string {
  if (typeof record === 'object' && record !== null && 'id' in record) return String(record.id);
  return `#${index}`;
}

const article = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/**
 * Checks the records a chart was given: a non-empty list of the expected kind, finite numbers,
 * known measures. Returns the list typed; throws a ChartInputError naming the first bad record.
 */
export function checkRecords<R extends ChartRecord>(
  chart: string,
  expects: Expects,
  records: readonly unknown[],
): R[] {
  if (!Array.isArray(records) || records.length === 0) {
    throw new ChartInputError(chart, null, `no records given; expects ${expects.description}`);
  }
  records.forEach((record, index) => {
    const kind = kindOf(record);
    const id = idOf(record, index);
    if (kind === null) {
      throw new ChartInputError(chart, id, `unknown record kind; expects ${expects.description}`);
    }
    const kinds: readonly RecordKind[] =
      typeof expects.kind === 'string' ? [expects.kind] : expects.kind;
    if (!kinds.includes(kind)) {
      throw new ChartInputError(chart, id, `is ${article(kind)}; expects ${expects.description}`);
    }
    if (kind === 'figure') {
      const figure = record as FigureRecord;
      if (typeof figure.value !== 'number' || !Number.isFinite(figure.value)) {
        throw new ChartInputError(
          chart,
          id,
          `value ${String(figure.value)} is not a finite number`,
        );
      }
      if (expects.measures && !expects.measures.includes(figure.measure)) {
        throw new ChartInputError(
          chart,
          id,
          `measure "${figure.measure}" is not one this chart draws (${expects.measures.join(', ')})`,
        );
      }
    }
  });
  return records as R[];
}

/** Figures that share one axis must share one unit; otherwise the lengths would lie. */
export function checkSameUnit(chart: string, figures: readonly FigureRecord[]): string {
  const [first] = figures;
  if (!first) throw new ChartInputError(chart, null, 'no figures to place on the axis');
  for (const figure of figures) {
    if (figure.unit !== first.unit) {
      throw new ChartInputError(
        chart,
        figure.id,
        `unit "${figure.unit}" differs from "${first.unit}" of "${first.id}" on the same axis`,
      );
    }
  }
  return first.unit;
}

/** The figures of one measure, required to be present. */
export function ofMeasure(
  chart: string,
  figures: readonly FigureRecord[],
  measure: string,
): FigureRecord[] {
  const found = figures.filter((figure) => figure.measure === measure);
  if (found.length === 0) {
    throw new ChartInputError(chart, null, `no figure of measure "${measure}" given`);
  }
  return found;
}
