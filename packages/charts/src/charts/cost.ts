import * as Plot from '@observablehq/plot';
import { defineChart } from '../core/chart.js';
import { ChartInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { PARTY_COLOR, partyOf } from '../core/palette.js';
import { pixelPlot } from '../core/pixel-plot.js';
import type { FigureRecord } from '../core/records.js';
import { figureTable } from '../core/table.js';
import { wrap } from '../core/text.js';

const DEPLETED = 'bh-patriot-interceptors-depleted-share';
const INCURSION = 'ru-drones-nato-airspace-incursion-2025-09';
const NAME = 'cost';
/** Counts drawn one dot per unit; larger counts would need a scale, not dots. */
const MAX_UNITS = 200;
const PAD = 12;
const BAR = 16;
const DOT = 5;
const STEP = 14;
const COLUMNS = 20;
const LINE = 15;

/**
 * How a figure is drawn, by its unit, so that a share and a count never look alike: a share as a
 * bar of the whole (100%), a count as one dot per unit.
 */
function encoding(figure: FigureRecord): 'share' | 'count' {
  if (figure.unit === 'percent') return 'share';
  if (figure.value > MAX_UNITS || !Number.isInteger(figure.value)) {
    throw new ChartInputError(
      NAME,
      figure.id,
      `value ${figure.value} cannot be drawn as whole units (at most ${MAX_UNITS})`,
    );
  }
  return 'count';
}

/** The colour of the party a figure is about: its first subject the palette knows. */
const colorOf = (figure: FigureRecord) => {
  const party = figure.subjects.map(partyOf).find((p) => p !== 'other') ?? 'other';
  return PARTY_COLOR[party];
};

const order = (figures: readonly FigureRecord[]) =>
  [...figures].sort((a, b) => a.source.localeCompare(b.source) || a.id.localeCompare(b.id));

/**
 * What drones drew from defenders, in the figures the sources give (they give the costs only in
 * words): a share of interceptors used up (a bar of the whole) and the drones that drew fighter
 * jets (one dot per drone).
 */
export const cost = defineChart<FigureRecord>({
  name: NAME,
  title:
    'Bahrain used up most of its Patriot interceptors; Russian drones in NATO airspace drew F-35s',
  expects: {
    kind: 'figure',
    measures: [DEPLETED, INCURSION],
    description: `figures of measures "${DEPLETED}" (percent) and "${INCURSION}" (a count)`,
  },
  check(figures) {
    for (const figure of figures) encoding(figure);
  },
  describe(figures) {
    return order(figures)
      .map((f) =>
        f.unit === 'percent'
          ? `${f.label}: ${formatValue(f)}, ${Math.round(f.value)} of every 100. “${f.excerpt}”`
          : `${f.label}: ${formatValue(f)}. “${f.excerpt}”`,
      )
      .join(' ');
  },
  toTable(figures) {
    return figureTable(order(figures));
  },
  draw(figures, { document, width }) {
    const labels: { y: number; text: string; quote: boolean }[] = [];
    const shares: { y: number; x2: number; color: string }[] = [];
    const dots: { x: number; y: number; color: string }[] = [];
    const full = width - 2 * PAD;
    let y = 4;
    for (const figure of order(figures)) {
      const lines = wrap(`${figure.label}: ${formatValue(figure)}`, full, 12);
      labels.push({ y, text: lines.join('\n'), quote: false });
      y += lines.length * LINE;
      // The source's own words say what the number meant (F-35s against nineteen drones).
      const quote = wrap(`“${figure.excerpt}”`, full, 11);
      labels.push({ y, text: quote.join('\n'), quote: true });
      y += quote.length * 14 + 6;
      const color = colorOf(figure);
      if (encoding(figure) === 'share') {
        shares.push({ y, x2: PAD + (full * Math.min(figure.value, 100)) / 100, color });
        y += BAR + 18;
      } else {
        for (let i = 0; i < figure.value; i += 1) {
          dots.push({
            x: PAD + DOT + (i % COLUMNS) * STEP,
            y: y + DOT + Math.floor(i / COLUMNS) * STEP,
            color,
          });
        }
        y += Math.ceil(figure.value / COLUMNS) * STEP + 14;
      }
    }
    const height = y;
    const plot = pixelPlot({ document, width }, height, [
      // The whole (100%) as an outline, the share filled inside it, and the end of the scale named.
      Plot.rect(shares, {
        x1: PAD,
        x2: PAD + full,
        y1: 'y',
        y2: (s) => s.y + BAR,
        stroke: 'currentColor',
        strokeOpacity: 0.4,
        fill: 'none',
      }),
      Plot.rect(shares, { x1: PAD, x2: 'x2', y1: 'y', y2: (s) => s.y + BAR, fill: 'color' }),
      Plot.text(shares, {
        x: PAD + full,
        y: (s) => s.y + BAR + 9,
        text: () => '100%',
        textAnchor: 'end',
        fontSize: 11,
        fillOpacity: 0.7,
      }),
      Plot.dot(dots, { x: 'x', y: 'y', r: DOT, fill: 'color', stroke: 'none' }),
      Plot.text(
        labels.filter((l) => !l.quote),
        {
          x: PAD,
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: LINE / 12,
          fillOpacity: 0.85,
        },
      ),
      Plot.text(
        labels.filter((l) => l.quote),
        {
          x: PAD,
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: 14 / 11,
          fontSize: 11,
          fontStyle: 'italic',
          fillOpacity: 0.7,
        },
      ),
    ]);
    return {
      plot,
      height,
      subtitle:
        'A share as a bar of the whole, a count as one dot per drone; the sources give the costs only in words.',
    };
  },
});
