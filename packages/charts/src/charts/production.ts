import { labelledBars } from '../core/bars.js';
import { defineChart } from '../core/chart.js';
import { formatNumber, formatValue, timeLabel } from '../core/format.js';
import { entityName } from '../core/lookup.js';
import type { FigureRecord } from '../core/records.js';
import { citationMark, citationNumbers } from '../core/sources.js';
import { checkSameUnit, ofMeasure } from '../core/validate.js';

const UA = 'ua-drone-production-per-year';
const US = 'us-drone-production-per-year';
const NAME = 'production';

const byYear = (a: FigureRecord, b: FigureRecord) =>
  (a.measure === UA ? 0 : 1) - (b.measure === UA ? 0 : 1) ||
  (a.period ?? '9999').localeCompare(b.period ?? '9999') ||
  a.id.localeCompare(b.id);

const who = (figure: FigureRecord) => entityName(figure.measure === UA ? 'ua' : 'us');

/** Ukraine's yearly drone output as each source states it, with the US output for scale. */
export const production = defineChart<FigureRecord>({
  name: NAME,
  title: "Ukraine's drone output by year, as each source states it",
  expects: {
    kind: 'figure',
    measures: [UA, US],
    description: `figures of measure "${UA}" (one or more, each source kept) and "${US}"`,
  },
  check(figures) {
    ofMeasure(NAME, figures, UA);
    ofMeasure(NAME, figures, US);
    checkSameUnit(NAME, figures);
  },
  describe(figures) {
    const sorted = [...figures].sort(byYear);
    const ua = sorted.filter((f) => f.measure === UA);
    const us = sorted.filter((f) => f.measure === US);
    // Same footnote numbers as the labels and the source note that follows the description.
    const numbers = citationNumbers(figures);
    const uaText = ua
      .map((f) => `${formatValue(f)} (${timeLabel(f)}, source ${citationMark(numbers, f)})`)
      .join('; ');
    const top = ua.reduce((a, b) => (b.value > a.value ? b : a));
    const usText = us.map((f) => formatValue(f)).join(' or ');
    const ratio = Math.round(top.value / Math.max(...us.map((f) => f.value)));
    return (
      `Sources disagree on Ukraine's yearly drone output: ${uaText}. ` +
      `The United States makes ${usText}; Ukraine's highest stated output, ${formatNumber(top.value)}, ` +
      `is ${us.some((f) => f.qualifier === 'less-than') ? 'more than ' : ''}${ratio} times that.`
    );
  },
  toTable(figures) {
    return {
      columns: [
        { key: 'id', label: 'Figure' },
        { key: 'country', label: 'Country' },
        { key: 'period', label: 'Year' },
        { key: 'value', label: 'Drones per year' },
        { key: 'stated', label: 'As stated' },
        { key: 'source', label: 'Source' },
      ],
      rows: [...figures].sort(byYear).map((f) => ({
        id: f.id,
        country: who(f),
        period: f.period,
        value: f.value,
        stated: formatValue(f),
        source: f.source,
      })),
    };
  },
  draw(figures, context) {
    const numbers = citationNumbers(figures);
    const rows = [...figures].sort(byYear).map((f) => ({
      key: f.id,
      label: `${who(f)}, ${timeLabel(f)} ${citationMark(numbers, f)}`,
      value: f.value,
      valueLabel: formatValue(f),
      color: f.measure === UA ? 0 : ('muted' as const),
    }));
    return {
      ...labelledBars(rows, context),
      subtitle: 'Drones produced per year; numbers in brackets point to the sources below.',
    };
  },
});
