/**
 * The one error every chart throws on bad input. It names the chart and, when one record is at
 * fault, that record's id, so a caller can fix the selection instead of reading a broken chart.
 */
export class ChartInputError extends Error {
  readonly chart: string;
  readonly recordId: string | null;

  constructor(chart: string, recordId: string | null, problem: string) {
    super(
      recordId === null ? `${chart}: ${problem}` : `${chart}: record "${recordId}": ${problem}`,
    );
    this.name = 'ChartInputError';
    this.chart = chart;
    this.recordId = recordId;
  }
}
