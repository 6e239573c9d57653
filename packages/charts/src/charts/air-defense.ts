import * as Plot from '@observablehq/plot';
import { formatPeriod } from '@ua-drones/data';
import { defineChart } from '../core/chart.js';
import { ChartInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { FONT, LINE, PARTY_COLOR } from '../core/palette.js';
import { pixelPlot } from '../core/pixel-plot.js';
import type { FigureRecord } from '../core/records.js';
import { sourceLabel } from '../core/sources.js';
import { figureTable } from '../core/table.js';
import { wrap } from '../core/text.js';
import { ofMeasure } from '../core/validate.js';
import { barRows } from './bars.js';

const LAUNCHED = 'ru-drones-launched-at-ua-per-night';
const DOWNED = 'ua-drones-downed-per-night';
const TARGETS = 'ru-airborne-targets-at-ua-per-night';
const NAME = 'air-defense';
// Drones one night on the axis; "airborne targets" one night apart from it (a different count: the
// source does not say how many were drones). Other units belong to neither.
const COUNTED = new Set(['drones/night', 'targets/night']);
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Room above the panel drawn apart from the axis: a rule, then its lines. */
const APART_GAP = 16;
const PAD = 12;

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
    const pairedIds = new Set(nights(figures).flatMap((n) => [n.downed.id, n.launched?.id]));
    const others = order(figures)
      .filter((f) => !pairedIds.has(f.id))
      .map((f) => `${f.label}: ${formatValue(f, { per: false })}.`);
    return [
      ...paired,
      ...(others.length ? ['A different measure, off the drone axis:', ...others] : []),
    ].join(' ');
  },
  subtitle(figures) {
    const pairedIds = new Set(nights(figures).flatMap((n) => [n.downed.id, n.launched?.id]));
    return figures.every((f) => pairedIds.has(f.id))
      ? 'Drones in the one night the air force reported.'
      : 'Drones in the one night the air force reported, on the axis; below it, apart, a different measure that is not a count of drones.';
  },
  toTable(figures) {
    return figureTable(order(figures));
  },
  draw(figures, context) {
    const pairedIds = new Set(nights(figures).flatMap((n) => [n.downed.id, n.launched?.id]));
    const label = (f: FigureRecord) => {
      const who = reporter(f);
      const what = f.measure === LAUNCHED ? 'Russian drones launched' : 'Shot down or jammed';
      return who ? `${what}, as ${who} reported` : what;
    };
    const ordered = order(figures);
    const rows = ordered
      .filter((f) => pairedIds.has(f.id))
      .map((f) => ({
        key: f.id,
        label: label(f),
        value: f.value,
        valueLabel: formatValue(f, { per: false }),
        // Russia's attacks in Russia's colour, what Ukraine's defenses stopped in Ukraine's.
        color: f.measure === DOWNED ? PARTY_COLOR.ukraine : PARTY_COLOR.russia,
      }));
    const bars = barRows(rows, context);
    const apart = ordered.filter((f) => !pairedIds.has(f.id));
    if (!apart.length) return bars;
    // Another count (airborne targets, another night) is set below the axis as text, never as a
    // bar on it: a bar would invite reading it against the drones.
    const { document, width } = context;
    const lines = [
      // Bold runs wider than the plain text \`wrap\` measures: a tenth more room.
      ...wrap('A different measure, off the drone axis:', (width - 2 * PAD) / 1.1, FONT.label).map(
        (text) => ({ text, bold: true }),
      ),
      ...apart.flatMap((f) =>
        wrap(
          `${f.label} (${sourceLabel(f.source)}, ${f.period === null ? 'night not dated' : `night of ${formatPeriod(f.period)}`}): ${formatValue(f, { per: false })}`,
          width - 2 * PAD,
          FONT.label,
        ).map((text) => ({ text, bold: false })),
      ),
    ];
    const top = bars.height + APART_GAP;
    const height = top + lines.length * LINE.label + 4;
    const panel = pixelPlot({ document, width }, height, [
      Plot.ruleY([bars.height + APART_GAP / 2], { x1: PAD, x2: width - PAD, strokeOpacity: 0.3 }),
      ...[true, false].map((bold) =>
        Plot.text(
          lines
            .map((line, i) => ({ ...line, y: top + i * LINE.label }))
            .filter((l) => l.bold === bold),
          {
            x: PAD,
            y: 'y',
            text: 'text',
            textAnchor: 'start',
            lineAnchor: 'top',
            fontSize: FONT.label,
            ...(bold ? { fontWeight: 700 } : {}),
          },
        ),
      ),
    ]);
    // The bars and the panel below them in one drawing, in the same pixels.
    const plot = document.createElementNS(SVG_NS, 'svg') as Element;
    for (const part of [bars.plot, panel]) {
      for (const child of Array.from(part.childNodes)) {
        if (child.nodeName.toLowerCase() !== 'style') plot.append(child);
      }
    }
    return {
      plot,
      height,
    };
  },
});
