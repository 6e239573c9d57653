import { defineChart } from '../core/chart.js';
import { formatAmount, formatNumber, formatRange, formatValue } from '../core/format.js';
import { PARTY_COLOR } from '../core/palette.js';
import type { FigureRecord } from '../core/records.js';
import { sourceName } from '../core/sources.js';
import { checkSameUnit, ofMeasure } from '../core/validate.js';
import { barRows } from './bars.js';
import { whenAndWhose } from './production.js';

const DEMAND = 'drones-needed-to-defend-lt-per-year';
const UA = 'ua-drone-production-per-year';
const US = 'us-drone-production-per-year';
const NAME = 'demand';
/**
 * Whose need the figure is, as the measure's label says it ("Drones the EU would need each year to
 * defend Lithuania"): the EU's, not Lithuania's. The entity's name, "European Union", is too long
 * for a row label; the measure and the source say "EU".
 */
const NEEDS = 'EU';
const RANK = [DEMAND, UA, US];

const order = (figures: readonly FigureRecord[]) =>
  [...figures].sort(
    (a, b) =>
      RANK.indexOf(a.measure) - RANK.indexOf(b.measure) ||
      (a.period ?? '9999').localeCompare(b.period ?? '9999') ||
      a.id.localeCompare(b.id),
  );

/**
 * Ukraine's latest output as the sources state it: the figures of the latest year any of them
 * gives, and the rates they state without a year (rival estimates of the same output). Earlier
 * years answer how output grew, which is the production chart's question.
 */
export function latestOutput(figures: readonly FigureRecord[]): FigureRecord[] {
  const ua = figures.filter((f) => f.measure === UA);
  const latest = ua.reduce<string | null>(
    (year, f) => (f.period !== null && (year === null || f.period > year) ? f.period : year),
    null,
  );
  return figures.filter((f) => f.measure !== UA || f.period === null || f.period === latest);
}

/** "2025 (inferred)", "undated": a figure's year, marked when the data infers it. */
const yearText = (f: FigureRecord) =>
  f.period === null ? 'undated' : `${f.period}${f.periodInferred ? ' (inferred)' : ''}`;

/** "the Kyiv op-ed's undated estimate", "the industry analysis's 2025 figure": an output figure as dated. */
const estimateText = (f: FigureRecord) =>
  `${sourceName(f.source)}’s ${f.period === null ? 'undated estimate' : `${yearText(f)} figure`}`;

/** The lowest and highest of Ukraine's estimates of the same output: the ends of its one bar. */
const ends = (ua: readonly FigureRecord[]) => ({
  low: ua.reduce((a, b) => (b.value < a.value ? b : a)),
  high: ua.reduce((a, b) => (b.value > a.value ? b : a)),
});

/** Who made the estimate of the need, as the data names them, or null. */
const estimator = (need: FigureRecord) =>
  need.attributedTo?.role ?? need.attributedTo?.words ?? null;

/**
 * The need's row, as short as a label. That it is an estimate, whose, for which scenario, and who
 * reports it, the subtitle and note say.
 */
const NEED_LABEL = `${NEEDS}’s need to defend Lithuania`;

/** Drones one scenario needs a year to defend one small country, against what Ukraine and the US make. */
export const demand = defineChart<FigureRecord>({
  name: NAME,
  // Whose estimate the need is, in the headline itself: a chart embedded alone loses the report's prose.
  title:
    "The EU defense and space commissioner's wider-war estimate for Lithuania alone is of the order of Ukraine's output",
  expects: {
    kind: 'figure',
    measures: RANK,
    description: `figures of measures "${DEMAND}", "${UA}" (the report passes the latest year's and the undated) and "${US}"`,
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
    const who = estimator(need);
    const by = who ? `, as ${who} estimated it` : '';
    return (
      `${need.label}${by}: ${formatValue(need)}` +
      `${need.conditional ? ', a figure that holds only in that scenario' : ''}. ` +
      `Ukraine's latest stated output: ${ua.map((f) => `${formatValue(f)}, ${whenAndWhose(f)}`).join('; ')}. ` +
      `US output as the sources state it: ${us.map((f) => `${formatValue(f)}, ${whenAndWhose(f)}`).join('; ')}; the need for this one country is ` +
      `${lessThan ? 'more than ' : ''}${formatNumber(Math.round(need.value / usMax))} times the US figure.`
    );
  },
  subtitle(figures) {
    const [need] = figures.filter((f) => f.measure === DEMAND);
    const who = need ? estimator(need) : null;
    // The need's row says "need" only: that it is an estimate, whose, for one scenario, and who
    // reports it, is said here.
    const what = who ? `an estimate by ${who}` : 'a figure';
    const reported = need && who ? `, as ${sourceName(need.source)} reports it` : '';
    return `Drones a year. The ${NEEDS}’s need is ${what} for one scenario (outlined)${reported}.`;
  },
  note(figures) {
    const { low, high } = ends(figures.filter((f) => f.measure === UA));
    // Each end as dated by its source: neither an undated rate nor an earlier year's figure is "current".
    const bar =
      low === high
        ? `Ukraine’s bar is ${estimateText(high)}`
        : `Ukraine’s bar runs from ${estimateText(low)} to ${estimateText(high)}`;
    // The US rows name only their year: whose figure each is, said here.
    const us = order(figures).filter((f) => f.measure === US);
    const usBars =
      us.length === 1
        ? `the US bar is ${us.map(estimateText).join('')}`
        : `the US bars are, from the top, ${us.map(estimateText).join(', ')}`;
    return `The scenario is a wider war with Russia. ${bar}; ${usBars}.`;
  },
  toTable(figures) {
    return {
      columns: [
        { key: 'id', label: 'Figure' },
        { key: 'label', label: 'What' },
        { key: 'period', label: 'Year' },
        { key: 'periodInferred', label: 'Year inferred' },
        { key: 'conditional', label: 'Holds only in a scenario' },
        { key: 'value', label: 'Drones per year' },
        { key: 'stated', label: 'As stated' },
        { key: 'source', label: 'Source' },
      ],
      rows: order(figures).map((f) => ({
        id: f.id,
        label: f.label,
        period: f.period,
        periodInferred: f.periodInferred ? 'yes' : 'no',
        conditional: f.conditional ? 'yes' : 'no',
        value: f.value,
        stated: formatValue(f),
        source: f.source,
      })),
    };
  },
  draw(figures, context, options) {
    const ordered = order(figures);
    const needs = ordered.filter((f) => f.measure === DEMAND);
    const ua = ordered.filter((f) => f.measure === UA);
    const us = ordered.filter((f) => f.measure === US);
    // Ukraine's estimates of the same output: one bar to the lowest, running on paler to the highest.
    const { low, high } = ends(ua);
    const rows = [
      ...needs.map((f) => ({
        key: f.id,
        label: NEED_LABEL,
        value: f.value,
        valueLabel: formatAmount(f),
        color: PARTY_COLOR.europe,
        outlined: f.conditional,
      })),
      {
        key: 'ua',
        // When, not "makes": the figures are dated estimates and an undated rate, whose the note says.
        label: `Ukraine, ${ua.map(yearText).join(' and ')}`,
        value: low.value,
        ...(low === high ? {} : { upTo: high.value }),
        valueLabel: low === high ? formatAmount(high) : formatRange(low, high),
        color: PARTY_COLOR.ukraine,
      },
      ...us.map((f) => ({
        key: f.id,
        label: `United States, ${yearText(f)}`,
        value: f.value,
        valueLabel: formatAmount(f),
        color: PARTY_COLOR.other,
      })),
    ];
    return barRows(rows, context, options);
  },
});
