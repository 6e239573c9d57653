import * as Plot from '@observablehq/plot';
import { defineChart } from '../core/chart.js';
import { ChartInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { MUTED, PALETTE } from '../core/palette.js';
import { pixelPlot } from '../core/pixel-plot.js';
import type { FigureRecord } from '../core/records.js';
import { citationMark, citationNumbers } from '../core/sources.js';
import { figureTable } from '../core/table.js';
import { wrap } from '../core/text.js';

const DEPLETED = 'bh-patriot-interceptors-depleted-share';
const INCURSION = 'ru-drones-nato-airspace-incursion-2025-09';
const NAME = 'cost';
/** Counts drawn one square per unit; larger counts would need a scale, not squares. */
const MAX_UNITS = 200;
const CELL = 14;
const STEP = 17;
const COLUMNS = 20;
const LINE = 15;

/** How many squares a figure draws, and how many of them are filled. */
function units(figure: FigureRecord): { total: number; filled: number } {
  if (figure.unit === 'percent') return { total: 100, filled: Math.round(figure.value) };
  if (figure.value > MAX_UNITS || !Number.isInteger(figure.value)) {
    throw new ChartInputError(
      NAME,
      figure.id,
      `value ${figure.value} cannot be drawn as whole units (at most ${MAX_UNITS})`,
    );
  }
  return { total: figure.value, filled: figure.value };
}

const order = (figures: readonly FigureRecord[]) =>
  [...figures].sort((a, b) => a.source.localeCompare(b.source) || a.id.localeCompare(b.id));

/**
 * The cost asymmetry in the figures the sources give: a share of interceptors used up (drawn out
 * of 100) and a handful of drones that drew fighter jets (one square per drone).
 */
export const cost = defineChart<FigureRecord>({
  name: NAME,
  title: 'Cheap drones, scarce interceptors',
  expects: {
    kind: 'figure',
    measures: [DEPLETED, INCURSION],
    description: `figures of measures "${DEPLETED}" (percent) and "${INCURSION}" (a count)`,
  },
  check(figures) {
    for (const figure of figures) units(figure);
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
    const numbers = citationNumbers(figures);
    const labels: { x: number; y: number; text: string; weight: number }[] = [];
    const cells: { x: number; y: number; filled: boolean; color: string }[] = [];
    let y = 4;
    order(figures).forEach((figure, index) => {
      const lines = wrap(
        `${figure.label}: ${formatValue(figure)} ${citationMark(numbers, figure)}`,
        width - 24,
        13,
      );
      labels.push({ x: 12, y, text: lines.join('\n'), weight: 600 });
      y += lines.length * LINE;
      // The source's own words say what the number meant (F-35s against nineteen drones).
      const quote = wrap(`“${figure.excerpt}”`, width - 24, 11.5);
      labels.push({ x: 12, y, text: quote.join('\n'), weight: 400 });
      y += quote.length * 14 + 6;
      const { total, filled } = units(figure);
      const color = PALETTE[index % PALETTE.length] as string;
      for (let i = 0; i < total; i += 1) {
        cells.push({
          x: 12 + (i % COLUMNS) * STEP,
          y: y + Math.floor(i / COLUMNS) * STEP,
          filled: i < filled,
          color,
        });
      }
      y += Math.ceil(total / COLUMNS) * STEP + 14;
    });
    const height = y;
    const plot = pixelPlot({ document, width }, height, [
      Plot.rect(cells, {
        x1: 'x',
        x2: (c) => c.x + CELL,
        y1: 'y',
        y2: (c) => c.y + CELL,
        fill: (c) => (c.filled ? c.color : 'none'),
        stroke: (c) => (c.filled ? 'none' : MUTED),
      }),
      Plot.text(
        labels.filter((l) => l.weight === 600),
        {
          x: 'x',
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: LINE / 12,
          fontWeight: 600,
        },
      ),
      Plot.text(
        labels.filter((l) => l.weight === 400),
        {
          x: 'x',
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: 14 / 11,
          fontSize: 11,
          fontStyle: 'italic',
        },
      ),
    ]);
    return {
      plot,
      height,
      subtitle: 'One square per percent of the stock, or per drone, with the words of the source.',
    };
  },
});
