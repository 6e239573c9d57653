import { defineChart } from '../core/chart.js';
import { ChartInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { PARTY_COLOR } from '../core/palette.js';
import type { FigureRecord } from '../core/records.js';
import { sourceLabel } from '../core/sources.js';
import { figureTable } from '../core/table.js';
import { ofMeasure } from '../core/validate.js';
import { barRows } from './bars.js';

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

/** Who reports a figure, in the source's words ("the air force"), or null when it is not attributed. */
const reporter = (figure: FigureRecord) => figure.attributedTo?.words ?? null;

/** "the air force reported" before a sentence, in the source's words, when the figure is attributed. */
const reported = (figure: FigureRecord, sentence: string) => {
  const who = reporter(figure);
  return who ? `${who.charAt(0).toUpperCase()}${who.slice(1)} reported that ${sentence}` : sentence;
};

/** One night of Ukraine's air defense, with the largest reported night for scale. */
export const airDefense = defineChart<FigureRecord>({
  name: NAME,
  title: "Ukraine's air force reported stopping most of one night's drones, not all",
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
      return reported(
        downed,
        launched
          ? `of ${formatValue(launched, { per: false })} launched in one night, ${formatValue(downed, { per: false })} were shot down or jammed${share}.`
          : `${formatValue(downed, { per: false })} were shot down or jammed in one night.`,
      );
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
    const pairedIds = new Set(nights(figures).flatMap((n) => [n.downed.id, n.launched?.id]));
    const label = (f: FigureRecord) => {
      if (!pairedIds.has(f.id))
        return `Airborne targets, one undated night (${sourceLabel(f.source)})`;
      const who = reporter(f);
      const what = f.measure === LAUNCHED ? 'Russian drones launched' : 'Shot down or jammed';
      return who ? `${what}, as ${who} reported` : what;
    };
    const rows = order(figures).map((f) => ({
      key: f.id,
      label: label(f),
      value: f.value,
      valueLabel: formatValue(f, { per: false }),
      // Russia's attacks in Russia's colour, what Ukraine's defenses stopped in Ukraine's.
      color: f.measure === DOWNED ? PARTY_COLOR.ukraine : PARTY_COLOR.russia,
    }));
    return {
      ...barRows(rows, context),
      subtitle:
        'Drones in the one night the air force reported; airborne targets in a single night the source does not date, for scale.',
    };
  },
});
