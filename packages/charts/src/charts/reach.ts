import { formatQualifier, UNITS } from '@ua-drones/data';
import { defineChart } from '../core/chart.js';
import { ChartInputError } from '../core/errors.js';
import { formatNumber, formatValue } from '../core/format.js';
import { PARTY_COLOR } from '../core/palette.js';
import type { FigureRecord } from '../core/records.js';
import { barRows } from './bars.js';

/**
 * A stated range and the distances of two strikes: three measures, never one conflict. Each has
 * a short label, and the note says what each is measured from, in the sources' words (they give
 * no launch point) or what the range is of.
 */
const SHORT: Record<string, { label: string; strike?: string; range?: string }> = {
  'ua-autonomous-strike-range': {
    label: 'Stated range, autonomous vehicles',
    range: 'The outlined bar is the stated range of autonomous vehicles made in Ukraine.',
  },
  'salavat-refinery-strike-distance': {
    label: 'Salavat refinery strike',
    strike: 'the Salavat refinery strike from Ukrainian territory',
  },
  'shadow-fleet-tanker-strike-distance': {
    label: 'Shadow-fleet tanker strike',
    strike: 'the shadow-fleet tanker strike from Ukraine',
  },
};
const MEASURES = Object.keys(SHORT);
/** A capability the source states, not a distance flown: drawn outlined, apart from the strikes. */
const STATED_RANGE = 'ua-autonomous-strike-range';
const NAME = 'reach';

/** A figure's row label: the short one for the chart's measures. */
const labelOf = (figure: FigureRecord) => SHORT[figure.measure]?.label ?? figure.label;

/** Distance in km: the data package converts miles (`valueInBaseUnit`). */
const km = (figure: FigureRecord) => figure.valueInBaseUnit;
const ranked = (figures: readonly FigureRecord[]) =>
  [...figures].sort((a, b) => km(b) - km(a) || a.id.localeCompare(b.id));

/** Distances of Ukraine's long-range drone strikes from Ukraine, and a stated range, in km. */
export const reach = defineChart<FigureRecord>({
  name: NAME,
  // Names the stated range by how it is drawn, not by its place, which the data's order decides.
  title:
    'Two strikes hit targets far from Ukraine; the outlined bar is a stated range, not a strike',
  expects: {
    kind: 'figure',
    measures: MEASURES,
    description: `figures of measures ${MEASURES.map((m) => `"${m}"`).join(', ')} in km or mi (miles are converted to km)`,
  },
  check(figures) {
    for (const figure of figures) {
      // The value converted to the measure's unit must be in km, or the bars would lie.
      if (UNITS[figure.unit]?.quantity !== 'length' || figure.baseUnit !== 'km') {
        throw new ChartInputError(
          NAME,
          figure.id,
          `unit "${figure.unit}" is not a distance; the axis is in km`,
        );
      }
    }
  },
  describe(figures) {
    const list = ranked(figures);
    const parts = list.map((f) => `${f.label}: ${formatValue(f)}`);
    return `${list.length} distances, longest first, each measured as its source measures it (no source gives a launch point). ${parts.join('. ')}.`;
  },
  subtitle: () =>
    'Kilometers, as each source measures the distance; miles converted to km. Outlined: a stated range, not a strike.',
  note(figures) {
    const said = ranked(figures).map((f) => SHORT[f.measure] ?? { label: f.label });
    const strikes = said.flatMap((f) => f.strike ?? []);
    const sentences = [
      ...(strikes.length
        ? [
            `Each strike’s distance is as its source measures it (none gives a launch point): ${strikes.join(', ')}.`,
          ]
        : []),
      ...said.flatMap((f) => f.range ?? []),
    ];
    return sentences.length ? sentences.join(' ') : undefined;
  },
  toTable(figures) {
    return {
      columns: [
        { key: 'id', label: 'Figure' },
        { key: 'label', label: 'What' },
        { key: 'km', label: 'Distance (km)' },
        { key: 'stated', label: 'As stated' },
        { key: 'source', label: 'Source' },
      ],
      rows: ranked(figures).map((f) => ({
        id: f.id,
        label: f.label,
        km: Math.round(km(f)),
        // In the source's own unit only: the km column is the conversion.
        stated: [formatQualifier(f.qualifier), formatNumber(f.value), f.unit]
          .filter(Boolean)
          .join(' '),
        source: f.source,
      })),
    };
  },
  draw(figures, context, options) {
    const rows = ranked(figures).map((f) => ({
      key: f.id,
      label: labelOf(f),
      value: km(f),
      valueLabel: formatValue(f),
      color: PARTY_COLOR.ukraine,
      outlined: f.measure === STATED_RANGE,
    }));
    return barRows(rows, context, options);
  },
});
