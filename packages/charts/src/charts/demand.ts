import { labelledBars } from '../core/bars.js';
import { defineChart } from '../core/chart.js';
import { formatNumber, formatValue, timeLabel } from '../core/format.js';
import type { FigureRecord } from '../core/records.js';
import { citationMark, citationNumbers } from '../core/sources.js';
import { checkSameUnit, ofMeasure } from '../core/validate.js';

const DEMAND = 'drones-needed-to-defend-lt-per-year';
const UA = 'ua-drone-production-per-year';
const US = 'us-drone-production-per-year';
const NAME = 'demand';
const RANK = [DEMAND, UA, US];

const order = (figures: readonly FigureRecord[]) =>
  [...figures].sort(
    (a, b) =>
      RANK.indexOf(a.measure) - RANK.indexOf(b.measure) ||
      (a.period ?? '9999').localeCompare(b.period ?? '9999') ||
      a.id.localeCompare(b.id),
  );

/** Drones needed a year to defend one small country, against what Ukraine and the US make. */
export const demand = defineChart<FigureRecord>({
  name: NAME,
  title: "One scenario's demand against two countries' output",
  expects: {
    kind: 'figure',
    measures: RANK,
    description: `figures of measures "${DEMAND}", "${UA}" and "${US}"`,
  },
  check(figures) {
    for (const measure of RANK) ofMeasure(NAME, figures, measure);
    checkSameUnit(NAME, figures);
  },
  describe(figures) {
    const [need] = order(figures).filter((f) => f.measure === DEMAND);
    const ua = order(figures).filter((f) => f.measure === UA);
    const us = order(figures).filter((f) => f.measure === US);
    if (!need) return '';
    const usMax = Math.max(...us.map((f) => f.value));
    const lessThan = us.some((f) => f.qualifier === 'less-than');
    return (
      `${need.label}: ${formatValue(need)}. ` +
      `Ukraine's stated output: ${ua.map((f) => `${formatValue(f)} (${timeLabel(f)})`).join(', ')}. ` +
      `US output: ${us.map((f) => formatValue(f)).join(', ')}, so the need for this one country is ` +
      `${lessThan ? 'more than ' : ''}${formatNumber(Math.round(need.value / usMax))} times what the United States makes.`
    );
  },
  toTable(figures) {
    return {
      columns: [
        { key: 'id', label: 'Figure' },
        { key: 'label', label: 'What' },
        { key: 'period', label: 'Year' },
        { key: 'value', label: 'Drones per year' },
        { key: 'stated', label: 'As stated' },
        { key: 'source', label: 'Source' },
      ],
      rows: order(figures).map((f) => ({
        id: f.id,
        label: f.label,
        period: f.period,
        value: f.value,
        stated: formatValue(f),
        source: f.source,
      })),
    };
  },
  draw(figures, context) {
    const numbers = citationNumbers(figures);
    const rows = order(figures).map((f) => ({
      key: f.id,
      label: `${f.measure === DEMAND ? 'Needed to defend Lithuania' : f.measure === UA ? `Ukraine makes, ${timeLabel(f)}` : `US makes, ${timeLabel(f)}`} ${citationMark(numbers, f)}`,
      value: f.value,
      valueLabel: formatValue(f),
      color: f.measure === DEMAND ? 1 : f.measure === UA ? 0 : ('muted' as const),
    }));
    return {
      ...labelledBars(rows, context),
      subtitle:
        'Drones per year on one linear scale: the need for one small member state against whole national outputs.',
    };
  },
});
