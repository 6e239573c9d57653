import { defineChart } from '../core/chart.js';
import { formatAmount, formatNumber, formatValue } from '../core/format.js';
import { entityName } from '../core/lookup.js';
import { PARTY_COLOR } from '../core/palette.js';
import type { FigureRecord } from '../core/records.js';
import { sourceLabel } from '../core/sources.js';
import { checkSameUnit, ofMeasure } from '../core/validate.js';
import { barRows } from './bars.js';

const UA = 'ua-drone-production-per-year';
const US = 'us-drone-production-per-year';
const NAME = 'production';

/**
 * Ukraine's figures first, by year; an undated figure (a rate stated in the present tense) after
 * the dated ones, beside the latest year: no source dates it, so it may or may not cover that year.
 */
const byYear = (a: FigureRecord, b: FigureRecord) =>
  (a.measure === UA ? 0 : 1) - (b.measure === UA ? 0 : 1) ||
  (a.period ?? '9999').localeCompare(b.period ?? '9999') ||
  a.id.localeCompare(b.id);

const who = (figure: FigureRecord) => entityName(figure.measure === UA ? 'ua' : 'us');

/**
 * When a figure holds and whose estimate it is, as a label says it: "2024 (industry analysis)",
 * "2025 (year inferred; industry analysis)", "undated (Kyiv op-ed)". A rate the source states in
 * the present tense is undated: the date the data package infers from the article's own date is
 * not the figure's year.
 */
export function whenAndWhose(figure: FigureRecord): string {
  const notes = [figure.periodInferred ? 'year inferred' : null, sourceLabel(figure.source)];
  return `${figure.period ?? 'undated'} (${notes.filter(Boolean).join('; ')})`;
}

/** Ukraine's yearly drone output as each source states it, with the US output for scale. */
export const production = defineChart<FigureRecord>({
  name: NAME,
  // The one US figure is the Kyiv op-ed's, undated: "either source" qualifies Ukraine's output only.
  title:
    "On either source's estimate, Ukraine's output is many times the one US figure, the Kyiv op-ed's undated rate",
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
    const uaText = ua.map((f) => `${formatValue(f)}, ${whenAndWhose(f)}`).join('; ');
    const undated = ua.some((f) => f.period === null);
    const top = ua.reduce((a, b) => (b.value > a.value ? b : a));
    const usText = us.map((f) => `${formatValue(f)}, ${whenAndWhose(f)}`).join('; ');
    const ratio = Math.round(top.value / Math.max(...us.map((f) => f.value)));
    return (
      `Ukraine's yearly drone output as the sources state it: ${uaText}. ` +
      (undated
        ? 'No source dates a rate stated without a year: it is drawn beside the latest year, which it may or may not cover. '
        : '') +
      `US output as the sources state it: ${usText}; Ukraine's highest stated output, ${formatNumber(top.value)}, ` +
      `is ${us.some((f) => f.qualifier === 'less-than') ? 'more than ' : ''}${ratio} times that.`
    );
  },
  subtitle: () =>
    'Drones made per year, as each source states it; an undated rate, beside the latest year it may or may not cover.',
  toTable(figures) {
    return {
      columns: [
        { key: 'id', label: 'Figure' },
        { key: 'country', label: 'Country' },
        { key: 'period', label: 'Year' },
        { key: 'periodInferred', label: 'Year inferred' },
        { key: 'value', label: 'Drones per year' },
        { key: 'stated', label: 'As stated' },
        { key: 'source', label: 'Source' },
      ],
      rows: [...figures].sort(byYear).map((f) => ({
        id: f.id,
        country: who(f),
        period: f.period,
        periodInferred: f.periodInferred ? 'yes' : 'no',
        value: f.value,
        stated: formatValue(f),
        source: f.source,
      })),
    };
  },
  draw(figures, context, options) {
    const rows = [...figures].sort(byYear).map((f) => ({
      key: f.id,
      label: `${who(f)}, ${whenAndWhose(f)}`,
      value: f.value,
      // The unit once, in the subtitle: "Drones made per year".
      valueLabel: formatAmount(f),
      color: f.measure === UA ? PARTY_COLOR.ukraine : PARTY_COLOR.other,
    }));
    return barRows(rows, context, options);
  },
});
