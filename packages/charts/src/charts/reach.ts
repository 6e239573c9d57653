import { formatQualifier, UNITS } from '@ua-drones/data';
import { labelledBars } from '../core/bars.js';
import { defineChart } from '../core/chart.js';
import { ChartInputError } from '../core/errors.js';
import { formatNumber, formatValue } from '../core/format.js';
import type { FigureRecord } from '../core/records.js';
import { citationMark, citationNumbers } from '../core/sources.js';

/** A stated range and the distances of two strikes: three measures, never one conflict. */
const MEASURES = [
  'ua-autonomous-strike-range',
  'salavat-refinery-strike-distance',
  'shadow-fleet-tanker-strike-distance',
];
const NAME = 'reach';

/** Distance in km: the data package converts miles (`valueInBaseUnit`). */
const km = (figure: FigureRecord) => figure.valueInBaseUnit;
const ranked = (figures: readonly FigureRecord[]) =>
  [...figures].sort((a, b) => km(b) - km(a) || a.id.localeCompare(b.id));

/** Documented reach of Ukraine's long-range drone strikes, in kilometres, longest first. */
export const reach = defineChart<FigureRecord>({
  name: NAME,
  title: "How far Ukraine's drones strike",
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
    return `${list.length} distances, longest first. ${parts.join('. ')}.`;
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
  draw(figures, context) {
    const numbers = citationNumbers(figures);
    const rows = ranked(figures).map((f) => ({
      key: f.id,
      label: `${f.label} ${citationMark(numbers, f)}`,
      value: km(f),
      valueLabel: formatValue(f),
      color: 0,
    }));
    return {
      ...labelledBars(rows, context),
      subtitle: 'Distance from Ukraine in kilometres; miles converted by the data package.',
    };
  },
});
