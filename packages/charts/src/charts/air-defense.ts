import { formatPeriod } from '@ua-drones/data';
import { defineChart } from '../core/chart.js';
import { ChartInputError } from '../core/errors.js';
import { formatAmount, formatValue } from '../core/format.js';
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
// Drones one night on the axis; "airborne targets" one night apart from it (a different count: the
// source does not say how many were drones). Other units belong to neither.
const COUNTED = new Set(['drones/night', 'targets/night']);
const RANK = [LAUNCHED, DOWNED, TARGETS];
/**
 * What a figure kept off the axis counts, after its value, in its source's terms: the op-ed says
 * Ukraine "has learned to" repel such incursions, not that it repelled them all on a given night.
 */
const COUNTED_APART: Readonly<Record<string, string>> = {
  [TARGETS]: 'in incursions Ukraine has learned to repel in a single night',
};

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

const pairedIds = (figures: readonly FigureRecord[]) =>
  new Set(nights(figures).flatMap((n) => [n.downed.id, n.launched?.id]));

/** The counts drawn on the axis, launches before interceptions: the paired nights' figures. */
const onAxis = (figures: readonly FigureRecord[]) =>
  order(figures).filter((f) => pairedIds(figures).has(f.id));

/**
 * The one reporter of every count on the axis ("the air force"), or undefined when a count is
 * not attributed or two reporters differ: then each bar's label names its own.
 */
function sharedReporter(figures: readonly FigureRecord[]): string | undefined {
  const who = new Set(onAxis(figures).map(reporter));
  const [only] = who;
  return who.size === 1 && only ? only : undefined;
}

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
          `unit "${figure.unit}" is neither drones nor airborne targets a night (accepted: ${[...COUNTED].join(', ')})`,
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
    const drawn = pairedIds(figures);
    const others = order(figures)
      .filter((f) => !drawn.has(f.id))
      .map((f) => `${f.label}: ${formatValue(f, { per: false })}.`);
    return [
      ...paired,
      ...(others.length ? ['A different measure, off the drone axis:', ...others] : []),
    ].join(' ');
  },
  subtitle(figures) {
    const who = sharedReporter(figures);
    return who === undefined
      ? 'Drones in one night.'
      : `Drones in one night, as ${who} reported ${onAxis(figures).length > 1 ? 'each count' : 'it'}.`;
  },
  note(figures) {
    // Another count (airborne targets, another night) is said here, never drawn: a bar on the axis
    // would invite reading it against the drones, and a paragraph in the plot outweighed the bars.
    const apart = order(figures).filter((f) => !pairedIds(figures).has(f.id));
    if (!apart.length) return undefined;
    const said = apart.map((f) => {
      const count =
        f.period === null ? 'undated figure' : `figure for the night of ${formatPeriod(f.period)}`;
      const what =
        COUNTED_APART[f.measure] ?? `(${f.label.charAt(0).toLowerCase()}${f.label.slice(1)})`;
      return `the ${sourceLabel(f.source)}'s ${count} of ${formatValue(f, { per: false })} ${what}`;
    });
    // The frame prefixes "Note: ", so the sentence opens on its subject rather than a second colon.
    const sentence = `${said.join('; ')} ${apart.length > 1 ? 'are different measures, not shown' : 'is a different measure, not shown'}.`;
    return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
  },
  toTable(figures) {
    return figureTable(order(figures));
  },
  draw(figures, context, options) {
    // Who reported the counts is said once in the subtitle when it is one reporter for every bar;
    // otherwise each bar says its own.
    const shared = sharedReporter(figures) !== undefined;
    const label = (f: FigureRecord) => {
      const who = reporter(f);
      const what = f.measure === LAUNCHED ? 'Russian drones launched' : 'Shot down or jammed';
      return who && !shared ? `${what}, as ${who} reported` : what;
    };
    const rows = onAxis(figures).map((f) => ({
      key: f.id,
      label: label(f),
      value: f.value,
      valueLabel: formatAmount(f),
      // Russia's attacks in Russia's colour, what Ukraine's defenses stopped in Ukraine's.
      color: f.measure === DOWNED ? PARTY_COLOR.ukraine : PARTY_COLOR.russia,
    }));
    return barRows(rows, context, options);
  },
});
