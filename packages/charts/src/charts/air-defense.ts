import { labelledBars } from '../core/bars.js';
import { defineChart } from '../core/chart.js';
import { ChartInputError } from '../core/errors.js';
import { formatValue, timeLabel } from '../core/format.js';
import type { FigureRecord } from '../core/records.js';
import { citationMark, citationNumbers } from '../core/sources.js';
import { figureTable } from '../core/table.js';
import { ofMeasure } from '../core/validate.js';

const LAUNCHED = 'ru-drones-launched-at-ua-per-night';
const DOWNED = 'ua-drones-downed-per-night';
const TARGETS = 'ru-airborne-targets-at-ua-per-night';
const NAME = 'air-defense';
// Drones and "airborne targets" are both objects in the air one night; other units are not.
const COUNTED = new Set(['drones/night', 'targets/night']);

const RANK = [LAUNCHED, DOWNED, TARGETS];

/** The night whose launches and interceptions are both known first, then nights for scale. */
const order = (figures: readonly FigureRecord[]) =>
  [...figures].sort(
    (a, b) =>
      RANK.indexOf(a.measure) - RANK.indexOf(b.measure) ||
      a.source.localeCompare(b.source) ||
      a.id.localeCompare(b.id),
  );

/** Nights the launches and the interceptions were reported for, paired by source. */
function nights(figures: readonly FigureRecord[]) {
  const downed = figures.filter((f) => f.measure === DOWNED);
  return downed.map((d) => {
    const launched = figures.find((f) => f.measure === LAUNCHED && f.source === d.source);
    return { downed: d, launched };
  });
}

/** One night of Ukraine's air defense, with the largest reported night for scale. */
export const airDefense = defineChart<FigureRecord>({
  name: NAME,
  title: 'One night of air defense',
  expects: {
    kind: 'figure',
    measures: [LAUNCHED, DOWNED, TARGETS],
    description: `figures of measures "${LAUNCHED}" and "${DOWNED}" (one night), and "${TARGETS}" for scale`,
  },
  check(figures) {
    ofMeasure(NAME, figures, LAUNCHED);
    ofMeasure(NAME, figures, DOWNED);
    for (const figure of figures) {
      if (!COUNTED.has(figure.unit)) {
        throw new ChartInputError(
          NAME,
          figure.id,
          `unit "${figure.unit}" mixes with drones and targets on one axis`,
        );
      }
    }
  },
  describe(figures) {
    const paired = nights(figures).map(({ downed, launched }) => {
      const share = launched ? ` (${Math.round((downed.value / launched.value) * 100)}%)` : '';
      return launched
        ? `Of ${formatValue(launched, { per: false })} launched in one night, ${formatValue(downed, { per: false })} were shot down or jammed${share}.`
        : `${formatValue(downed, { per: false })} were shot down or jammed in one night.`;
    });
    const pairedIds = new Set(nights(figures).flatMap((n) => [n.downed.id, n.launched?.id]));
    const others = order(figures)
      .filter((f) => !pairedIds.has(f.id))
      .map((f) => `${f.label}: ${formatValue(f, { per: false })}.`);
    return [...paired, ...(others.length ? ['For scale:', ...others] : [])].join(' ');
  },
  toTable(figures) {
    return figureTable(order(figures));
  },
  draw(figures, context) {
    const numbers = citationNumbers(figures);
    const pairedIds = new Set(nights(figures).flatMap((n) => [n.downed.id, n.launched?.id]));
    const rows = order(figures).map((f) => ({
      key: f.id,
      label: `${f.label}, ${timeLabel(f)} ${citationMark(numbers, f)}`,
      value: f.value,
      valueLabel: formatValue(f, { per: false }),
      color: !pairedIds.has(f.id) ? ('muted' as const) : f.measure === LAUNCHED ? 1 : 0,
    }));
    return {
      ...labelledBars(rows, context),
      subtitle: 'Drones launched at Ukraine in one night and how many its defenses stopped.',
      legend: [
        { label: 'Launched', color: 1 },
        { label: 'Shot down or jammed', color: 0 },
        { label: 'Another night, for scale', color: 'muted' },
      ],
    };
  },
});
